package org.smartcarboot.webhook;

import org.smartcarboot.SmartcarTestApplication;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The webhook endpoint of an application with its own security filter chain (form login,
 * every page behind it), which opens the endpoint with {@link WebhookSecurity}, at a path
 * and size limit of its own, with the delivery log in memory.
 */
@SpringBootTest(classes = { SmartcarTestApplication.class, OwnSecurityWebhookEndpointTests.AppSecurity.class },
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "smartcar.webhooks.enabled=true",
				"smartcar.webhooks.path=" + OwnSecurityWebhookEndpointTests.PATH,
				"smartcar.webhooks.max-body-size=64KB", "smartcar.token-store=memory" })
@Import(RecordedWebhookEvents.class)
class OwnSecurityWebhookEndpointTests extends WebhookEndpointTests {

	static final String PATH = "/callbacks/smartcar-events";

	@Override
	String path() {
		return PATH;
	}

	@Override
	int maxBodySize() {
		return 64 * 1024;
	}

	@Configuration(proxyBeanMethods = false)
	static class AppSecurity {

		@Bean
		SecurityFilterChain appSecurity(HttpSecurity http) {
			WebhookSecurity.permitDeliveries(PATH).customize(http);
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.formLogin(Customizer.withDefaults())
				.oauth2Client(Customizer.withDefaults())
				.build();
		}

	}

}
