package dev.mynalab.ca.access;

/**
 * A verifier registered with the 機構 (署名検証者 / 利用者証明検証者 / プラットフォーム事業者) and the TLS client credential
 * it authenticates with.
 */
public record RegisteredVerifier(String name, VerifierRole role, TlsCredential credential) {}
