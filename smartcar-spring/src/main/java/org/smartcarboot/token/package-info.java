/**
 * Smartcar tokens: whose tokens a request uses and how they are kept fresh.
 */
@NullMarked
package org.smartcarboot.token;

import org.jspecify.annotations.NullMarked;
