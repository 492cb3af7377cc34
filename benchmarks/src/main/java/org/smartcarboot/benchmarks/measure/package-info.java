/**
 * Measuring contenders: rounds, interleaving, and what each round counted.
 */
@NullMarked
package org.smartcarboot.benchmarks.measure;

import org.jspecify.annotations.NullMarked;
