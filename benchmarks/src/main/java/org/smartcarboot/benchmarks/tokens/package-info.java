/**
 * The drivers' tokens, in memory or in a database, wired as the starter wires them.
 */
@NullMarked
package org.smartcarboot.benchmarks.tokens;

import org.jspecify.annotations.NullMarked;
