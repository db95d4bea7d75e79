package dev.mynalab.relyingparty.freearea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StaffRecordTest {

  @Test
  void roundTrips() {
    StaffRecord r = new StaffRecord("A123", "デジタル庁（TEST）");
    assertThat(StaffRecord.decode(r.encode())).isEqualTo(r);
  }

  @Test
  void refusesBadValues() {
    assertThatThrownBy(() -> new StaffRecord("a b", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StaffRecord("1", " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StaffRecord.decode(new byte[] {1, 5, 0x30}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StaffRecord.decode(new byte[] {9}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
