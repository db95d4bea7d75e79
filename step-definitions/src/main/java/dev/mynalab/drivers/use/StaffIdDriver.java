package dev.mynalab.drivers.use;

import dev.mynalab.card.client.CardClient;
import dev.mynalab.relyingparty.freearea.StaffIdCard;
import dev.mynalab.relyingparty.freearea.StaffRecord;
import java.util.Optional;

/**
 * The 空き領域 (seed: マイナンバーカードについて② ③空き領域): a national agency loads its 職員証 application onto the
 * person's issued card; a gate's reader reads it; and what the staff application's context can
 * reach of the 公的個人認証AP is probed with the staff AP selected.
 */
public final class StaffIdDriver {

  private final UseWorld use;

  public StaffIdDriver(UseWorld use) {
    this.use = use;
  }

  private StaffIdCard staff() {
    return new StaffIdCard(use.reference().journal());
  }

  /** The FID of a 公的個人認証AP item named in Japanese (card-interface.md §2.1). */
  public static int jpkiFid(String item) {
    return switch (item) {
      case "署名用電子証明書" -> 0x0001;
      case "署名用電子証明書のCA証明書" -> 0x0002;
      case "利用者証明用電子証明書" -> 0x000A;
      case "利用者証明用電子証明書のCA証明書" -> 0x000B;
      case "利用者証明用の秘密鍵" -> 0x0017;
      case "署名用の秘密鍵" -> 0x001A;
      case "利用者証明用電子証明書の暗証番号" -> 0x0018;
      case "署名用パスワード" -> 0x001B;
      default -> throw new IllegalArgumentException("no such 公的個人認証AP item: " + item);
    };
  }

  /** {@code agency} installs its staff-ID application with {@code staffNumber} on the card. */
  public void install(String name, String agency, String staffNumber) {
    staff().install(use.lifecycle().card(name).card(), new StaffRecord(staffNumber, agency));
  }

  /** What a 職員証 reader reads from the card. */
  public Optional<StaffRecord> read(String name) {
    return staff().read(use.cardOf(name));
  }

  /**
   * The status word when, with the staff AP selected, the JPKI file or key {@code fid} is selected
   * (6A82: no such file in this application).
   */
  public int selectFromStaffContext(String name, int fid) {
    CardClient c = new CardClient(use.cardOf(name));
    if (c.selectAp(StaffIdCard.AID) != 0x9000) {
      throw new IllegalStateException("the card has no staff-ID application");
    }
    return c.selectEf(fid);
  }

  /** The status word of COMPUTE DIGITAL SIGNATURE sent with the staff AP selected. */
  public int signFromStaffContext(String name) {
    CardClient c = new CardClient(use.cardOf(name));
    c.selectAp(StaffIdCard.AID);
    return c.sign(0x0017, CardClient.sha256DigestInfo(new byte[32])).getSW();
  }
}
