/**
 * The scenarios the benchmark measures.
 */
@NullMarked
package org.smartcarboot.benchmarks.scenario;

import org.jspecify.annotations.NullMarked;
