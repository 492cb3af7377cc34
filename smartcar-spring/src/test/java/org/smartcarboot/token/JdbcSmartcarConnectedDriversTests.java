package org.smartcarboot.token;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartcarboot.TestDatabase;
import org.smartcarboot.connect.SmartcarClientRegistrations;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.JdbcOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests {@link JdbcSmartcarConnectedDrivers} on the table of a
 * {@link JdbcOAuth2AuthorizedClientService} holding the drivers of the Smartcar
 * registration and of another one.
 */
@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class JdbcSmartcarConnectedDriversTests {

	@Parameter
	TestDatabase.Kind kind;

	private TestDatabase database;

	private JdbcOAuth2AuthorizedClientService store;

	private JdbcSmartcarConnectedDrivers drivers;

	private ClientRegistration smartcar;

	private ClientRegistration other;

	@BeforeEach
	void storeDrivers() {
		this.database = this.kind.create();
		this.database.createTokenTable();
		DataSource dataSource = this.database.newDataSource();
		this.smartcar = registration(SmartcarClientRegistrations.REGISTRATION_ID);
		this.other = registration("other-provider");
		this.store = new JdbcOAuth2AuthorizedClientService(new JdbcTemplate(dataSource),
				new InMemoryClientRegistrationRepository(this.smartcar, this.other));
		this.drivers = new JdbcSmartcarConnectedDrivers(dataSource);
		for (String driver : List.of("driver-e", "driver-b", "driver-d", "driver-a", "driver-c")) {
			save(this.smartcar, driver);
		}
		save(this.other, "driver-0");
		save(this.other, "driver-f");
	}

	@AfterEach
	void dropDatabase() {
		if (this.database != null) {
			this.database.close();
		}
	}

	@Test
	void pagesListTheSmartcarDriversInOrderAfterTheLastNameOfThePreviousPage() {
		assertThat(this.drivers.principalNames(null, 2)).containsExactly("driver-a", "driver-b");
		assertThat(this.drivers.principalNames("driver-b", 2)).containsExactly("driver-c", "driver-d");
		assertThat(this.drivers.principalNames("driver-d", 2)).containsExactly("driver-e");
		assertThat(this.drivers.principalNames("driver-e", 2)).isEmpty();
		assertThat(this.drivers.principalNames(null, 100)).containsExactly("driver-a", "driver-b", "driver-c",
				"driver-d", "driver-e");
	}

	@Test
	void aDriverWhoConnectsBetweenPagesShiftsNoPage() {
		List<String> first = this.drivers.principalNames(null, 2);
		save(this.smartcar, "driver-0");
		this.store.removeAuthorizedClient(SmartcarClientRegistrations.REGISTRATION_ID, "driver-c");

		assertThat(first).containsExactly("driver-a", "driver-b");
		assertThat(this.drivers.principalNames("driver-b", 2)).containsExactly("driver-d", "driver-e");
	}

	@Test
	void forEachVisitsEveryDriverOnceAcrossPages() {
		List<String> visited = new ArrayList<>();

		this.drivers.forEach(2, visited::add);

		assertThat(visited).containsExactly("driver-a", "driver-b", "driver-c", "driver-d", "driver-e");
	}

	@Test
	void anotherRegistrationListsItsOwnDrivers() {
		JdbcSmartcarConnectedDrivers others = new JdbcSmartcarConnectedDrivers(this.database.newDataSource(),
				"other-provider");

		assertThat(others.principalNames(null, 10)).containsExactly("driver-0", "driver-f");
	}

	@Test
	void countIsTheNumberOfTheRegistrationsDriversAndAgreesWithPaging() {
		JdbcSmartcarConnectedDrivers others = new JdbcSmartcarConnectedDrivers(this.database.newDataSource(),
				"other-provider");
		SmartcarConnectedDrivers pagingOnly = this.drivers::principalNames;

		assertThat(this.drivers.count()).isEqualTo(5);
		assertThat(others.count()).isEqualTo(2);
		assertThat(pagingOnly.count()).isEqualTo(5);
		this.store.removeAuthorizedClient(SmartcarClientRegistrations.REGISTRATION_ID, "driver-c");
		assertThat(this.drivers.count()).isEqualTo(4);
	}

	@Test
	void aLimitBelowOneIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.drivers.principalNames(null, 0))
			.withMessage("limit must be positive");
		assertThatIllegalArgumentException().isThrownBy(() -> this.drivers.forEach(-1, (driver) -> {
		})).withMessage("pageSize must be positive");
	}

	private void save(ClientRegistration registration, String principalName) {
		Instant issuedAt = Instant.now();
		this.store.saveAuthorizedClient(
				new OAuth2AuthorizedClient(registration, principalName,
						new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", issuedAt,
								issuedAt.plus(Duration.ofHours(2))),
						new OAuth2RefreshToken("refresh", issuedAt)),
				UsernamePasswordAuthenticationToken.authenticated(principalName, null, List.of()));
	}

	private static ClientRegistration registration(String registrationId) {
		return SmartcarClientRegistrations
			.builder("http://127.0.0.1:1", "http://127.0.0.1:1", "http://127.0.0.1:1/v2.0")
			.registrationId(registrationId)
			.clientId("client-id")
			.clientSecret("client-secret")
			.build();
	}

}
