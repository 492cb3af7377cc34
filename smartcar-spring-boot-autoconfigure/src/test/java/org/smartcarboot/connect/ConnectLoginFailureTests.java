package org.smartcarboot.connect;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smartcarboot.QuietOutputCaptureExtension;
import org.smartcarboot.SimulatorBackedTest;
import org.smartcarboot.SmartcarTestApplication;
import org.smartcarboot.TestBrowser;
import org.smartcarboot.error.SmartcarAuthenticationException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Connect login whose authorization code Smartcar refuses, on an application with
 * Spring Boot's default security: Spring Security exchanges the code with the starter's
 * token client, so the login fails with Smartcar's status and error, and the refused
 * code, which Smartcar's answer quotes, reaches neither the exception nor the log.
 */
@SpringBootTest(classes = { SmartcarTestApplication.class, ConnectLoginFailureTests.LoginFailures.class },
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "logging.level.org.smartcarboot=TRACE",
		"logging.level.org.springframework.security.oauth2=TRACE",
		"logging.level.org.springframework.security.web.authentication=TRACE" })
@ExtendWith(QuietOutputCaptureExtension.class)
class ConnectLoginFailureTests extends SimulatorBackedTest {

	private static final String REFUSED_CODE = "refused-code-4242";

	@LocalServerPort
	private int port;

	@Autowired
	private LoginFailures loginFailures;

	@Test
	void aCodeSmartcarRefusesFailsTheLoginWithSmartcarsStatusAndQuotesNoCode(CapturedOutput output) throws Exception {
		String app = "http://localhost:" + this.port;
		simulator().registerRedirectUri(app + "/login/oauth2/code/smartcar");
		TestBrowser browser = new TestBrowser(app);
		String callback = simulator().allow(browser.followToConnect(browser.get("/")));
		String refused = callback.replaceFirst("code=[^&]+", "code=" + REFUSED_CODE);

		String failure = TestBrowser.location(browser.get(refused));
		HttpResponse<String> loginPage = browser.get(failure);

		assertThat(failure).isEqualTo(app + "/login?error");
		assertThat(loginPage.body()).doesNotContain(REFUSED_CODE);
		assertThat(simulator().tokenRequestCount("authorization_code")).isEqualTo(1);
		assertThat(this.loginFailures.failures).singleElement()
			.isInstanceOfSatisfying(OAuth2AuthenticationException.class, (ex) -> {
				assertThat(ex.getError().getErrorCode()).isEqualTo("invalid_grant");
				assertThat(ex).hasMessageStartingWith("[invalid_grant] 400 AUTHENTICATION:invalid_grant - ")
					.hasMessageNotContaining(REFUSED_CODE)
					.hasRootCauseInstanceOf(SmartcarAuthenticationException.class);
				SmartcarAuthenticationException smartcar = (SmartcarAuthenticationException) NestedExceptionUtils
					.getRootCause(ex);
				assertThat(smartcar.getStatusCode()).isEqualTo(400);
				assertThat(smartcar.getType()).isEqualTo("AUTHENTICATION");
				assertThat(smartcar.getCode()).isEqualTo("invalid_grant");
				assertThat(smartcar.isReauthenticationRequired()).isTrue();
				assertThat(smartcar.getDescription()).doesNotContain(REFUSED_CODE);
			});
		assertThat(output).contains("Caused by: " + SmartcarAuthenticationException.class.getName())
			.doesNotContain(REFUSED_CODE)
			.doesNotContain(simulator().clientSecret());
	}

	/**
	 * Records the failed logins, as the application's event publisher in place of Spring
	 * Boot's.
	 */
	@Configuration(proxyBeanMethods = false)
	static class LoginFailures implements AuthenticationEventPublisher {

		final List<AuthenticationException> failures = new CopyOnWriteArrayList<>();

		@Override
		public void publishAuthenticationSuccess(Authentication authentication) {
		}

		@Override
		public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
			this.failures.add(exception);
		}

	}

}
