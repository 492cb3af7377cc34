package org.smartcarboot.readme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that every Java snippet of the project's README stands, whitespace and comment
 * line breaks aside, in a source file of this package, which the build compiles: a README
 * snippet that does not compile fails the build.
 */
class ReadmeSnippetsTest {

	private static final Path README = Path.of("..", "README.md");

	private static final Path SNIPPET_SOURCES = Path.of("src", "test", "java", "org", "smartcarboot", "readme");

	private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	@Test
	void everyJavaSnippetOfTheReadmeIsCompiledHere() throws IOException {
		List<String> snippets = javaSnippets(Files.readString(README));
		assertThat(snippets).isNotEmpty();
		List<String> sources = sources();
		List<String> notCompiled = snippets.stream()
			.filter((snippet) -> sources.stream().noneMatch((source) -> source.contains(normalized(snippet))))
			.toList();
		assertThat(notCompiled).as("README snippets with no twin in %s", SNIPPET_SOURCES).isEmpty();
	}

	private static List<String> javaSnippets(String readme) {
		List<String> snippets = new ArrayList<>();
		Matcher matcher = JAVA_BLOCK.matcher(readme);
		while (matcher.find()) {
			snippets.add(matcher.group(1));
		}
		return snippets;
	}

	private static List<String> sources() throws IOException {
		try (Stream<Path> files = Files.list(SNIPPET_SOURCES)) {
			List<String> sources = new ArrayList<>();
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				sources.add(normalized(Files.readString(file)));
			}
			return sources;
		}
	}

	/**
	 * Drops whitespace and comment markers, so that the formatter's line breaks, also
	 * inside comments, do not count.
	 * @param text the text
	 * @return the normalized text
	 */
	private static String normalized(String text) {
		return WHITESPACE.matcher(text).replaceAll("").replace("//", "");
	}

}
