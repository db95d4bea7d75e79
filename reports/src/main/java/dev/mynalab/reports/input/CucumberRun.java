package dev.mynalab.reports.input;

import java.time.Instant;
import java.util.List;

/**
 * What a run wrote into {@code cucumber.ndjson}: the implementation, when it ran, and every feature
 * with every pickle — including the ones the tag filter left out ({@code NOT_RUN}).
 */
public record CucumberRun(
    String cucumber,
    String runtime,
    Instant startedAt,
    Instant finishedAt,
    Boolean success,
    List<ParsedFeature> features) {}
