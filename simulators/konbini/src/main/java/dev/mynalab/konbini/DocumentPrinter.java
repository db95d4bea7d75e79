package dev.mynalab.konbini;

import dev.mynalab.registry.resident.FuhyoEntry;
import dev.mynalab.registry.resident.RecordPeriod;
import dev.mynalab.registry.resident.Resident;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a document's content from the registry's facts at the moment of issue (CS-01: the 住民票の写し
 * printed carries the registry's current facts). What the registry does not model (印影, tax amounts,
 * the 戸籍's 身分事項) is said to be not simulated instead of invented.
 */
final class DocumentPrinter {

  private DocumentPrinter() {}

  static Map<String, String> content(Resident r, Document d, LocalDate today) {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("氏名", r.name().text());
    c.put("生年月日", r.birthDate().toString());
    switch (d) {
      case JUMINHYO, JUMINHYO_KISAI_JIKO -> {
        c.put("性別", r.sex().japanese());
        c.put("住所", r.address());
        if (d == Document.JUMINHYO) {
          c.put("世帯", r.household() == null ? "" : r.household());
        }
        r.records().stream()
            .filter(p -> !p.removed())
            .reduce((a, b) -> b)
            .map(RecordPeriod::from)
            .ifPresent(from -> c.put("住民となった年月日", from.toString()));
      }
      case INKAN -> {
        c.put("住所", r.address());
        c.put("印影", "（模擬しない）");
      }
      case TAX -> {
        c.put("住所", r.address());
        int fiscalYear = today.getMonthValue() >= 6 ? today.getYear() : today.getYear() - 1;
        c.put("年度", Integer.toString(fiscalYear));
        c.put("所得・税額", "（模擬しない）");
      }
      case KOSEKI -> {
        c.put("本籍", r.honseki().address());
        c.put("身分事項", "（模擬しない）");
      }
      case FUHYO -> {
        c.put("本籍", r.honseki().address());
        c.put(
            "住所の履歴",
            r.fuhyo().stream().map(DocumentPrinter::line).collect(Collectors.joining(" / ")));
      }
      default -> throw new IllegalStateException("unknown document " + d);
    }
    return c;
  }

  private static String line(FuhyoEntry e) {
    return e.address() + "（" + e.from() + "）";
  }
}
