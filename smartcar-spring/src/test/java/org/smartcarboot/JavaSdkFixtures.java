package org.smartcarboot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;

/**
 * The recorded Smartcar payloads of the official Java SDK's tests, read from the test
 * classpath ({@code fixtures/smartcar-java-sdk}).
 */
public final class JavaSdkFixtures {

	private JavaSdkFixtures() {
	}

	/**
	 * Reads one payload.
	 * @param name the file name, such as {@code SignalV3.json}
	 * @return the payload
	 */
	public static String read(String name) {
		try {
			return new ClassPathResource("fixtures/smartcar-java-sdk/" + name)
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
