package dev.mynalab.network.exchange;

import static dev.mynalab.network.TestWorld.HANAKO;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.kit.random.WorldSeed;
import dev.mynalab.network.TestWorld;
import dev.mynalab.network.codes.AgencyCode;
import dev.mynalab.network.exchange.LogVerifier.Status;
import dev.mynalab.network.exchange.LogVerifier.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The record verifies when intact and names the first bad entry for every kind of tampering. */
class LogVerifierTest {

  private final TestWorld world = new TestWorld();
  private List<String> lines;

  @BeforeEach
  void tenExchanges() {
    world.holds("kou-city.tax", HANAKO, "local-tax", Map.of("課税区分", "課税"));
    AgencyCode care = world.code("otsu-city.care", HANAKO);
    for (int i = 0; i < 10; i++) {
      String item = i % 3 == 0 ? "pension-benefit" : "local-tax";
      String provider = i % 3 == 0 ? "health-insurance-society" : "kou-city.tax";
      world.network.request(
          "otsu-city.care",
          new ExchangeRequest(care.value(), "care-insurance-premium", item, provider));
    }
    lines = new ArrayList<>(world.network.log().exportText().lines().toList());
  }

  private Verdict verify(List<String> text) {
    return new LogVerifier(Optional.empty()).verify(text);
  }

  private static String edit(String line, String key, Object value) {
    Map<String, Object> fields = CanonicalJson.parse(line);
    fields.put(key, value);
    return CanonicalJson.text(fields);
  }

  @Test
  void anIntactRecordVerifiesWithItsCheckpointsAndSeal() {
    Verdict verdict = verify(lines);
    assertThat(verdict.status()).isEqualTo(Status.INTACT);
    assertThat(verdict.entries()).isEqualTo(lines.size() - 1);
    assertThat(verdict.checkpoints()).isGreaterThanOrEqualTo(2);
    assertThat(lines.get(lines.size() - 1)).contains("\"kind\":\"seal\"");
  }

  @Test
  void pinningTheOperatorsKeyVerifiesAndAnotherKeyDoesNot() {
    var key = world.network.log().signer().publicKey();
    assertThat(new LogVerifier(Optional.of(key)).verify(lines).intact()).isTrue();
    var other = new LogSigner(WorldSeed.of(999)).publicKey();
    Verdict verdict = new LogVerifier(Optional.of(other)).verify(lines);
    assertThat(verdict.status()).isEqualTo(Status.TAMPERED);
    assertThat(verdict.reason()).contains("not the pinned key");
  }

  @Test
  void aChangedFieldIsNamedAtItsEntry() {
    lines.set(2, edit(lines.get(2), "outcome", "REFUSED_NO_LEGAL_BASIS"));
    Verdict verdict = verify(lines);
    assertThat(verdict.status()).isEqualTo(Status.TAMPERED);
    assertThat(verdict.badSeq()).isEqualTo(3L);
    assertThat(verdict.reason()).contains("does not match its hash");
  }

  @Test
  void aChangedFieldWithARecomputedHashBreaksTheNextLink() {
    Map<String, Object> fields = CanonicalJson.parse(lines.get(2));
    fields.put("requester", "pension-office");
    fields.put(LogEntry.HASH, CanonicalJson.sha256(fields, LogEntry.HASH));
    lines.set(2, CanonicalJson.text(fields));
    Verdict verdict = verify(lines);
    assertThat(verdict.status()).isEqualTo(Status.TAMPERED);
    assertThat(verdict.badSeq()).isEqualTo(4L);
    assertThat(verdict.reason()).contains("prev does not match the hash of entry 3");
  }

  @Test
  void aDeletedEntryIsNamed() {
    lines.remove(4);
    Verdict verdict = verify(lines);
    assertThat(verdict.status()).isEqualTo(Status.TAMPERED);
    assertThat(verdict.badSeq()).isEqualTo(5L);
    assertThat(verdict.reason()).contains("removed, inserted or reordered");
  }

  @Test
  void reorderedEntriesAreNamed() {
    Collections.swap(lines, 5, 6);
    Verdict verdict = verify(lines);
    assertThat(verdict.status()).isEqualTo(Status.TAMPERED);
    assertThat(verdict.badSeq()).isEqualTo(6L);
  }

  @Test
  void aTruncatedTailIsDetectedByTheMissingSeal() {
    List<String> truncated = lines.subList(0, 7);
    Verdict verdict = verify(truncated);
    assertThat(verdict.status()).isEqualTo(Status.TAMPERED);
    assertThat(verdict.badSeq()).isEqualTo(8L);
    assertThat(verdict.reason()).contains("truncated");
  }

  @Test
  void aTruncatedTailWithTheSealKeptIsDetectedByTheSealsCount() {
    List<String> cut = new ArrayList<>(lines.subList(0, 7));
    cut.add(lines.get(lines.size() - 1));
    Verdict verdict = verify(cut);
    assertThat(verdict.status()).isEqualTo(Status.TAMPERED);
    assertThat(verdict.reason()).contains("seal").contains("truncated");
  }

  @Test
  void aForgedSealOrCheckpointFailsItsSignature() {
    int last = lines.size() - 1;
    lines.set(last, edit(lines.get(last), "count", 99L));
    assertThat(verify(lines).reason()).contains("bad signature");
  }

  @Test
  void aCheckpointWhoseSignatureWasAlteredIsNamed() {
    int index = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("\"kind\":\"checkpoint\"")) {
        index = i;
        break;
      }
    }
    Map<String, Object> fields = CanonicalJson.parse(lines.get(index));
    fields.put(LogEntry.SIGNATURE, new LogSigner(WorldSeed.of(5)).sign(new byte[] {1}));
    fields.put(LogEntry.HASH, CanonicalJson.sha256(fields, LogEntry.HASH));
    lines.set(index, CanonicalJson.text(fields));
    Verdict verdict = verify(lines);
    assertThat(verdict.status()).isEqualTo(Status.TAMPERED);
    assertThat(verdict.badSeq()).isEqualTo((long) index + 1);
    assertThat(verdict.reason()).contains("checkpoint").contains("bad signature");
  }

  @Test
  void reformattingWithoutChangingValuesStillVerifies() throws Exception {
    Map<String, Object> reversed = new java.util.LinkedHashMap<>();
    List<String> keys = new ArrayList<>(CanonicalJson.parse(lines.get(1)).keySet());
    Collections.reverse(keys);
    Map<String, Object> fields = CanonicalJson.parse(lines.get(1));
    keys.forEach(k -> reversed.put(k, fields.get(k)));
    String reordered =
        new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(reversed);
    assertThat(reordered).isNotEqualTo(lines.get(1));
    lines.set(1, "  " + reordered + "  ");
    assertThat(verify(lines).intact()).isTrue();
  }

  @Test
  void aTypeChangeIsTampering() {
    lines.set(1, lines.get(1).replace("\"seq\":2", "\"seq\":\"2\""));
    assertThat(verify(lines).status()).isEqualTo(Status.TAMPERED);
  }

  @Test
  void garbageOrEmptyIsUnreadable() {
    assertThat(verify(List.of()).status()).isEqualTo(Status.UNREADABLE);
    assertThat(verify(List.of("not json")).status()).isEqualTo(Status.UNREADABLE);
    lines.set(3, "{\"seq\": [1,2]}");
    Verdict verdict = verify(lines);
    assertThat(verdict.status()).isEqualTo(Status.UNREADABLE);
    assertThat(verdict.line()).isEqualTo(4);
  }
}
