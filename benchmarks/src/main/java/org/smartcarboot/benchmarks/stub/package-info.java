/**
 * The stub Smartcar on plain WireMock, run in a process of its own, and the benchmark's
 * handle on it.
 */
@NullMarked
package org.smartcarboot.benchmarks.stub;

import org.jspecify.annotations.NullMarked;
