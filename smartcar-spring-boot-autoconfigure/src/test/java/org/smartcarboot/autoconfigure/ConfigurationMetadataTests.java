package org.smartcarboot.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the generated configuration metadata: every {@code smartcar.*} property is
 * documented there and in the README's property table.
 */
class ConfigurationMetadataTests {

	@Test
	void everyPropertyHasADescriptionAndARowInTheReadme() throws IOException {
		JsonNode metadata;
		try (InputStream json = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			metadata = new JsonMapper().readTree(json);
		}
		String readme = Files.readString(Path.of("..", "README.md"));
		List<String> names = new ArrayList<>();
		for (JsonNode property : metadata.path("properties")) {
			String name = property.path("name").asString();
			names.add(name);
			assertThat(property.path("description").asString()).as(name).isNotBlank();
			assertThat(readme).as("README row of " + name).contains("| `" + name);
		}
		assertThat(names).contains("smartcar.client-id", "smartcar.client-secret", "smartcar.redirect-uri",
				"smartcar.scopes", "smartcar.mode", "smartcar.connect.pkce", "smartcar.urls.management");
		assertThat(metadata.path("hints").path(0).path("name").asString()).isEqualTo("smartcar.scopes");
	}

}
