package dev.mynalab.network.codes;

import java.util.Objects;

/**
 * The network operator's internal, stable handle for one person. Drawn at random when the person is
 * first seen and never derived from the 住民票コード, so that a 住民票コード change (住基法 第30条の4, rule MN-06)
 * only re-links the handle and every 機関別符号 derived from it stays the same. Never leaves the
 * network: agencies see only their own 機関別符号, the exported record only the subject's disclosure
 * code.
 */
public record PersonHandle(String value) {

  public PersonHandle {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return "PersonHandle[hidden]";
  }
}
