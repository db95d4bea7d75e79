package dev.mynalab.spec.profile;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reference client: OpenSC's tools against the card in the vpcd reader. A card that OpenSC's
 * {@code jpki} driver recognises and whose 利用者証明用電子証明書 it lists without a PIN passes
 * (card-interface.md §4.1, §8; REQ-CI-03: the user certificate is readable without a PIN).
 */
public final class OpenScClient {

  /** What the built-in client checks demonstrate. */
  public static final String REQUIREMENT = "REQ-CI-03";

  private OpenScClient() {}

  public static SutProfile.Client profile() {
    return new SutProfile.Client(
        "opensc",
        List.of(
            new SutProfile.ClientCheck(
                REQUIREMENT,
                List.of("opensc-tool", "--reader", "${reader}", "--name"),
                0,
                Optional.of(Pattern.compile("(?m)^jpki$"))),
            new SutProfile.ClientCheck(
                REQUIREMENT,
                List.of("pkcs15-tool", "--reader", "${reader}", "--list-certificates"),
                0,
                Optional.of(Pattern.compile("User Authentication Certificate")))));
  }
}
