package dev.mynalab.reports.model;

import java.util.Map;

/**
 * One system under test, with what identifies the exact build that was tested.
 *
 * @param id short, stable, e.g. {@code reference-world}, {@code vendor-card}
 * @param kind {@code embedded-reference}, {@code pcsc-card}, {@code http-verifier}, {@code
 *     client-command} …
 * @param name human-readable name
 * @param version the version the system reports, or null
 * @param hashAlgorithm e.g. {@code SHA-256}, or null when no hash can be taken (a remote system)
 * @param hash hex digest of what identifies the build, or null
 * @param hashedOver what the hash covers, e.g. {@code "classpath entries: mynalab-kit, …"}
 * @param properties further identification: ATR, endpoint URL, command line …
 */
public record SystemUnderTest(
    String id,
    String kind,
    String name,
    String version,
    String hashAlgorithm,
    String hash,
    String hashedOver,
    Map<String, String> properties) {}
