package org.smartcarboot;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The smallest application using the starter, for the integration tests.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class SmartcarTestApplication {

}
