package dev.mynalab.konbini;

import dev.mynalab.registry.resident.Resident;
import dev.mynalab.registry.resident.ResidentStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may obtain which document from which municipality at a store, decided on the registry's facts
 * of the moment (never on what the card says):
 *
 * <ul>
 *   <li>CS-01: only documents the keeping municipality offers ({@link MunicipalOfferings}); the 住民票
 *       family, 印鑑 and tax from the 住所地, 戸籍 and 附票 from the 本籍地. A foreign resident has no 戸籍.
 *   <li>CS-02: from the moment a 転出届 is filed, the municipality being left issues nothing to the
 *       card (the destination has no record until the 転入届).
 *   <li>OS-04: a 国外転出者 who kept the card (OS-01) obtains only the 戸籍証明書, from the 本籍地.
 *   <li>LV-01..06: a lapsed card, a deceased holder: nothing.
 * </ul>
 */
public final class DocumentRules {

  /** One entry of the kiosk's menu: a document and the municipality that issues it. */
  public record Offer(Document document, String municipality) {}

  private final MunicipalOfferings offerings;

  public DocumentRules(MunicipalOfferings offerings) {
    this.offerings = offerings;
  }

  public MunicipalOfferings offerings() {
    return offerings;
  }

  /**
   * The municipality that issues {@code document} to {@code r} today.
   *
   * @throws KonbiniRefusal with the deciding rule when the store cannot issue it
   */
  public String issuer(Resident r, Document document, LocalDate today) {
    if (r.status() == ResidentStatus.DECEASED) {
      throw KonbiniRefusal.refused(
          "holder-deceased", "LV-02", "/document", "the holder's record is a 除票 (death)");
    }
    if (!r.holdsValidCard(today)) {
      throw KonbiniRefusal.refused(
          "card-not-valid",
          r.card() != null && r.card().lapseRule() != null ? r.card().lapseRule() : "LV-01",
          "/certificate",
          "the card is not valid today, so its certificate cannot be used");
    }
    String municipality =
        switch (r.status()) {
          case ABROAD -> abroad(r, document);
          case MOVING_OUT -> movingOut(r, document);
          default -> resident(r, document);
        };
    if (!offerings.offers(municipality, document)) {
      throw KonbiniRefusal.refused(
          "not-offered",
          "CS-01",
          "/document",
          offerings.nameOf(municipality).orElse(municipality)
              + " does not issue "
              + document.japaneseName()
              + " at convenience stores");
    }
    return municipality;
  }

  /** Everything {@code r} can obtain today (the kiosk's menu), in {@link Document} order. */
  public List<Offer> menu(Resident r, LocalDate today) {
    List<Offer> out = new ArrayList<>();
    for (Document d : Document.values()) {
      try {
        out.add(new Offer(d, issuer(r, d, today)));
      } catch (KonbiniRefusal e) {
        // not on the menu
      }
    }
    return out;
  }

  private String abroad(Resident r, Document document) {
    if (document != Document.KOSEKI || r.honseki() == null) {
      throw KonbiniRefusal.refused(
          "abroad-koseki-only",
          "OS-04",
          "/document",
          "a 国外転出者 can obtain only the 戸籍証明書 at a convenience store, not "
              + document.japaneseName());
    }
    return r.honseki().municipality();
  }

  private String movingOut(Resident r, Document document) {
    String leaving = r.municipality();
    String municipality = resident(r, document);
    if (municipality.equals(leaving)) {
      throw KonbiniRefusal.refused(
          "moved-out",
          "CS-02",
          "/document",
          "a 転出届 was filed on "
              + r.pendingMove().filedOn()
              + ": "
              + offerings.nameOf(leaving).orElse(leaving)
              + " no longer issues to this card");
    }
    return municipality;
  }

  private String resident(Resident r, Document document) {
    if (document.keeper() == Document.Keeper.ADDRESS) {
      return r.municipality();
    }
    if (r.honseki() == null) {
      throw KonbiniRefusal.refused(
          "no-koseki",
          "CS-01",
          "/document",
          "the holder has no 戸籍 in Japan, so there is no " + document.japaneseName());
    }
    return r.honseki().municipality();
  }
}
