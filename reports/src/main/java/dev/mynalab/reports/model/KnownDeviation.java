package dev.mynalab.reports.model;

/** A requirement not demonstrated (yet), with the reason: listed in every report. */
public record KnownDeviation(String requirement, String reason) {}
