package org.smartcarboot.token;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.LibraryTestSetup;
import org.smartcarboot.error.SmartcarReauthorizationRequiredException;
import org.smartcarboot.simulator.IssuedTokens;
import org.smartcarboot.simulator.SmartcarSimulator;
import org.smartcarboot.simulator.SmartcarSimulatorExtension;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests {@link FreshAuthorizedClientCache} under a
 * {@link SmartcarAuthorizedClientManager} against the simulator: calls with a fresh token
 * read the store once, writes through the cache are seen at once, and a held token that
 * Smartcar rejects gives way to the store.
 */
class FreshAuthorizedClientCacheTests {

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();

	private SmartcarSimulator simulator;

	private LibraryTestSetup setup;

	private CountingStore store;

	private FreshAuthorizedClientCache cache;

	private SmartcarAuthorizedClientManager manager;

	@BeforeEach
	void setUp(SmartcarSimulator simulator) {
		this.simulator = simulator;
		this.setup = new LibraryTestSetup(simulator.baseUrl(), simulator.clientId(), simulator.clientSecret());
		this.store = new CountingStore(this.setup.store());
		this.cache = new FreshAuthorizedClientCache(this.store);
		this.manager = SmartcarAuthorizedClientManager.builder(this.setup.registrations(), this.cache).build();
	}

	@Test
	void callsWithAFreshTokenReadTheStoreOnce() {
		IssuedTokens tokens = storeTokens("driver", Duration.ofMinutes(30));

		for (int call = 0; call < 100; call++) {
			assertThat(accessToken("driver")).isEqualTo(tokens.accessToken());
		}

		assertThat(this.store.loads).hasValue(1);
	}

	@Test
	void aTokenAboutToExpireIsNotHeldAndIsRefreshedFromTheStore() {
		storeTokens("driver", Duration.ofSeconds(30));

		String refreshed = accessToken("driver");
		assertThat(accessToken("driver")).isEqualTo(refreshed);

		assertThat(this.simulator.tokenRequestCount("refresh_token")).isEqualTo(1);
	}

	@Test
	void aClientSavedOrRemovedThroughTheCacheIsSeenAtOnce() {
		storeTokens("driver", Duration.ofMinutes(30));
		accessToken("driver");
		IssuedTokens relogin = this.simulator.issueTokens();
		this.cache.saveAuthorizedClient(client("driver", relogin, Duration.ofMinutes(30)), principal("driver"));

		assertThat(accessToken("driver")).isEqualTo(relogin.accessToken());

		this.cache.removeAuthorizedClient("smartcar", "driver");
		assertThatExceptionOfType(SmartcarReauthorizationRequiredException.class)
			.isThrownBy(() -> accessToken("driver"));
	}

	@Test
	void aHeldTokenThatSmartcarRejectsGivesWayToThePairAnotherInstanceStored() {
		storeTokens("driver", Duration.ofMinutes(30));
		Instant requestStartedAt = Instant.now().minusSeconds(1);
		accessToken("driver");
		// another instance stores a pair issued now, behind this instance's cache
		IssuedTokens rotated = this.simulator.issueTokens();
		client("driver", rotated, Duration.ofHours(2));
		assertThat(accessToken("driver")).as("held until rejected").isNotEqualTo(rotated.accessToken());

		this.manager.refreshAfterRejection("smartcar", "driver", requestStartedAt);

		assertThat(accessToken("driver")).isEqualTo(rotated.accessToken());
		assertThat(this.simulator.tokenRequestCount("refresh_token")).isZero();
	}

	@Test
	void theCapacityBoundsTheHeldClients() {
		FreshAuthorizedClientCache small = new FreshAuthorizedClientCache(this.store, 1);
		storeTokens("driver", Duration.ofMinutes(30));
		storeTokens("other-driver", Duration.ofMinutes(30));

		for (int round = 0; round < 3; round++) {
			small.loadAuthorizedClient("smartcar", "driver");
			small.loadAuthorizedClient("smartcar", "other-driver");
		}

		assertThat(this.store.loads).hasValue(6);
		assertThatIllegalArgumentException().isThrownBy(() -> new FreshAuthorizedClientCache(this.store, 0))
			.withMessage("capacity must be at least 1, was 0");
	}

	private IssuedTokens storeTokens(String principalName, Duration expiresIn) {
		IssuedTokens tokens = this.simulator.issueTokens();
		client(principalName, tokens, expiresIn);
		return tokens;
	}

	/**
	 * Stores a token pair in the store behind the cache and returns its client.
	 */
	private OAuth2AuthorizedClient client(String principalName, IssuedTokens tokens, Duration expiresIn) {
		this.setup.storeTokens(principalName, tokens.accessToken(), tokens.refreshToken(), expiresIn);
		return this.setup.store().loadAuthorizedClient("smartcar", principalName);
	}

	private String accessToken(String principalName) {
		return this.manager
			.authorize(OAuth2AuthorizeRequest.withClientRegistrationId("smartcar").principal(principalName).build())
			.getAccessToken()
			.getTokenValue();
	}

	private static Authentication principal(String name) {
		return UsernamePasswordAuthenticationToken.authenticated(name, null, List.of());
	}

	/**
	 * A store that counts the authorized clients read from it.
	 */
	private static final class CountingStore implements OAuth2AuthorizedClientService {

		private final AtomicInteger loads = new AtomicInteger();

		private final OAuth2AuthorizedClientService store;

		CountingStore(OAuth2AuthorizedClientService store) {
			this.store = store;
		}

		@Override
		public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String clientRegistrationId,
				String principalName) {
			this.loads.incrementAndGet();
			return this.store.loadAuthorizedClient(clientRegistrationId, principalName);
		}

		@Override
		public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal) {
			this.store.saveAuthorizedClient(authorizedClient, principal);
		}

		@Override
		public void removeAuthorizedClient(String clientRegistrationId, String principalName) {
			this.store.removeAuthorizedClient(clientRegistrationId, principalName);
		}

	}

}
