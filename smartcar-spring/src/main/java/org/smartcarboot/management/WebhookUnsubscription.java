package org.smartcarboot.management;

import org.jspecify.annotations.Nullable;

/**
 * Smartcar's answer to removing a vehicle's webhook subscription; its body may be empty.
 *
 * @param status the status, such as {@code success}, or {@code null}
 * @param message Smartcar's message, or {@code null}
 */
public record WebhookUnsubscription(@Nullable String status, @Nullable String message) {

}
