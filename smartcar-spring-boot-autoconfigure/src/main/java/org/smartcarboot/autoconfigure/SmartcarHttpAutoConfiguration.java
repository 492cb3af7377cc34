package org.smartcarboot.autoconfigure;

import org.smartcarboot.api.SmartcarHttpTransport;
import org.smartcarboot.api.SmartcarRestClientCustomizer;
import org.smartcarboot.api.SmartcarServiceBuilder;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.web.client.RestClient;

/**
 * Auto-configuration of the HTTP transport of every Smartcar client: the request factory
 * Spring Boot chose ({@code spring.http.clients.imperative.factory}, else the first of
 * Apache HttpClient, Jetty, Reactor Netty and the JDK's client on the classpath; the
 * starter brings Apache HttpClient, measured fastest), with Boot's HTTP client settings
 * (SSL bundle, redirects) and the {@code smartcar.http.*} timeouts, which take the place
 * of Boot's. Apache HttpClient gets a pool of {@code smartcar.http.max-connections}.
 */
@AutoConfiguration(after = { SmartcarAutoConfiguration.class, HttpClientAutoConfiguration.class,
		ImperativeHttpClientAutoConfiguration.class })
@ConditionalOnClass(ClientHttpRequestFactoryBuilder.class)
@ConditionalOnSmartcarClient
@ConditionalOnBean(SmartcarProperties.class)
public final class SmartcarHttpAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SmartcarHttpTransport smartcarHttpTransport(
			ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings, ResourceLoader resourceLoader,
			SmartcarProperties properties) {
		ClientHttpRequestFactoryBuilder<?> chosen = requestFactoryBuilder
			.getIfAvailable(() -> ClientHttpRequestFactoryBuilder.detect(resourceLoader.getClassLoader()));
		ClientHttpRequestFactoryBuilder<?> builder = (chosen instanceof HttpComponentsClientHttpRequestFactoryBuilder apache)
				? HttpComponentsTransport.forSmartcar(apache, properties.getHttp().getMaxConnections()) : chosen;
		HttpClientSettings settings = httpClientSettings.getIfAvailable(HttpClientSettings::defaults);
		return (connectTimeout, readTimeout) -> builder.build(settings.withTimeouts(connectTimeout, readTimeout));
	}

	/**
	 * Gives a library builder what every Smartcar client of the starter shares: Spring
	 * Boot's {@link RestClient.Builder} and JSON mapper, the {@code smartcar.http.*}
	 * timeouts, the transport when there is one, and the
	 * {@link SmartcarRestClientCustomizer} beans.
	 * @param <B> the type of the builder
	 * @param builder the builder
	 * @param properties the Smartcar properties
	 * @param restClientBuilder Spring Boot's builder
	 * @param jsonMapper Spring Boot's JSON mapper
	 * @param customizers the customizer beans
	 * @param transport the transport bean
	 * @return the builder
	 */
	static <B extends SmartcarServiceBuilder<B>> B configure(B builder, SmartcarProperties properties,
			ObjectProvider<RestClient.Builder> restClientBuilder, ObjectProvider<JsonMapper> jsonMapper,
			ObjectProvider<SmartcarRestClientCustomizer> customizers, ObjectProvider<SmartcarHttpTransport> transport) {
		builder.restClientBuilder(restClientBuilder.getIfAvailable(RestClient::builder))
			.jsonMapper(jsonMapper.getIfAvailable(JsonMapper::new))
			.connectTimeout(properties.getHttp().getConnectTimeout())
			.readTimeout(properties.getHttp().getReadTimeout());
		transport.ifAvailable(builder::httpTransport);
		customizers.orderedStream().forEach(builder::customizer);
		return builder;
	}

}
