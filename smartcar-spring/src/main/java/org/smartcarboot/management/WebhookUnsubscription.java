package org.smartcarboot.management;

import org.jspecify.annotations.Nullable;

/**
 * Smartcar's answer to removing a vehicle's webhook subscription: a JSON object whose
 * fields Smartcar may leave out (its recorded answer is {@code {}}).
 *
 * @param status the status, such as {@code success}, or {@code null}
 * @param message Smartcar's message, or {@code null}
 */
public record WebhookUnsubscription(@Nullable String status, @Nullable String message) {

}
