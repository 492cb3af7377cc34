package org.smartcarboot.readme;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.connect.SmartcarClientRegistrations;
import org.smartcarboot.simulator.IssuedTokens;
import org.smartcarboot.simulator.SimulatedVehicle;
import org.smartcarboot.simulator.SmartcarSimulator;
import org.smartcarboot.simulator.SmartcarSimulatorExtension;
import org.smartcarboot.token.SmartcarAuthorizedClientManager;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Runs the README's configuration for Spring applications without Spring Boot against the
 * simulator: a driver's expired token is refreshed and the odometer read.
 */
class PlainSpringSnippetTest {

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();

	@Test
	void theReadmeConfigurationReadsAVehicle(SmartcarSimulator simulator) {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("smartcar",
						Map.of("smartcar.connect-url", simulator.baseUrl(), "smartcar.auth-url", simulator.baseUrl(),
								"smartcar.api-url", simulator.baseUrl(), "smartcar.client-id", simulator.clientId(),
								"smartcar.client-secret", simulator.clientSecret())));
			context.register(SmartcarConfiguration.class);
			context.refresh();
			storeExpiredTokens(context, simulator);

			SimulatedVehicle car = simulator.vehicles().get(0);
			double distance = context.getBean(SmartcarVehicleService.class)
				.forUser(simulator.userId())
				.vehicle(car.id())
				.odometer()
				.value()
				.distance();

			assertThat(context.getBean(OAuth2AuthorizedClientManager.class))
				.isInstanceOf(SmartcarAuthorizedClientManager.class);
			assertThat(distance).isCloseTo(car.odometerKm(), within(0.01));
			assertThat(simulator.tokenRequestCount("refresh_token")).isEqualTo(1);
		}
	}

	private static void storeExpiredTokens(AnnotationConfigApplicationContext context, SmartcarSimulator simulator) {
		IssuedTokens tokens = simulator.issueTokens();
		Instant issuedAt = Instant.now().minus(Duration.ofHours(3));
		OAuth2AuthorizedClient client = new OAuth2AuthorizedClient(
				context.getBean(ClientRegistrationRepository.class)
					.findByRegistrationId(SmartcarClientRegistrations.REGISTRATION_ID),
				simulator.userId(), new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, tokens.accessToken(),
						issuedAt, issuedAt.plus(Duration.ofHours(2))),
				new OAuth2RefreshToken(tokens.refreshToken(), issuedAt));
		context.getBean(OAuth2AuthorizedClientService.class)
			.saveAuthorizedClient(client,
					UsernamePasswordAuthenticationToken.authenticated(simulator.userId(), null, List.of()));
	}

}
