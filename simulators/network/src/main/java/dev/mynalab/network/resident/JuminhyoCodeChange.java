package dev.mynalab.network.resident;

import java.util.Objects;

/** A notification that a resident's 住民票コード was replaced (住基法 第30条の4; rule MN-06). */
public record JuminhyoCodeChange(String previous, String current) {

  public JuminhyoCodeChange {
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(current, "current");
  }
}
