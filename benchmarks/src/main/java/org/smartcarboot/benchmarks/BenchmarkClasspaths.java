package org.smartcarboot.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * The classpaths of the Java processes the benchmark starts, which the build writes to
 * {@code benchmark-classpaths.properties}: the module's classes directory plus the jars
 * of the stub Smartcar (WireMock alone) or of the start-up app (with or without the
 * starter). They name files of the local Maven repository, so the benchmark runs where it
 * was built.
 */
public final class BenchmarkClasspaths {

	private static final String RESOURCE = "/benchmark-classpaths.properties";

	private final Properties properties;

	private BenchmarkClasspaths(Properties properties) {
		this.properties = properties;
	}

	/**
	 * Reads the classpaths the build wrote.
	 * @return the classpaths
	 * @throws IllegalStateException when the build did not write them
	 */
	public static BenchmarkClasspaths load() {
		try (InputStream in = BenchmarkClasspaths.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing: build the module with Maven first");
			}
			Properties properties = new Properties();
			properties.load(in);
			return new BenchmarkClasspaths(properties);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Returns the classpath of the stub Smartcar's process.
	 * @return the classpath
	 */
	public String stub() {
		return withClasses("stub");
	}

	/**
	 * Returns the classpath of the start-up app with the starter.
	 * @return the classpath
	 */
	public String startupWithStarter() {
		return withClasses("startup.starter");
	}

	/**
	 * Returns the classpath of the start-up app without the starter: the Spring Security
	 * OAuth2 client, RestClient, web MVC stack it needs.
	 * @return the classpath
	 */
	public String startupWithoutStarter() {
		return withClasses("startup.stack");
	}

	/**
	 * Splits a classpath into its entries.
	 * @param classpath the classpath
	 * @return the entries
	 */
	public static List<String> entries(String classpath) {
		return List.of(classpath.split(File.pathSeparator));
	}

	private String withClasses(String key) {
		String jars = this.properties.getProperty(key);
		if (jars == null || jars.isBlank() || jars.startsWith("${")) {
			throw new IllegalStateException("Classpath '" + key + "' was not written by the build: package the "
					+ "module with Maven (./mvnw -pl benchmarks -am package)");
		}
		return this.properties.getProperty("classes") + File.pathSeparator + jars;
	}

}
