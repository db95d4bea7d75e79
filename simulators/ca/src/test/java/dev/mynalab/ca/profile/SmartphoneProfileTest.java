package dev.mynalab.ca.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mynalab.ca.TestWorld;
import dev.mynalab.ca.hierarchy.CaPurpose;
import dev.mynalab.ca.issuance.Holder;
import dev.mynalab.ca.store.CertificateRecord;
import org.junit.jupiter.api.Test;

class SmartphoneProfileTest {

  private final TestWorld world = new TestWorld();

  @Test
  void aPhoneCertificateCarriesTheMarkerAndACardCertificateDoesNot() throws Exception {
    Holder card = TestWorld.adult("person-1");
    Holder phone = TestWorld.adult("person-1#phone-1");
    CertificateRecord cardCert =
        world.ca.issue(CaPurpose.SIGNATURE, world.cardKey("card"), card, TestWorld.cardExpiry());
    CertificateRecord phoneCert =
        world.ca.issueForSmartphone(
            CaPurpose.SIGNATURE, world.cardKey("phone"), phone, TestWorld.cardExpiry(), "iphone");

    assertThat(SmartphoneProfile.platformOf(phoneCert.certificate())).contains("iphone");
    assertThat(SmartphoneProfile.platformOf(cardCert.certificate())).isEmpty();
    assertThat(phoneCert.certificate().getNonCriticalExtensionOIDs())
        .contains(SmartphoneProfile.MARKER_OID);
    phoneCert.certificate().verify(phoneCert.issuer().publicKey());
    // the phone's certificate has its own holder reference: the card's stays active
    assertThat(cardCert.isRevoked()).isFalse();
  }

  @Test
  void anUnknownPlatformIsRefusedAndNothingIsIssued() {
    Holder phone = TestWorld.adult("p#phone");
    assertThatThrownBy(
            () ->
                world.ca.issueForSmartphone(
                    CaPurpose.AUTHENTICATION,
                    world.cardKey("x"),
                    phone,
                    TestWorld.cardExpiry(),
                    "blackberry"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("platform");
    assertThat(world.ca.store().byHolder("p#phone")).isEmpty();
  }
}
