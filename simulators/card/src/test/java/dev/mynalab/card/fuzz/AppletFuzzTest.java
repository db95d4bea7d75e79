package dev.mynalab.card.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.card.CardFixtures;
import dev.mynalab.card.applet.Aids;
import dev.mynalab.card.client.CardClient;
import dev.mynalab.card.journal.ApduJournal;
import dev.mynalab.card.personalisation.TestCards.IssuedCard;
import dev.mynalab.card.personalisation.TestHolders;
import dev.mynalab.card.sim.MynaCard;
import dev.mynalab.card.transport.InProcessTransport;
import dev.mynalab.kit.random.WorldSeed;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import javax.smartcardio.CommandAPDU;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input, seeded and replayable (WorldSeed, {@code -Dmynalab.seed=…} to replay another run):
 * 100,000 random and mutated APDUs to each AP of an issued card, in-process. Invariants checked on
 * every response: never 6F00 and no simulator fault; no window of private-key material; the issuer
 * channel never opens; the holder's secrets are never read; a VERIFY never succeeds with a wrong
 * value; retry counters never exceed their maximum and a blocked secret stays blocked. Afterwards
 * the card still answers correctly (free EFs byte-exact; unblocked PINs still work).
 */
class AppletFuzzTest {

  static final int APDUS_PER_AP = 100_000;
  static final int BLOCK = 1_000;
  static final WorldSeed SEED =
      System.getProperty(WorldSeed.PROPERTY) != null
          ? WorldSeed.fromSystemProperty()
          : WorldSeed.of(0x5EED_CA4DL);

