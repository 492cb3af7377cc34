package org.smartcarboot.webhook;

import org.junit.jupiter.api.Test;
import org.smartcarboot.SimulatorBackedTest;
import org.smartcarboot.SmartcarTestApplication;
import org.smartcarboot.simulator.SimulatedDelivery;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application with its own security filter chain that does not open the webhook
 * endpoint: the starter leaves the chain alone, so the chain refuses the deliveries (no
 * CSRF token, no login), which is why such a chain needs {@link WebhookSecurity} or the
 * same two rules.
 */
@SpringBootTest(classes = { SmartcarTestApplication.class, UnopenedWebhookEndpointTests.ClosedSecurity.class },
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "smartcar.webhooks.enabled=true")
@Import(RecordedWebhookEvents.class)
class UnopenedWebhookEndpointTests extends SimulatorBackedTest {

	@LocalServerPort
	private int port;

	@Autowired
	private RecordedWebhookEvents recorded;

	@Autowired
	private ApplicationContext context;

	@Test
	void theApplicationsOwnChainDecidesAndRefusesTheDeliveries() {
		String url = "http://127.0.0.1:" + this.port + "/smartcar/webhooks";

		SimulatedDelivery delivery = simulator().webhooks()
			.deliverVehicleState(url, simulator().vehicles().get(0).id());
		assertThat(delivery.acknowledged()).isFalse();
		assertThat(delivery.status()).as("refused by the chain, which sends anonymous requests to its login page")
			.isEqualTo(302);
		assertThat(simulator().webhooks().deliverVerify(url).accepted()).isFalse();
		assertThat(this.recorded.events()).isEmpty();
		assertThat(this.context.containsBean("smartcarWebhookSecurityCustomizer")).isFalse();
	}

	@Configuration(proxyBeanMethods = false)
	static class ClosedSecurity {

		@Bean
		SecurityFilterChain closedSecurity(HttpSecurity http) {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.formLogin(Customizer.withDefaults())
				.build();
		}

	}

}
