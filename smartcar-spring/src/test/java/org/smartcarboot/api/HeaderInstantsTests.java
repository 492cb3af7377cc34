package org.smartcarboot.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderInstantsTests {

	@ParameterizedTest
	@ValueSource(strings = { "2018-06-20T01:33:37.078Z", "2018-06-20T01:33:37Z", "2018-06-20T01:33:37.1Z",
			"2018-06-20T01:33:37.123456789Z", "2024-02-29T23:59:59.999Z", "1970-01-01T00:00:00Z",
			" 2018-06-20T01:33:37.078Z ", "2018-06-20T01:33:37.Z", "2018-06-20T03:33:37.078+02:00",
			"2018-06-19T20:33:37-05:00" })
	void readsWhatOffsetDateTimeReads(String value) {
		assertThat(HeaderInstants.parse(value)).isEqualTo(OffsetDateTime.parse(value.trim()).toInstant());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "yesterday", "2018-06-20", "2018-06-20T01:33:37", "2018-02-30T01:33:37Z",
			"2023-02-29T01:33:37Z", "2018-13-20T01:33:37Z", "2018-06-20T24:00:00Z", "2018-06-20T01:60:37Z",
			"2018-06-20T01:33:60Z", "2018-06-20T01:33:37.1234567890Z", "2018-06-20T01:33:37,078Z",
			"2018-06-2OT01:33:37Z", "2018/06/20T01:33:37Z", "+2018-06-20T01:33:37Z" })
	void leavesWhatOffsetDateTimeRefusesUnread(String value) {
		assertThat(HeaderInstants.parse(value)).isNull();
		assertThat(refusedByOffsetDateTime(value)).isTrue();
	}

	@Test
	void leavesAnAbsentHeaderUnread() {
		assertThat(HeaderInstants.parse(null)).isNull();
	}

	@Test
	void agreesWithOffsetDateTimeOnRandomInstants() {
		Random random = new Random(42);
		for (int i = 0; i < 10_000; i++) {
			Instant instant = Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L), random.nextInt(1_000_000_000));
			String text = instant.atOffset(ZoneOffset.UTC).toString();
			assertThat(HeaderInstants.parse(text)).as(text).isEqualTo(instant);
		}
	}

	private static boolean refusedByOffsetDateTime(String value) {
		try {
			OffsetDateTime.parse(value.trim());
			return false;
		}
		catch (DateTimeParseException ex) {
			return true;
		}
	}

}
