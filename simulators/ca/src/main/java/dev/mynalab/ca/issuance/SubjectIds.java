package dev.mynalab.ca.issuance;

import java.util.SplittableRandom;

/**
 * The opaque 23-character subject CN of JPKI end-entity certificates, shaped like the real {@code
 * 897434E6BNBFHG01106003A}: 8 hex digits, 6 capital letters, the 5-digit municipality code
 * (characters 15–19, as inferred in card-interface.md §5), 3 digits, 1 capital letter. Drawn from
 * the world seed's {@code ca.subject-ids} stream; it carries no personal data by design.
 */
public final class SubjectIds {

  private static final String HEX = "0123456789ABCDEF";
  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private final SplittableRandom random;

  public SubjectIds(SplittableRandom random) {
    this.random = random;
  }

  public synchronized String next(String municipalityCode) {
    StringBuilder id = new StringBuilder(23);
    for (int i = 0; i < 8; i++) {
      id.append(HEX.charAt(random.nextInt(16)));
    }
    for (int i = 0; i < 6; i++) {
      id.append(LETTERS.charAt(random.nextInt(26)));
    }
    id.append(municipalityCode);
    id.append(String.format("%03d", random.nextInt(1000)));
    id.append(LETTERS.charAt(random.nextInt(26)));
    return id.toString();
  }
}
