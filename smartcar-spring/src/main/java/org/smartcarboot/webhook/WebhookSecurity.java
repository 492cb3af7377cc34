package org.smartcarboot.webhook;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.util.Assert;

/**
 * Opens the webhook endpoint in a Spring Security filter chain: Smartcar's deliveries
 * carry no session, no login and no CSRF token, and the endpoint checks their signature
 * itself. Apply it before the chain's other authorization rules, since a rule for
 * {@code anyRequest()} must come last:
 *
 * <pre class="code">
 * WebhookSecurity.permitDeliveries("/smartcar/webhooks").customize(http);
 * http.authorizeHttpRequests((requests) -&gt; requests.anyRequest().authenticated());
 * </pre>
 *
 * which does the same as:
 *
 * <pre class="code">
 * http.csrf((csrf) -&gt; csrf.ignoringRequestMatchers("/smartcar/webhooks"))
 *     .authorizeHttpRequests((requests) -&gt; requests.requestMatchers(HttpMethod.POST, "/smartcar/webhooks").permitAll());
 * </pre>
 */
public final class WebhookSecurity {

	private WebhookSecurity() {
	}

	/**
	 * Returns a customizer that exempts {@code POST} requests of a path from CSRF
	 * protection and permits them without login.
	 * @param path the path of the webhook endpoint, such as {@code /smartcar/webhooks}
	 * @return the customizer, to apply before rules such as {@code anyRequest()}
	 */
	public static Customizer<HttpSecurity> permitDeliveries(String path) {
		Assert.isTrue(path != null && path.startsWith("/"), "path must start with '/'");
		return (http) -> http.csrf((csrf) -> csrf.ignoringRequestMatchers(path))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, path).permitAll());
	}

}
