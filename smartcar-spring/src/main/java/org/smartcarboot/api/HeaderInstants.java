package org.smartcarboot.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

/**
 * Reads the instants of Smartcar's {@code sc-data-age} and {@code sc-fetched-at} headers
 * on every response. Smartcar sends UTC instants such as
 * {@code 2018-06-20T01:33:37.078Z}; those are read digit by digit, which costs a small
 * fraction of {@link OffsetDateTime#parse(CharSequence)}. Any other ISO-8601 date-time
 * with an offset is read by {@code OffsetDateTime.parse}.
 */
final class HeaderInstants {

	private static final int[] NANOS_PER_DIGIT = { 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10,
			1 };

	private static final int SHORTEST_UTC = "2018-06-20T01:33:37Z".length();

	private HeaderInstants() {
	}

	/**
	 * Reads an instant.
	 * @param value the header value, may be {@code null}
	 * @return the instant, or {@code null} when the value is absent or not an ISO-8601
	 * date-time with an offset
	 */
	static @Nullable Instant parse(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String text = value.trim();
		Instant utc = utcInstant(text);
		if (utc != null) {
			return utc;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * Reads {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}.
	 * @param text the text
	 * @return the instant, or {@code null} when the text has another shape or an
	 * impossible field, left to {@code OffsetDateTime.parse}
	 */
	private static @Nullable Instant utcInstant(String text) {
		int length = text.length();
		if (length < SHORTEST_UTC || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
				|| text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(length - 1) != 'Z') {
			return null;
		}
		int fractionDigits = length - SHORTEST_UTC - 1;
		if (length > SHORTEST_UTC && (text.charAt(19) != '.' || fractionDigits < 1 || fractionDigits > 9)) {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 2);
		int day = digits(text, 8, 2);
		int hour = digits(text, 11, 2);
		int minute = digits(text, 14, 2);
		int second = digits(text, 17, 2);
		int fraction = (length > SHORTEST_UTC) ? digits(text, 20, fractionDigits) : 0;
		if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
				|| second > 59 || fraction < 0) {
			return null;
		}
		long epochDay;
		try {
			epochDay = LocalDate.of(year, month, day).toEpochDay();
		}
		catch (DateTimeException ex) {
			return null;
		}
		long nanos = (length > SHORTEST_UTC) ? (long) fraction * NANOS_PER_DIGIT[fractionDigits - 1] : 0;
		return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
	}

	/**
	 * Reads a run of decimal digits.
	 * @param text the text
	 * @param start the index of the first digit
	 * @param count the number of digits, at most 9
	 * @return the number, or {@code -1} when a character is not a digit
	 */
	private static int digits(String text, int start, int count) {
		int number = 0;
		for (int i = start; i < start + count; i++) {
			int digit = text.charAt(i) - '0';
			if (digit < 0 || digit > 9) {
				return -1;
			}
			number = number * 10 + digit;
		}
		return number;
	}

}
