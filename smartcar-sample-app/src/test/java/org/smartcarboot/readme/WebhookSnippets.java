package org.smartcarboot.readme;

import java.time.Duration;

import javax.sql.DataSource;

import org.smartcarboot.webhook.JdbcWebhookDeliveryLog;
import org.smartcarboot.webhook.SmartcarWebhookHandler;
import org.smartcarboot.webhook.SmartcarWebhookReceiver;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The README's webhook snippets for applications with a security chain of their own and
 * for Spring applications without Spring Boot (not a configuration class: the README
 * application uses the starter's endpoint).
 */
class WebhookSnippets {

	void openTheEndpoint(HttpSecurity http) {
		http.csrf((csrf) -> csrf.ignoringRequestMatchers("/smartcar/webhooks"))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, "/smartcar/webhooks")
				.permitAll()
				.anyRequest()
				.authenticated());
	}

	@Bean
	RouterFunction<ServerResponse> smartcarWebhooks(ApplicationEventPublisher events, DataSource dataSource,
			Environment env) {
		SmartcarWebhookReceiver receiver = new SmartcarWebhookReceiver(
				env.getRequiredProperty("smartcar.management-token"), events,
				new JdbcWebhookDeliveryLog(dataSource, Duration.ofHours(24)), JsonMapper.builder().build());
		return new SmartcarWebhookHandler(receiver, SmartcarWebhookHandler.DEFAULT_MAX_BODY_SIZE)
			.route("/smartcar/webhooks");
	}

}
