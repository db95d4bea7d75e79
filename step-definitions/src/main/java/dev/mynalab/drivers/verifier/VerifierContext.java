package dev.mynalab.drivers.verifier;

import dev.mynalab.ca.server.CaWorld;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.journal.Journal;
import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.verifier.VerifierSettings;

/**
 * What a verifier under test is started with, per scenario: the scenario's JPKI TEST CAs (trust
 * anchors in {@code ca.authority().hierarchy()}, OCSP and CRL under {@code ca.uri()}, the
 * pre-registered verifier credential {@code ca.exportedVerifier()}), the settings the scenario
 * chose (OCSP or CRL cut off: {@link VerifierSettings#withSources}), and the world's seed, clock
 * and journal.
 */
public record VerifierContext(
    CaWorld ca, VerifierSettings settings, WorldSeed seed, WorldClock clock, Journal journal) {}
