package dev.mynalab.steps.use;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.drivers.use.StaffIdDriver;
import dev.mynalab.relyingparty.freearea.StaffRecord;
import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.前提;

/** The staff-ID application in the free area (features/lifecycle/04-use/free-area.feature). */
public final class FreeAreaSteps {

  private final StaffIdDriver staff;

  public FreeAreaSteps(StaffIdDriver staff) {
    this.staff = staff;
  }

  @前提("{string} が職員番号 {string} の職員証アプリを {string} のカードの空き領域に搭載している")
  public void installed(String agency, String staffNumber, String name) {
    staff.install(name, agency, staffNumber);
  }

  @ならば("職員証リーダーは {string} のカードから職員番号 {string} と発行者 {string} を読み取る")
  public void reads(String name, String staffNumber, String issuer) {
    assertThat(staff.read(name)).contains(new StaffRecord(staffNumber, issuer));
  }

  @ならば("職員証アプリを選択した状態では {string} のカードの {string} は見つからない")
  public void notFound(String name, String jpkiItem) {
    assertThat(staff.selectFromStaffContext(name, StaffIdDriver.jpkiFid(jpkiItem)))
        .as("status word")
        .isEqualTo(0x6A82);
  }

  @ならば("職員証アプリを選択した状態では {string} のカードは電子署名を計算しない")
  public void noSignature(String name) {
    assertThat(staff.signFromStaffContext(name)).isNotEqualTo(0x9000);
  }
}
