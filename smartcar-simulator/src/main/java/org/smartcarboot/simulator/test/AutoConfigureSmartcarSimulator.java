package org.smartcarboot.simulator.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.smartcarboot.simulator.SmartcarSimulator;

/**
 * Runs a {@link SmartcarSimulator} for a {@code @SpringBootTest} and points the
 * application under test at it:
 * <ul>
 * <li>the simulator starts with the test's application context (contexts are cached, so
 * test classes sharing a configuration share it) and stops when the context closes;</li>
 * <li>every {@code smartcar.*} property that reaches Smartcar is set to the simulator's:
 * client id and secret, management token, the Connect, token, API, management and v3
 * URLs, and {@code smartcar.redirect-uri}, set to the starter's default
 * {@code {baseUrl}/login/oauth2/code/{registrationId}}. These override the application's
 * configuration files, environment variables and system properties, so no test reaches
 * real Smartcar; the test's own properties ({@code @SpringBootTest(properties = ...)},
 * {@code @TestPropertySource}, {@code @DynamicPropertySource}) override them;</li>
 * <li>the application's Connect callback is registered with the simulator: MockMvc's
 * ({@code http://localhost/login/oauth2/code/smartcar}) at once, and the real one on
 * {@code localhost} and {@code 127.0.0.1} once the web server's port is known;</li>
 * <li>the simulator is the {@code smartcarSimulator} bean, to inject into the test
 * ({@code @Autowired SmartcarSimulator simulator}) to inject faults, count requests or
 * look at the cars;</li>
 * <li>before each test method, {@link SmartcarSimulator#reset()} removes the faults of
 * the previous test, sets request counts to zero and reconnects disconnected cars.</li>
 * </ul>
 * Sign a simulated driver in with
 * {@link SmartcarMockMvcRequestPostProcessors#smartcarDriver()} (MockMvc) or
 * {@link SmartcarTestLogin} (a real port).
 *
 * <pre class="code">
 * &#64;SpringBootTest
 * &#64;AutoConfigureMockMvc
 * &#64;AutoConfigureSmartcarSimulator
 * class MyAppTests {
 *
 *     &#64;Autowired
 *     MockMvc mockMvc;
 *
 *     &#64;Test
 *     void readsTheOdometers() throws Exception {
 *         mockMvc.perform(get("/odometers").with(smartcarDriver())).andExpect(status().isOk());
 *     }
 *
 * }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureSmartcarSimulator {

}
