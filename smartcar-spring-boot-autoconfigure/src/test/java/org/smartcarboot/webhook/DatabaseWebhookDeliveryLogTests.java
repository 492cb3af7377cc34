package org.smartcarboot.webhook;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartcarboot.DatabaseBackedTest;
import org.smartcarboot.SmartcarTestApplication;
import org.smartcarboot.TestDatabase;
import org.smartcarboot.simulator.SimulatedDelivery;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one database, on H2 and on PostgreSQL, each with its
 * webhook endpoint on a real port: the delivery log's table is created beside the token
 * table, and a redelivery that reaches the other instance is acknowledged without being
 * published again.
 */
@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class DatabaseWebhookDeliveryLogTests extends DatabaseBackedTest {

	@Test
	void twoInstancesSharingTheDatabaseHandleEachEventOnce() {
		try (ConfigurableApplicationContext first = start(); ConfigurableApplicationContext second = start()) {
			assertThat(first.getBean(WebhookDeliveryLog.class)).isInstanceOf(JdbcWebhookDeliveryLog.class);
			String vehicleId = this.simulator.vehicles().get(0).id();

			SimulatedDelivery delivery = this.simulator.webhooks().deliverVehicleState(url(first), vehicleId);
			SimulatedDelivery redelivery = this.simulator.webhooks()
				.deliverWithSignature(url(second), delivery.body(), delivery.signature());
			SimulatedDelivery other = this.simulator.webhooks().deliverVehicleState(url(second), vehicleId);

			assertThat(delivery.status()).isEqualTo(200);
			assertThat(redelivery.status()).isEqualTo(200);
			assertThat(other.status()).isEqualTo(200);
			assertThat(first.getBean(RecordedWebhookEvents.class).events()).extracting(SmartcarWebhookEvent::eventId)
				.containsExactly(delivery.eventId());
			assertThat(second.getBean(RecordedWebhookEvents.class).events()).extracting(SmartcarWebhookEvent::eventId)
				.containsExactly(other.eventId());
			assertThat(new JdbcTemplate(first.getBean(DataSource.class))
				.queryForList("SELECT event_id FROM smartcar_webhook_delivery", String.class))
				.containsExactlyInAnyOrder(delivery.eventId(), other.eventId());
		}
	}

	private ConfigurableApplicationContext start() {
		Map<String, Object> properties = new LinkedHashMap<>(this.simulator.springProperties());
		properties.put("smartcar.webhooks.enabled", "true");
		properties.put("smartcar.scopes", "read_vehicle_info");
		properties.put("spring.datasource.url", this.database.url());
		properties.put("server.port", "0");
		if (this.database.isPostgres()) {
			// Spring Boot creates tables by itself in embedded databases only
			properties.put("smartcar.jdbc.initialize-schema", "always");
		}
		return new SpringApplicationBuilder(SmartcarTestApplication.class, RecordedWebhookEvents.class)
			.web(WebApplicationType.SERVLET)
			.properties(properties)
			.run();
	}

	private static String url(ConfigurableApplicationContext application) {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) application).getWebServer().getPort()
				+ "/smartcar/webhooks";
	}

}
