package org.smartcarboot.webhook;

import org.smartcarboot.SmartcarTestApplication;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The webhook endpoint of an application with no security configuration of its own, at
 * the default path: Spring Boot's default filter chain lets deliveries in without login
 * or CSRF token, and the delivery log is in the application's (embedded) database.
 */
@SpringBootTest(classes = SmartcarTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "smartcar.webhooks.enabled=true")
@Import(RecordedWebhookEvents.class)
class DefaultSecurityWebhookEndpointTests extends WebhookEndpointTests {

	@Override
	String path() {
		return "/smartcar/webhooks";
	}

	@Override
	int maxBodySize() {
		return 1024 * 1024;
	}

}
