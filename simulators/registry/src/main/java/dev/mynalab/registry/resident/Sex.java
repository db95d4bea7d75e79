package dev.mynalab.registry.resident;

/** 性別 as recorded in the 住民票 (one of the 4 basic facts, EC-01). */
public enum Sex {
  MALE,
  FEMALE
}
