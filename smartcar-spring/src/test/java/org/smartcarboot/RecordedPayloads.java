package org.smartcarboot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads recorded response bodies from the test classpath ({@code fixtures/}), above all
 * those of Smartcar's Java SDK, so a fresh clone runs the tests.
 */
public final class RecordedPayloads {

	private RecordedPayloads() {
	}

	/**
	 * Reads one body recorded by the Java SDK.
	 * @param name the file name, such as {@code BatchResponseSuccess.json}
	 * @return the body
	 */
	public static String read(String name) {
		return fixture("smartcar-java-sdk/" + name);
	}

	/**
	 * Reads a payload from the test classpath.
	 * @param path the path below {@code fixtures/}, such as
	 * {@code smartcar-docs/ServiceHistory.json}
	 * @return the payload
	 */
	public static String fixture(String path) {
		try (InputStream body = RecordedPayloads.class.getResourceAsStream("/fixtures/" + path)) {
			if (body == null) {
				throw new IllegalArgumentException("no recorded payload " + path);
			}
			return new String(body.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
