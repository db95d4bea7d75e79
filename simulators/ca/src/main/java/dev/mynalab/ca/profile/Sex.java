package dev.mynalab.ca.profile;

/** 性別 in the signing certificate's SAN (OID .5.5.3): 1 male, 2 female, 3 unknown. */
public enum Sex {
  MALE("1"),
  FEMALE("2"),
  UNKNOWN("3");

  private final String code;

  Sex(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
