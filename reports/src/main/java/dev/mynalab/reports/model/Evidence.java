package dev.mynalab.reports.model;

/**
 * One piece of evidence attached to a scenario: a journal excerpt (APDU traces, OCSP/HTTP
 * exchanges, registry events) or any other Cucumber attachment.
 *
 * @param name the attachment's file name, e.g. {@code "journal (seed 42)"}
 * @param mediaType e.g. {@code "text/plain"}
 * @param encoding {@code "IDENTITY"} (text in {@code content}) or {@code "BASE64"}
 * @param content the text, or the base64 of a binary attachment
 */
public record Evidence(String name, String mediaType, String encoding, String content) {}
