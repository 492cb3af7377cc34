/**
 * Smartcar tokens: whose tokens a request uses and how they are kept fresh.
 */
package org.smartcarboot.token;
