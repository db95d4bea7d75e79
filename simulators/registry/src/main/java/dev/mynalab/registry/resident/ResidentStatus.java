package dev.mynalab.registry.resident;

/** Where a person stands in the 住民基本台帳. */
public enum ResidentStatus {
  /** Recorded in a municipality's register. */
  RESIDENT,
  /** A 転出届 was filed; the 転入届 at the destination is awaited. */
  MOVING_OUT,
  /** Left Japan (国外転出): the 住民票 is a 除票; Japanese nationals stay on the 戸籍の附票. */
  ABROAD,
  /** Died: the 住民票 is a 除票. */
  DECEASED
}
