package org.smartcarboot.sample.security;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The app's security filter chain. The home page, the Connect error page, the error page,
 * static assets and Actuator's {@code health} and {@code info} are public; everything
 * else, the {@code smartcar} Actuator endpoint included, needs a driver signed in through
 * Smartcar Connect ({@code /oauth2/authorization/smartcar}). After login the driver
 * always lands on {@code /vehicles}; a failed or declined Connect ends on
 * {@code /connect-error}. CSRF protection stays on, so logout is a POST.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	private static final String HOME = "/";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers(HOME, ConnectErrorFailureHandler.CONNECT_ERROR_PATH, "/error")
					.permitAll()
					.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
					.permitAll()
					.requestMatchers(EndpointRequest.to("health", "info"))
					.permitAll()
					.anyRequest()
					.authenticated())
			.oauth2Login((login) -> login.loginPage(HOME)
				.defaultSuccessUrl("/vehicles", true)
				.failureHandler(new ConnectErrorFailureHandler()))
			.oauth2Client(Customizer.withDefaults())
			.logout((logout) -> logout.logoutSuccessUrl(HOME));
		return http.build();
	}

}
