package org.smartcarboot.simulator.boot;

import java.util.Map;
import java.util.Objects;

import org.smartcarboot.simulator.SmartcarSimulator;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Registers an application's Smartcar Connect callback with the simulator, which accepts
 * only registered redirect URIs: the URI that {@value #REDIRECT_URI_PROPERTY} (by default
 * the starter's {@value #DEFAULT_REDIRECT_URI}) stands for at a base URL, with Spring
 * Security's template variables ({@code {baseUrl}}, {@code {baseScheme}},
 * {@code {baseHost}}, {@code {basePort}}, {@code {basePath}}, {@code {action}},
 * {@code {registrationId}}) expanded as Spring Security expands them.
 * <p>
 * As an application listener it registers the callback once the context's web server
 * listens, for {@code localhost} and {@code 127.0.0.1} at the server's port and under
 * {@code server.servlet.context-path}; web servers of other contexts, such as a
 * management server's, are ignored.
 */
public final class ConnectCallbackRegistrar implements ApplicationListener<WebServerInitializedEvent> {

	/**
	 * The property holding the application's redirect URI.
	 */
	public static final String REDIRECT_URI_PROPERTY = "smartcar.redirect-uri";

	/**
	 * The starter's redirect URI when {@value #REDIRECT_URI_PROPERTY} is not set.
	 */
	public static final String DEFAULT_REDIRECT_URI = "{baseUrl}/login/oauth2/code/{registrationId}";

	private static final String REGISTRATION_ID = "smartcar";

	private static final String CONTEXT_PATH_PROPERTY = "server.servlet.context-path";

	private final ApplicationContext context;

	private final SmartcarSimulator simulator;

	/**
	 * Creates a registrar for an application.
	 * @param context the application's context, whose environment holds its redirect URI
	 * @param simulator the simulator to register the callback with
	 */
	public ConnectCallbackRegistrar(ApplicationContext context, SmartcarSimulator simulator) {
		this.context = Objects.requireNonNull(context, "context");
		this.simulator = Objects.requireNonNull(simulator, "simulator");
	}

	/**
	 * Registers the callback of the application served at a base URL.
	 * @param baseUrl the scheme, host, port and context path the application is reached
	 * at, for example {@code http://localhost:8080} or {@code http://localhost} (MockMvc)
	 * @return the registered callback URI
	 */
	public String register(String baseUrl) {
		Environment environment = this.context.getEnvironment();
		String template = environment.getProperty(REDIRECT_URI_PROPERTY, DEFAULT_REDIRECT_URI);
		String callback = expand(template, baseUrl);
		this.simulator.registerRedirectUri(callback);
		return callback;
	}

	/**
	 * Registers the callback on {@code localhost} and {@code 127.0.0.1} at the port of
	 * the context's web server.
	 * @param event the event of a web server that listens
	 */
	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (event.getApplicationContext() != this.context) {
			return;
		}
		int port = event.getWebServer().getPort();
		String contextPath = this.context.getEnvironment().getProperty(CONTEXT_PATH_PROPERTY, "");
		register("http://localhost:" + port + contextPath);
		register("http://127.0.0.1:" + port + contextPath);
	}

	/**
	 * Expands a redirect URI template as Spring Security's
	 * {@code DefaultOAuth2AuthorizationRequestResolver} does for a login.
	 */
	private static String expand(String template, String baseUrl) {
		UriComponents base = UriComponentsBuilder.fromUriString(baseUrl).build();
		String path = (base.getPath() != null) ? base.getPath() : "";
		Map<String, String> variables = Map.of("baseUrl", base.toUriString(), "baseScheme", base.getScheme(),
				"baseHost", base.getHost(), "basePort", (base.getPort() == -1) ? "" : ":" + base.getPort(), "basePath",
				path, "action", "login", "registrationId", REGISTRATION_ID);
		return UriComponentsBuilder.fromUriString(template).buildAndExpand(variables).toUriString();
	}

}
