/**
 * Smartcar webhooks: checking the {@code SC-Signature} of a delivery, answering
 * Smartcar's verification challenge, and receiving deliveries as typed Spring application
 * events ({@link org.smartcarboot.webhook.SmartcarWebhookReceiver}, served over HTTP by
 * {@link org.smartcarboot.webhook.SmartcarWebhookHandler}), each event once.
 */
@NullMarked
package org.smartcarboot.webhook;

import org.jspecify.annotations.NullMarked;
