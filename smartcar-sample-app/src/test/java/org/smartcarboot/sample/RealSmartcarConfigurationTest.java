package org.smartcarboot.sample;

import org.junit.jupiter.api.Test;
import org.smartcarboot.sample.simulator.EmbeddedSimulatorInitializer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With credentials set, as the environment variables {@code SMARTCAR_CLIENT_ID},
 * {@code SMARTCAR_CLIENT_SECRET} and {@code SMARTCAR_REDIRECT_URI} set them, the app
 * starts no simulator and its Smartcar registration points at Smartcar's own hosts. No
 * request is sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
		properties = { "smartcar.client-id=real-client-id", "smartcar.client-secret=real-client-secret",
				"smartcar.redirect-uri=https://sample.example.com/login/oauth2/code/smartcar" })
class RealSmartcarConfigurationTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private ClientRegistrationRepository registrations;

	@Test
	void credentialsTurnTheEmbeddedSimulatorOffAndPointAtSmartcar() {
		assertThat(this.context.containsBean(EmbeddedSimulatorInitializer.BEAN_NAME)).isFalse();
		ClientRegistration smartcar = this.registrations.findByRegistrationId("smartcar");
		assertThat(smartcar.getClientId()).isEqualTo("real-client-id");
		assertThat(smartcar.getRedirectUri()).isEqualTo("https://sample.example.com/login/oauth2/code/smartcar");
		assertThat(smartcar.getProviderDetails().getAuthorizationUri())
			.isEqualTo("https://connect.smartcar.com/oauth/authorize");
		assertThat(smartcar.getProviderDetails().getTokenUri()).isEqualTo("https://auth.smartcar.com/oauth/token");
		assertThat(smartcar.getProviderDetails().getUserInfoEndpoint().getUri())
			.isEqualTo("https://api.smartcar.com/v2.0/user");
	}

}
