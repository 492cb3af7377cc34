package org.smartcarboot.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * Explains a startup failure caused by a missing or wrong {@code smartcar.*} property.
 */
class InvalidSmartcarPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSmartcarPropertyException>
		implements Ordered {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidSmartcarPropertyException cause) {
		return new FailureAnalysis("Smartcar is not configured correctly: " + cause.getMessage() + ".",
				cause.getAction(), cause);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
