package dev.mynalab.reports.sign;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** The report signer's key and certificate, and the TEST report-signing CA that issued it. */
public record SigningIdentity(PrivateKey key, X509Certificate certificate, X509Certificate ca) {}
