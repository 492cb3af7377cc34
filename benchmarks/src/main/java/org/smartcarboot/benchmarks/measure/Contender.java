package org.smartcarboot.benchmarks.measure;

/**
 * A client measured against the others, by name.
 *
 * @param name the name in tables and in the {@code RESULT} line
 * @param call the call it makes
 */
public record Contender(String name, VehicleCall call) {

}
