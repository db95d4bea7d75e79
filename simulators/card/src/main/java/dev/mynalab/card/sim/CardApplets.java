package dev.mynalab.card.sim;

import dev.mynalab.card.applet.jpki.JpkiApplet;
import dev.mynalab.card.applet.juki.JukiApplet;
import dev.mynalab.card.applet.kenmen.KenmenApplet;
import dev.mynalab.card.applet.nyuryoku.NyuryokuHojoApplet;
import java.util.Objects;
import javacard.framework.Applet;

/**
 * The four applications a card manufacturer installs at the My Number Card AIDs (card-interface.md
 * §1): 公的個人認証AP, 券面事項入力補助AP, 券面AP and 住基AP — the reference applets, or a vendor's classes under
 * conformance test. Every card of a run, including the cards the 機構 of the reference world issues
 * in the lifecycle features, is made with one such set.
 *
 * @param jpki the 公的個人認証AP (JPKI)
 * @param text the 券面事項入力補助AP
 * @param face the 券面AP
 * @param juki the 住基AP
 */
public record CardApplets(
    Class<? extends Applet> jpki,
    Class<? extends Applet> text,
    Class<? extends Applet> face,
    Class<? extends Applet> juki) {

  /** The reference applets of this harness. */
  public static final CardApplets REFERENCE =
      new CardApplets(
          JpkiApplet.class, NyuryokuHojoApplet.class, KenmenApplet.class, JukiApplet.class);

  public CardApplets {
    Objects.requireNonNull(jpki, "jpki");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(face, "face");
    Objects.requireNonNull(juki, "juki");
  }

  /** True for the reference applets (whose faults the card boundary maps, see {@link MynaCard}). */
  public boolean isReference() {
    return equals(REFERENCE);
  }
}
