package org.smartcarboot.autoconfigure.actuate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.smartcarboot.autoconfigure.SmartcarProperties;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * Adds {@code smartcar} to Actuator's {@code info}: the version of the starter, which the
 * build writes into {@value #VERSION_RESOURCE}, and the Smartcar vehicle API version the
 * application calls.
 */
@ImportRuntimeHints(SmartcarInfoContributor.VersionResourceHints.class)
public class SmartcarInfoContributor implements InfoContributor {

	/**
	 * The resource holding the starter's version.
	 */
	static final String VERSION_RESOURCE = "org/smartcarboot/autoconfigure/actuate/smartcar-starter.properties";

	private final Map<String, Object> details;

	/**
	 * Creates the contribution.
	 * @param properties the Smartcar properties
	 */
	public SmartcarInfoContributor(SmartcarProperties properties) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("starter", Map.of("version", starterVersion()));
		details.put("apiVersion", properties.getApiVersion());
		this.details = details;
	}

	@Override
	public void contribute(Info.Builder builder) {
		builder.withDetail("smartcar", this.details);
	}

	/**
	 * Reads the starter's version from {@value #VERSION_RESOURCE}.
	 * @return the version, such as {@code 0.1.0}
	 */
	static String starterVersion() {
		try {
			Properties version = PropertiesLoaderUtils.loadProperties(
					new ClassPathResource(VERSION_RESOURCE, SmartcarInfoContributor.class.getClassLoader()));
			return version.getProperty("version", "unknown");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The starter's " + VERSION_RESOURCE + " cannot be read", ex);
		}
	}

	/**
	 * Makes the version resource available in a native image.
	 */
	static class VersionResourceHints implements RuntimeHintsRegistrar {

		@Override
		public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
			hints.resources().registerPattern(VERSION_RESOURCE);
		}

	}

}
