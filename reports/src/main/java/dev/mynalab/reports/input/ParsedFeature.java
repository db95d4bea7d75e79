package dev.mynalab.reports.input;

import java.util.List;

/** One feature file of a run, with its pickles in file order. */
public record ParsedFeature(
    String uri, String name, String description, List<ParsedScenario> scenarios) {}
