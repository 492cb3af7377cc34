/**
 * Spring test support for applications using the Smartcar starter:
 * {@link org.smartcarboot.simulator.test.AutoConfigureSmartcarSimulator} runs a simulator
 * for a {@code @SpringBootTest} and points the application at it;
 * {@link org.smartcarboot.simulator.test.SmartcarMockMvcRequestPostProcessors#smartcarDriver()}
 * signs a simulated driver in for a MockMvc request;
 * {@link org.smartcarboot.simulator.test.SmartcarTestLogin} signs one in over a real
 * port. Needs Spring's test framework, and for the sign-ins Spring Security's test
 * support, which the simulator declares as optional dependencies.
 */
package org.smartcarboot.simulator.test;
