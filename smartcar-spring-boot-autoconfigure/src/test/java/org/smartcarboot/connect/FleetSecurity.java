package org.smartcarboot.connect;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The security of a fleet application with its own form login, which uses Connect only to
 * authorize access to its users' cars ({@code oauth2Client()}); one user, alice.
 */
@Configuration(proxyBeanMethods = false)
class FleetSecurity {

	@Bean
	SecurityFilterChain fleetFilterChain(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.formLogin(Customizer.withDefaults())
			.oauth2Client(Customizer.withDefaults())
			.build();
	}

	@Bean
	InMemoryUserDetailsManager users() {
		return new InMemoryUserDetailsManager(
				User.withUsername("alice").password("{noop}secret").roles("FLEET_MANAGER").build());
	}

}
