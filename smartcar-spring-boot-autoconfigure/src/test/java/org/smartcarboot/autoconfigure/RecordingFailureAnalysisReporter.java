package org.smartcarboot.autoconfigure;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Keeps the failure analyses of applications that fail to start, so tests check the
 * report a user would read without printing it into the build's output (the test logging
 * configuration turns Spring Boot's logging reporter off).
 */
public class RecordingFailureAnalysisReporter implements FailureAnalysisReporter {

	private static final List<FailureAnalysis> analyses = new CopyOnWriteArrayList<>();

	@Override
	public void report(FailureAnalysis analysis) {
		analyses.add(analysis);
	}

	/**
	 * Forgets the analyses reported so far.
	 */
	static void clear() {
		analyses.clear();
	}

	/**
	 * Returns the report of the last analysis, as Spring Boot prints it: description,
	 * then action.
	 * @return the report
	 * @throws IllegalStateException when no application failed to start
	 */
	static String lastReport() {
		if (analyses.isEmpty()) {
			throw new IllegalStateException("No failure analysis was reported");
		}
		FailureAnalysis analysis = analyses.get(analyses.size() - 1);
		return "Description:\n\n" + analysis.getDescription() + "\n\nAction:\n\n" + analysis.getAction();
	}

}
