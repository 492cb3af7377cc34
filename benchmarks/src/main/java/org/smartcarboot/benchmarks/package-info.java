/**
 * The benchmark of the starter: {@link org.smartcarboot.benchmarks.Benchmarks} runs it.
 * Not published; run it with {@code java -jar benchmarks/target/benchmarks.jar} after
 * packaging the module.
 */
@NullMarked
package org.smartcarboot.benchmarks;

import org.jspecify.annotations.NullMarked;
