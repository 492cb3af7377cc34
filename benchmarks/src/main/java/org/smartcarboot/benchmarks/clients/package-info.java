/**
 * The clients compared: the starter, a bare RestClient, the JDK's HttpClient and the
 * official Smartcar Java SDK.
 */
@NullMarked
package org.smartcarboot.benchmarks.clients;

import org.jspecify.annotations.NullMarked;
