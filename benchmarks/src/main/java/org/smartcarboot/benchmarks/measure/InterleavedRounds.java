package org.smartcarboot.benchmarks.measure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs contenders interleaved: after a warm-up of each, every round runs each contender
 * once, starting one further down the list than the round before, so that load changes of
 * the machine and the order of the runs spread over all of them. Ratios are taken within
 * each round ({@link ContenderStats#ratioTo}).
 */
public final class InterleavedRounds {

	private final RoundRunner runner;

	private final Timing timing;

	private final Consumer<String> progress;

	/**
	 * Creates the runner of interleaved rounds.
	 * @param runner runs one contender for one round
	 * @param timing the warm-up, round length and number of rounds
	 * @param progress receives a line per round
	 */
	public InterleavedRounds(RoundRunner runner, Timing timing, Consumer<String> progress) {
		this.runner = runner;
		this.timing = timing;
		this.progress = progress;
	}

	/**
	 * Runs the contenders.
	 * @param title what is measured, for the progress lines
	 * @param contenders the contenders
	 * @param threads the threads each contender calls on at once
	 * @return the results of each contender, by name, in the order given
	 */
	public Map<String, ContenderStats> run(String title, List<Contender> contenders, int threads) {
		this.progress.accept(title + ": warming up " + contenders.size() + " contenders");
		contenders.forEach((contender) -> this.runner.run(contender, threads, this.timing.warmup()));
		Map<String, ContenderStats> results = new LinkedHashMap<>();
		contenders.forEach((contender) -> results.put(contender.name(), new ContenderStats()));
		for (int round = 0; round < this.timing.rounds(); round++) {
			this.progress.accept(title + ": round " + (round + 1) + " of " + this.timing.rounds());
			for (int i = 0; i < contenders.size(); i++) {
				Contender contender = contenders.get((round + i) % contenders.size());
				results.get(contender.name()).add(this.runner.run(contender, threads, this.timing.round()));
			}
		}
		return results;
	}

}
