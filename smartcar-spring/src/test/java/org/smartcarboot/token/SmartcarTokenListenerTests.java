package org.smartcarboot.token;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.LibraryTestSetup;
import org.smartcarboot.connect.SmartcarClientRegistrations;
import org.smartcarboot.error.SmartcarException;
import org.smartcarboot.error.SmartcarReauthorizationRequiredException;
import org.smartcarboot.simulator.IssuedTokens;
import org.smartcarboot.simulator.SimulatedError;
import org.smartcarboot.simulator.SmartcarSimulator;
import org.smartcarboot.simulator.SmartcarSimulatorExtension;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests that {@link SmartcarAuthorizedClientManager} tells its
 * {@link SmartcarTokenListener}s of each refresh, failed refresh, required
 * re-authorization and removed client, against the simulator's token endpoint, once per
 * event, and that a listener that throws changes nothing.
 */
class SmartcarTokenListenerTests {

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();

	private SmartcarSimulator simulator;

	private LibraryTestSetup setup;

	private final RecordingListener heard = new RecordingListener();

	private SmartcarAuthorizedClientManager manager;

	@BeforeEach
	void setUp(SmartcarSimulator simulator) {
		this.simulator = simulator;
		this.setup = new LibraryTestSetup(simulator.baseUrl(), simulator.clientId(), simulator.clientSecret());
		this.manager = manager(this.heard);
	}

	@Test
	void aRefreshIsHeardOnceAndAFreshTokenIsNotHeardAtAll() {
		IssuedTokens tokens = this.simulator.issueTokens();
		this.setup.storeTokens(user(), tokens.accessToken(), tokens.refreshToken(), Duration.ofMinutes(-5));

		OAuth2AuthorizedClient refreshed = this.manager.authorize(request());
		this.manager.authorize(request());

		assertThat(refreshed.getAccessToken().getTokenValue()).isNotEqualTo(tokens.accessToken());
		assertThat(this.heard.events).containsExactly("refreshed smartcar " + user());
	}

	@Test
	void aFailingTokenEndpointIsAServerErrorAndKeepsTheDriver() {
		IssuedTokens tokens = this.simulator.issueTokens();
		this.setup.storeTokens(user(), tokens.accessToken(), tokens.refreshToken(), Duration.ofMinutes(-5));
		this.simulator.failEndpoint("POST", "/oauth/token", SimulatedError.serverError());

		assertThatExceptionOfType(OAuth2AuthorizationException.class)
			.isThrownBy(() -> this.manager.authorize(request()));

		assertThat(this.heard.events).containsExactly("refreshFailed smartcar " + user() + " SERVER_ERROR 500");
		assertThat(stored()).isNotNull();
	}

	@Test
	void aRejectedRefreshTokenIsAFailureThenARemovalThenAReauthorization() {
		this.setup.storeTokens(user(), "expired-access-token", "revoked-refresh-token", Duration.ofMinutes(-5));

		assertThatExceptionOfType(SmartcarReauthorizationRequiredException.class)
			.isThrownBy(() -> this.manager.authorize(request()));

		assertThat(this.heard.events).containsExactly(
				"refreshFailed smartcar " + user() + " REFRESH_TOKEN_REJECTED 400",
				"authorizationRemoved smartcar " + user() + " REFRESH_TOKEN_REJECTED",
				"reauthorizationRequired smartcar " + user() + " REFRESH_TOKEN_REJECTED");
		assertThat(stored()).isNull();
	}

	@Test
	void aDriverWithNoStoredTokensMustConnectAndNothingIsRemoved() {
		assertThatExceptionOfType(SmartcarReauthorizationRequiredException.class)
			.isThrownBy(() -> this.manager.authorize(request()));

		assertThat(this.heard.events).containsExactly("reauthorizationRequired smartcar " + user() + " NOT_CONNECTED");
	}

	@Test
	void aRejectedAccessTokenWithoutRefreshTokenIsRemoved() {
		IssuedTokens tokens = this.simulator.issueTokens();
		this.setup.storeTokens(user(), tokens.accessToken(), tokens.refreshToken(), Duration.ofHours(1));
		OAuth2AuthorizedClient withRefreshToken = stored();
		this.setup.store()
			.saveAuthorizedClient(
					new OAuth2AuthorizedClient(withRefreshToken.getClientRegistration(), user(),
							withRefreshToken.getAccessToken()),
					UsernamePasswordAuthenticationToken.authenticated(user(), null, List.of()));

		assertThatExceptionOfType(SmartcarReauthorizationRequiredException.class).isThrownBy(() -> this.manager
			.refreshAfterRejection(SmartcarClientRegistrations.REGISTRATION_ID, user(), Instant.now()));

		assertThat(this.heard.events).containsExactly(
				"authorizationRemoved smartcar " + user() + " ACCESS_TOKEN_REJECTED",
				"reauthorizationRequired smartcar " + user() + " ACCESS_TOKEN_REJECTED");
	}

	@Test
	void aListenerThatThrowsChangesNothingAndTheNextOneStillHears() {
		SmartcarTokenListener failing = new SmartcarTokenListener() {

			@Override
			public void refreshed(String registrationId, String principalName) {
				throw new IllegalStateException("listener broke");
			}

		};
		SmartcarAuthorizedClientManager manager = SmartcarAuthorizedClientManager
			.builder(this.setup.registrations(), this.setup.store())
			.listener(failing)
			.listener(this.heard)
			.build();
		IssuedTokens tokens = this.simulator.issueTokens();
		this.setup.storeTokens(user(), tokens.accessToken(), tokens.refreshToken(), Duration.ofMinutes(-5));

		OAuth2AuthorizedClient refreshed = manager.authorize(request());

		assertThat(this.simulator.isAccessTokenValid(refreshed.getAccessToken().getTokenValue())).isTrue();
		assertThat(this.heard.events).containsExactly("refreshed smartcar " + user());
	}

	private SmartcarAuthorizedClientManager manager(SmartcarTokenListener listener) {
		return SmartcarAuthorizedClientManager.builder(this.setup.registrations(), this.setup.store())
			.listener(listener)
			.build();
	}

	private String user() {
		return this.simulator.userId();
	}

	private OAuth2AuthorizeRequest request() {
		return OAuth2AuthorizeRequest.withClientRegistrationId(SmartcarClientRegistrations.REGISTRATION_ID)
			.principal(user())
			.build();
	}

	private OAuth2AuthorizedClient stored() {
		return this.setup.store().loadAuthorizedClient(SmartcarClientRegistrations.REGISTRATION_ID, user());
	}

	/**
	 * Writes down every event, as "method registration principal details".
	 */
	private static final class RecordingListener implements SmartcarTokenListener {

		private final List<String> events = new CopyOnWriteArrayList<>();

		@Override
		public void refreshed(String registrationId, String principalName) {
			this.events.add("refreshed " + registrationId + " " + principalName);
		}

		@Override
		public void refreshFailed(String registrationId, String principalName, TokenFailureKind kind,
				SmartcarException failure) {
			this.events.add("refreshFailed " + registrationId + " " + principalName + " " + kind + " "
					+ failure.getStatusCode());
		}

		@Override
		public void reauthorizationRequired(String registrationId, String principalName, ReauthorizationReason reason) {
			this.events.add("reauthorizationRequired " + registrationId + " " + principalName + " " + reason);
		}

		@Override
		public void authorizationRemoved(String registrationId, String principalName, RemovalReason reason) {
			this.events.add("authorizationRemoved " + registrationId + " " + principalName + " " + reason);
		}

	}

}
