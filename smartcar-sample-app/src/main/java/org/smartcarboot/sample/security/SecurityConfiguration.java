package org.smartcarboot.sample.security;

import org.smartcarboot.webhook.WebhookSecurity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * The app's security filter chain. The driver's pages, {@code /vehicles} and below, need
 * a driver signed in through Smartcar Connect ({@code /oauth2/authorization/smartcar});
 * every other path is public, so an address that does not exist is a 404 page for
 * everyone. A driver who is not signed in and asks for a driver's page lands on the home
 * page, which asks them to sign in ({@code /?signin}); after logout the home page says
 * they are signed out ({@code /?logout}). After login the driver always lands on
 * {@code /vehicles}; a failed or declined Connect ends on {@code /connect-error}. CSRF
 * protection stays on, so logout is a POST, except for Smartcar's webhook deliveries,
 * which {@link WebhookSecurity} lets in without login or CSRF token (the endpoint checks
 * their signature). Actuator's {@code health} and {@code info} are public; its other
 * endpoints, {@code smartcar} included, are for signed-in drivers.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	/**
	 * The pages that show or change a driver's cars. A new page with a driver's data
	 * belongs here.
	 */
	private static final String[] DRIVER_PAGES = { "/vehicles", "/vehicles/**", "/webhook-events" };

	private static final String HOME = "/";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http,
			@Value("${smartcar.webhooks.path:/smartcar/webhooks}") String webhookPath) throws Exception {
		WebhookSecurity.permitDeliveries(webhookPath).customize(http);
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(DRIVER_PAGES)
			.authenticated()
			.requestMatchers(EndpointRequest.toAnyEndpoint().excluding("health", "info"))
			.authenticated()
			.anyRequest()
			.permitAll())
			.oauth2Login((login) -> login.loginPage(HOME)
				.defaultSuccessUrl("/vehicles", true)
				.failureHandler(new ConnectErrorFailureHandler()))
			.oauth2Client(Customizer.withDefaults())
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(HOME + "?signin")))
			.logout((logout) -> logout.logoutSuccessUrl(HOME + "?logout"));
		return http.build();
	}

}
