package org.smartcarboot.v3;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.smartcarboot.api.ResponseBodies;
import tools.jackson.databind.JsonNode;

/**
 * One signal of a vehicle in API v3, such as {@code odometer-traveleddistance}: a value
 * with its code, group, status and times.
 *
 * @param id the signal's id, its code
 * @param type the resource type, {@code signal}
 * @param attributes the code, name, group, status and value
 * @param meta when the value was retrieved and when the vehicle last updated it, or
 * {@code null}
 * @param links URL paths by relation, such as {@code self}; empty when the body has none
 */
public record Signal(String id, String type, Attributes attributes, @Nullable Meta meta, Map<String, String> links) {

	/**
	 * Creates the signal, requiring its id, type and attributes.
	 */
	public Signal {
		ResponseBodies.require(id, "id");
		ResponseBodies.require(type, "type");
		ResponseBodies.require(attributes, "attributes");
		links = JsonApiLinks.copy(links);
	}

	/**
	 * What a signal is and holds.
	 *
	 * @param code the signal code, such as {@code odometer-traveleddistance}
	 * @param name the signal name, such as {@code TraveledDistance}
	 * @param group the signal group, such as {@code Odometer}
	 * @param status whether the value could be read
	 * @param body the value as Smartcar sent it, since its shape depends on the signal:
	 * {@code {"unit": "kilometers", "value": 115071.5}} for a measurement,
	 * {@code {"values": [...]}} for a list; {@code null} when there is none
	 */
	public record Attributes(String code, String name, String group, Status status, @Nullable JsonNode body) {

		/**
		 * Creates the attributes, requiring all but the body.
		 */
		public Attributes {
			ResponseBodies.require(code, "attributes.code");
			ResponseBodies.require(name, "attributes.name");
			ResponseBodies.require(group, "attributes.group");
			ResponseBodies.require(status, "attributes.status");
			body = (body != null && !body.isNull()) ? body : null;
		}

	}

	/**
	 * Whether a signal's value could be read.
	 *
	 * @param value the status, such as {@code SUCCESS}
	 */
	public record Status(String value) {

		/**
		 * Creates the status, requiring its value.
		 */
		public Status {
			ResponseBodies.require(value, "attributes.status.value");
		}

	}

	/**
	 * When a signal's value was read.
	 *
	 * @param retrievedAt when Smartcar retrieved the value, or {@code null}
	 * @param oemUpdatedAt when the vehicle's manufacturer last updated the value, or
	 * {@code null}
	 */
	public record Meta(@Nullable Instant retrievedAt, @Nullable Instant oemUpdatedAt) {

		/**
		 * Reads the times as Smartcar sends them, in milliseconds since the epoch.
		 * @param retrievedAt when Smartcar retrieved the value, or {@code null}
		 * @param oemUpdatedAt when the manufacturer last updated the value, or
		 * {@code null}
		 * @return the times
		 */
		@JsonCreator
		public static Meta fromEpochMillis(@JsonProperty("retrievedAt") @Nullable Long retrievedAt,
				@JsonProperty("oemUpdatedAt") @Nullable Long oemUpdatedAt) {
			return new Meta(instant(retrievedAt), instant(oemUpdatedAt));
		}

		private static @Nullable Instant instant(@Nullable Long epochMillis) {
			return (epochMillis != null) ? Instant.ofEpochMilli(epochMillis) : null;
		}

	}

}
