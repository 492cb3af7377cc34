package org.smartcarboot.api;

/**
 * A value read from Smartcar, or the result of a command, with the response's metadata.
 *
 * @param <T> the type of the value
 * @param value the value
 * @param meta the response's metadata: request id, data age, fetch time, unit system
 */
public record SmartcarResponse<T>(T value, ResponseMeta meta) {

}
