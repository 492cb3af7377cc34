/**
 * The app whose start-up is timed.
 */
@NullMarked
package org.smartcarboot.benchmarks.startup.app;

import org.jspecify.annotations.NullMarked;
