package dev.mynalab.reports.sign;

import java.util.List;

/**
 * The outcome of checking a signed report.
 *
 * @param valid true only when the signature matches the content and the signer was issued by the
 *     trusted report-signing CA
 * @param signer the signer certificate's subject, or null when none could be read
 * @param problems what is wrong, one line each; empty when valid
 */
public record SignatureCheck(boolean valid, String signer, List<String> problems) {}
