package dev.mynalab.ca.access;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** A TLS certificate with its TEST private key and the infrastructure CA that issued it. */
public record TlsCredential(X509Certificate certificate, PrivateKey key, X509Certificate issuer) {}
