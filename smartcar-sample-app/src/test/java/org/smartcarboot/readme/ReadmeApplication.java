package org.smartcarboot.readme;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The application the README's Quickstart builds. The classes of this package hold the
 * README's Java snippets so that the build compiles them ({@link ReadmeSnippetsTest}
 * checks they match); only the Quickstart's controller is part of this application.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(OdometerController.class)
class ReadmeApplication {

}
