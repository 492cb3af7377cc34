package org.smartcarboot.benchmarks.startup.app;

import java.lang.management.ManagementFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

/**
 * The small app whose start-up the benchmark times, started in a process of its own with
 * and without the starter on its classpath: Spring MVC on Tomcat, Spring Security, the
 * OAuth2 client and a {@link RestClient} that sends the OAuth2 token when an authorized
 * client manager exists. Once started it prints {@value #READY} with the JVM's uptime,
 * the CPU time of its process and its number of beans, then exits.
 */
@SpringBootApplication(proxyBeanMethods = false)
public class StartupApp {

	/**
	 * Start of the line printed once the app has started.
	 */
	public static final String READY = "STARTUP_READY ";

	/**
	 * A client of the vehicle API as an app without the starter writes it.
	 * @param builder Spring Boot's builder
	 * @param managers the authorized client manager, when OAuth2 login is configured
	 * @return the client
	 */
	@Bean
	RestClient vehicleApi(RestClient.Builder builder, ObjectProvider<OAuth2AuthorizedClientManager> managers) {
		managers.ifUnique((manager) -> builder.requestInterceptor(new OAuth2ClientHttpRequestInterceptor(manager)));
		return builder.baseUrl("https://api.smartcar.com/v2.0").build();
	}

	/**
	 * Starts the app, prints {@value #READY}{@code uptime_ms=<ms> cpu_ms=<ms> beans=<n>}
	 * and exits.
	 * @param args the app's arguments, such as {@code --server.port=0}
	 */
	public static void main(String[] args) {
		ConfigurableApplicationContext context = SpringApplication.run(StartupApp.class, args);
		long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
		long cpuNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		System.out.println(READY + "uptime_ms=" + uptime + " cpu_ms=" + cpuNanos / 1_000_000 + " beans="
				+ context.getBeanDefinitionCount());
		System.exit(SpringApplication.exit(context));
	}

	/**
	 * The app's one page.
	 */
	@RestController
	static class HelloController {

		@GetMapping("/")
		String hello() {
			return "hello";
		}

	}

}
