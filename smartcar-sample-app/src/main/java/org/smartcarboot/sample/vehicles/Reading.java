package org.smartcarboot.sample.vehicles;

import java.time.Instant;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.error.SmartcarCompatibilityException;
import org.smartcarboot.error.SmartcarException;
import org.smartcarboot.vehicle.BatchResponse;
import org.smartcarboot.vehicle.VehicleRead;

/**
 * The answer to one read of a card's batch request: the value, nothing when the car
 * cannot serve the read, or the error Smartcar answered the read with.
 *
 * @param <T> the type of the value read
 * @param response the value with its metadata, or {@code null}
 * @param failure the error, or {@code null}
 */
record Reading<T>(@Nullable SmartcarResponse<T> response, @Nullable SmartcarException failure) {

	private static final Log logger = LogFactory.getLog(Reading.class);

	/**
	 * Takes one read out of a batch answer.
	 * @param <T> the type of the value read
	 * @param batch the batch answer
	 * @param read one of the reads the batch asked for
	 * @return the reading
	 */
	static <T> Reading<T> of(BatchResponse batch, VehicleRead<T> read) {
		try {
			return new Reading<>(batch.get(read), null);
		}
		catch (SmartcarCompatibilityException ex) {
			// the car cannot serve this read at all, such as the battery of a combustion
			// car
			return new Reading<>(null, null);
		}
		catch (SmartcarException ex) {
			logger.warn("Smartcar could not read " + read.path() + ": " + ex.getMessage());
			return new Reading<>(null, ex);
		}
	}

	/**
	 * Returns the value read.
	 * @return the value, or {@code null} when the read failed or the car cannot serve it
	 */
	@Nullable T value() {
		return (this.response != null) ? this.response.value() : null;
	}

	/**
	 * Returns when the car recorded the value.
	 * @return the time, or {@code null} when there is no value or Smartcar did not say
	 */
	@Nullable Instant dataAge() {
		return (this.response != null) ? this.response.meta().dataAge() : null;
	}

	/**
	 * Returns the card line of this reading.
	 * @param key what the line shows
	 * @param label the name shown to the driver
	 * @param text formats the value, with its metadata; {@code null} when there is
	 * nothing to show
	 * @return the line, an unavailable line when the read failed, or {@code null} when
	 * the car cannot serve the read or there is nothing to show
	 */
	@Nullable CardRow row(String key, String label, Function<SmartcarResponse<T>, @Nullable String> text) {
		if (this.failure != null) {
			return CardRow.unavailable(key, label, this.failure);
		}
		if (this.response == null) {
			return null;
		}
		String formatted = text.apply(this.response);
		return (formatted != null) ? CardRow.of(key, label, formatted) : null;
	}

}
