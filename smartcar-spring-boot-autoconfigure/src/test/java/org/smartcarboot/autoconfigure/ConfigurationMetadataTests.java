package org.smartcarboot.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcarboot.connect.SmartcarPermissions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the generated configuration metadata: every {@code smartcar.*} property is
 * documented there and in the README's property table, and the scopes an IDE suggests are
 * the permissions the starter accepts.
 */
class ConfigurationMetadataTests {

	@Test
	void everyPropertyHasADescriptionAndARowInTheReadme() throws IOException {
		JsonNode metadata = metadata();
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

	@Test
	void theScopeHintsAreThePermissionsTheStarterAccepts() throws IOException {
		JsonNode hint = metadata().path("hints").path(0);
		List<String> values = new ArrayList<>();
		for (JsonNode value : hint.path("values")) {
			values.add(value.path("value").asString());
			assertThat(value.path("description").asString()).as(value.path("value").asString()).isNotBlank();
		}
		assertThat(values).containsExactlyElementsOf(SmartcarPermissions.known());
	}

	private JsonNode metadata() throws IOException {
		try (InputStream json = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			return new JsonMapper().readTree(json);
		}
	}

}