  /** Per AP: its AID, its secrets (fid → correct value, max tries), a corpus. */
  private record Target(
      byte[] aid, Map<Integer, String> secrets, Map<Integer, Integer> maxTries, int[] fids) {}

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"jpki", "nyuryoku", "kenmen", "juki"})
  void fuzz(String ap) throws Exception {
    TestHolders holders = TestHolders.load();
    IssuedCard issued =
        CardFixtures.cards()
            .issue(holders.get("nishi-sora"), CardFixtures.pins(), ApduJournal.NONE);
    MynaCard card = issued.card();
    Target t = target(ap, issued);
    long faultsBefore = card.faults();
    Set<ByteBuffer> secretWindows = privateWindows(card);
    List<byte[]> holderSecrets =
        List.of(
            issued.holder().myNumber().getBytes(StandardCharsets.US_ASCII),
            issued.holder().name().getBytes(StandardCharsets.UTF_8));
    SplittableRandom random = SEED.stream("card.fuzz." + ap);
    ApduMutator mutator = new ApduMutator(random, corpus(t, random));
    CardClient harness = new CardClient(new InProcessTransport(card));
    Map<Integer, Integer> lastTries = new HashMap<>(t.maxTries());
    Set<Integer> blocked = new HashSet<>();

    for (int sent = 0; sent < APDUS_PER_AP; ) {
      // each block: select the AP; every other block the harness verifies the secrets correctly
      card.reset();
      harness.selectAp(t.aid());
      boolean authenticated = (sent / BLOCK) % 2 == 1;
      if (authenticated) {
        for (var s : t.secrets().entrySet()) {
          int sw = harness.verify(s.getKey(), s.getValue());
          if (blocked.contains(s.getKey())) {
            assertThat(sw).as("blocked secret %04X stays blocked", s.getKey()).isEqualTo(0x6984);
          } else {
            assertThat(sw).isIn(0x9000, 0x6984);
          }
        }
        harness.selectEf(t.fids()[random.nextInt(t.fids().length)]);
      }
      for (int i = 0; i < BLOCK; i++, sent++) {
        byte[] c = mutator.next();
        byte[] r = card.transmit(c);
        check(c, r, authenticated, t, secretWindows, holderSecrets, sent);
      }
      // retry counters: never above the maximum, never un-blocked
      card.reset();
      harness.selectAp(t.aid());
      for (var e : t.maxTries().entrySet()) {
        int tries = harness.triesLeft(e.getKey());
        assertThat(tries).as("tries of %04X", e.getKey()).isBetween(0, e.getValue());
        if (blocked.contains(e.getKey())) {
          assertThat(tries).as("blocked %04X never reset", e.getKey()).isZero();
        }
        if (tries == 0) {
          blocked.add(e.getKey());
        }
        lastTries.put(e.getKey(), tries);
      }
    }
    assertThat(card.faults() - faultsBefore).as("exceptions mapped at the boundary").isZero();
    assertStillCorrect(issued, t, blocked);
  }

  /** Checked on every response; the message is only built when an invariant breaks. */
  private static void check(
      byte[] c,
      byte[] r,
      boolean authenticated,
      Target t,
      Set<ByteBuffer> secretWindows,
      List<byte[]> holderSecrets,
      int n) {
    if (r.length < 2) {
      fail("a response without status word", c, r, n);
    }
    int sw = ((r[r.length - 2] & 0xFF) << 8) | (r[r.length - 1] & 0xFF);
    if (sw == 0x6F00) {
      fail("6F00", c, r, n);
    }
    for (int i = 0; i + 16 <= r.length - 2; i++) {
      if (secretWindows.contains(ByteBuffer.wrap(r, i, 16).slice())) {
        fail("private key material in the response", c, r, n);
      }
    }
    if (c.length >= 2 && (c[0] & 0xFF) == 0x84 && sw == 0x9000) {
      fail("issuer command accepted without the issuer key", c, r, n);
    }
    if (c.length > 5 && c[1] == 0x20 && sw == 0x9000) {
      String value = new String(Arrays.copyOfRange(c, 5, c.length), StandardCharsets.ISO_8859_1);
      if (!t.secrets().containsValue(value)) {
        fail("VERIFY accepted a value that is no secret", c, r, n);
      }
    }
    if (!authenticated && r.length > 14) {
      for (byte[] s : holderSecrets) {
        if (indexOf(r, s) >= 0) {
          fail("holder data read without any PIN", c, r, n);
        }
      }
    }
  }

  private static void fail(String what, byte[] c, byte[] r, int n) {
    throw new AssertionError(
        what + ": APDU #" + n + " " + hex(c) + " → " + hex(r) + " (seed " + SEED + ")");
  }

  private void assertStillCorrect(IssuedCard issued, Target t, Set<Integer> blocked)
      throws Exception {
    MynaCard card = issued.card();
    card.reset();
    CardClient c = new CardClient(new InProcessTransport(card));
    assertThat(c.selectJpki()).isEqualTo(0x9000);
    assertThat(c.readAll(0x000A).data()).isEqualTo(issued.authenticationCertificate().getEncoded());
    assertThat(c.selectAp(t.aid())).isEqualTo(0x9000);
    for (var s : t.secrets().entrySet()) {
      int expected = blocked.contains(s.getKey()) ? 0x6984 : 0x9000;
      assertThat(c.verify(s.getKey(), s.getValue())).isEqualTo(expected);
    }
    if (Arrays.equals(t.aid(), Aids.JPKI) && !blocked.contains(0x0018)) {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(new byte[] {42});
      var sig = c.sign(0x0017, CardClient.sha256DigestInfo(hash));
      assertThat(sig.getSW()).isEqualTo(0x9000);
      Signature v = Signature.getInstance("SHA256withRSA");
      v.initVerify(issued.authenticationCertificate().getPublicKey());
      v.update(new byte[] {42});
      assertThat(v.verify(sig.getData())).isTrue();
    }
  }

  private static Target target(String ap, IssuedCard issued) {
    var h = issued.holder();
    return switch (ap) {
      case "jpki" ->
          new Target(
              Aids.JPKI,
              Map.of(0x18, CardFixtures.AUTH_PIN, 0x1B, CardFixtures.SIGN_PASSWORD),
              Map.of(0x18, 3, 0x1B, 5),
              new int[] {0x01, 0x02, 0x06, 0x08, 0x0A, 0x0B, 0x17, 0x18, 0x1A, 0x1B});
      case "nyuryoku" ->
          new Target(
              Aids.NYURYOKU_HOJO,
              Map.of(
                  0x11, CardFixtures.TEXT_PIN, 0x14, h.myNumber(), 0x15, h.verificationNumberB()),
              Map.of(0x11, 3, 0x14, 10, 0x15, 10),
              new int[] {0x01, 0x02, 0x03, 0x11, 0x14, 0x15});
      case "kenmen" ->
          new Target(
              Aids.KENMEN,
              Map.of(0x11, h.eraBirthDate(), 0x12, h.verificationNumberB(), 0x13, h.myNumber()),
              Map.of(0x11, 10, 0x12, 10, 0x13, 10),
              new int[] {0x01, 0x02, 0x03, 0x05, 0x11, 0x12, 0x13});
      case "juki" ->
          new Target(
              Aids.JUKI, Map.of(0x1C, CardFixtures.JUKI_PIN), Map.of(0x1C, 3), new int[] {0x1C});
      default -> throw new IllegalArgumentException(ap);
    };
  }

  /** Well-formed commands of every kind the AP knows, with wrong secrets only. */
  private static List<byte[]> corpus(Target t, SplittableRandom random) {
    List<byte[]> c = new ArrayList<>();
    c.add(new CommandAPDU(0x00, 0xA4, 0x04, 0x0C, t.aid()).getBytes());
    c.add(
        new CommandAPDU(0x00, 0xA4, 0x04, 0x0C, new byte[] {(byte) 0xA0, 0, 0, 1, 0x51})
            .getBytes());
    for (int fid : t.fids()) {
      c.add(new CommandAPDU(0x00, 0xA4, 0x02, 0x0C, new byte[] {0, (byte) fid}).getBytes());
      c.add(new CommandAPDU(0x00, 0xB0, 0x80 | fid, 0x00, 256).getBytes());
    }
    for (int off : new int[] {0, 4, 0xFF, 0x100, 0x500, 0x7FFF}) {
      c.add(new CommandAPDU(0x00, 0xB0, off >> 8, off & 0xFF, 256).getBytes());
      c.add(new CommandAPDU(0x00, 0xB0, off >> 8, off & 0xFF, 4).getBytes());
    }
    c.add(new byte[] {0x00, 0x20, 0x00, (byte) 0x80});
    for (int len : new int[] {4, 6, 12, 14, 16}) {
      byte[] wrong = new byte[len];
      for (int i = 0; i < len; i++) {
        wrong[i] = (byte) ('A' + random.nextInt(26)); // letters: never one of the secrets
      }
      c.add(new CommandAPDU(0x00, 0x20, 0x00, 0x80, wrong).getBytes());
      c.add(new CommandAPDU(0x00, 0x24, 0x01, 0x80, wrong).getBytes());
      c.add(new CommandAPDU(0x80, 0x32, 0x00, 0x80, wrong).getBytes());
    }
    byte[] di = CardClient.sha256DigestInfo(new byte[32]);
    c.add(new CommandAPDU(0x80, 0x2A, 0x00, 0x80, di, 256).getBytes());
    c.add(new CommandAPDU(0x80, 0x2A, 0x00, 0x97, new byte[245], 256).getBytes());
    c.add(new CommandAPDU(0x00, 0xC0, 0x00, 0x00, 256).getBytes());
    c.add(new CommandAPDU(0x80, 0x50, 0x00, 0x00, new byte[8], 256).getBytes());
    c.add(new CommandAPDU(0x84, 0x82, 0x00, 0x00, new byte[16]).getBytes());
    c.add(new CommandAPDU(0x84, 0xD6, 0x00, 0x00, new byte[40]).getBytes());
    c.add(new CommandAPDU(0x84, 0x0E, 0x00, 0x00, new byte[8]).getBytes());
    c.add(new CommandAPDU(0x84, 0x46, 0x00, 0x17, new byte[8], 256).getBytes());
    c.add(new CommandAPDU(0x84, 0x24, 0x00, 0x18, new byte[24]).getBytes());
    c.add(new CommandAPDU(0x84, 0xF0, 0x00, 0x0F, new byte[8]).getBytes());
    c.add(new CommandAPDU(0x80, 0xB8, 0x00, 0x00, new byte[] {5, 1, 2, 3, 4, 5, 0}).getBytes());
    return c;
  }

  private static Set<ByteBuffer> privateWindows(MynaCard card) {
    Set<ByteBuffer> windows = new HashSet<>();
    for (short k = 0; k < 2; k++) {
      byte[] m = card.jpkiAppletForLeakTests().privateKeyMaterialForLeakTests(k);
      assertThat(m.length).as("key %d generated", k).isGreaterThan(600);
      for (int i = 0; i + 16 <= m.length; i++) {
        windows.add(ByteBuffer.wrap(Arrays.copyOfRange(m, i, i + 16)));
      }
    }
    return windows;
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static String hex(byte[] b) {
    return java.util.HexFormat.of().withUpperCase().formatHex(b, 0, Math.min(b.length, 40))
        + (b.length > 40 ? "…" : "");
  }
}
