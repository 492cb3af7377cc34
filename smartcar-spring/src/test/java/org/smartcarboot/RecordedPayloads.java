package org.smartcarboot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the response bodies recorded by Smartcar's Java SDK from the test classpath
 * ({@code fixtures/smartcar-java-sdk}), so a fresh clone runs the tests.
 */
public final class RecordedPayloads {

	private RecordedPayloads() {
	}

	/**
	 * Reads one recorded body.
	 * @param name the file name, such as {@code BatchResponseSuccess.json}
	 * @return the body
	 */
	public static String read(String name) {
		try (InputStream body = RecordedPayloads.class.getResourceAsStream("/fixtures/smartcar-java-sdk/" + name)) {
			if (body == null) {
				throw new IllegalArgumentException("no recorded payload " + name);
			}
			return new String(body.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
