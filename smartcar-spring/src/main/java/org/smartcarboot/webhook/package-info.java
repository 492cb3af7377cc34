/**
 * Smartcar webhooks: checking the {@code SC-Signature} of a delivery and answering
 * Smartcar's verification challenge.
 */
@NullMarked
package org.smartcarboot.webhook;

import org.jspecify.annotations.NullMarked;
