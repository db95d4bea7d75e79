package dev.mynalab.reports;

import java.util.Comparator;
import java.util.List;

/**
 * The lifecycle stages of the card, in the order of its life (requirements.yaml {@code stage}); the
 * living documentation is arranged by them. A stage not listed sorts after these, alphabetically.
 */
public final class Stages {

  /** Requirements and features without a stage. */
  public static final String NONE = "（段階なし）";

  public static final List<String> ORDER =
      List.of(
          "申請", "発行", "交付", "利用", "異動", "国外", "紛失・再交付", "暗証番号", "更新・失効", "除票", "スマートフォン", "番号",
          "情報連携");

  private Stages() {}

  public static final Comparator<String> LIFECYCLE =
      Comparator.comparingInt(Stages::rank).thenComparing(Comparator.naturalOrder());

  private static int rank(String stage) {
    int i = ORDER.indexOf(stage);
    if (i >= 0) {
      return i;
    }
    return NONE.equals(stage) ? Integer.MAX_VALUE : ORDER.size();
  }
}
