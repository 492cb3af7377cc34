package org.smartcarboot;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The smallest application using the starter, for the integration tests, with
 * {@link StoredTokens} to seed its token store.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(StoredTokens.class)
public class SmartcarTestApplication {

}
