/**
 * The request factories the starter could send its requests with.
 */
@NullMarked
package org.smartcarboot.benchmarks.transport;

import org.jspecify.annotations.NullMarked;
