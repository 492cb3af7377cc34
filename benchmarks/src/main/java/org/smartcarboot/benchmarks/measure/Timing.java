package org.smartcarboot.benchmarks.measure;

import java.time.Duration;

/**
 * How long contenders run: a warm-up each, then rounds in which each runs once.
 *
 * @param warmup how long each contender runs before the rounds, unmeasured
 * @param round how long each contender runs in each round
 * @param rounds the number of rounds
 */
public record Timing(Duration warmup, Duration round, int rounds) {

}
