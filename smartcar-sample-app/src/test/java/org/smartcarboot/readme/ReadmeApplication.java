package org.smartcarboot.readme;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application the README's Quickstart builds; its classes hold the README's Java
 * snippets so that the build compiles them ({@link ReadmeSnippetsTest} checks they
 * match).
 */
@SpringBootApplication
class ReadmeApplication {

}
