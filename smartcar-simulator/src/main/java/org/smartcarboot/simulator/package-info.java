/**
 * A local stand-in for Smartcar: Connect, the token endpoint, the v2.0 vehicle API, the
 * compatibility API and the management API served by one WireMock server, for sample
 * applications and tests.
 * <p>
 * Start with {@link org.smartcarboot.simulator.SmartcarSimulator}, register
 * {@link org.smartcarboot.simulator.SmartcarSimulatorExtension} in a JUnit 5 test, or
 * annotate a {@code @SpringBootTest} with
 * {@link org.smartcarboot.simulator.test.AutoConfigureSmartcarSimulator}.
 */
package org.smartcarboot.simulator;
