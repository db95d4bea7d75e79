package dev.mynalab.reports.model;

/**
 * The run: its seed (replay with {@code -Dmynalab.seed=}), when it ran (from the messages, not the
 * host clock) and Cucumber's own success flag.
 */
public record RunInfo(
    String seed, String worldStartDate, String startedAt, String finishedAt, Boolean success) {}
