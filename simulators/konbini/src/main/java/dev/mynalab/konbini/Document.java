package dev.mynalab.konbini;

import java.util.Arrays;
import java.util.Optional;

/**
 * The documents a convenience store can print (CS-01; seed 「コンビニ交付サービス」の普及拡大について: 取得できる証明書). Which
 * ones a municipality offers is data ({@link MunicipalOfferings}); who keeps the record decides
 * which municipality issues: the 住所地 for the 住民票 family, 印鑑 and tax, the 本籍地 for the 戸籍 and the
 * 戸籍の附票.
 */
public enum Document {
  JUMINHYO("住民票の写し", Keeper.ADDRESS),
  JUMINHYO_KISAI_JIKO("住民票記載事項証明書", Keeper.ADDRESS),
  INKAN("印鑑登録証明書", Keeper.ADDRESS),
  TAX("課税・所得・納税証明書", Keeper.ADDRESS),
  KOSEKI("戸籍証明書", Keeper.HONSEKI),
  FUHYO("戸籍の附票の写し", Keeper.HONSEKI);

  /** The municipality that keeps the record a document certifies. */
  public enum Keeper {
    /** 住所地: the municipality whose 住民基本台帳 records the person. */
    ADDRESS,
    /** 本籍地: the municipality that keeps the 戸籍 and the 戸籍の附票. */
    HONSEKI
  }

  private final String japaneseName;
  private final Keeper keeper;

  Document(String japaneseName, Keeper keeper) {
    this.japaneseName = japaneseName;
    this.keeper = keeper;
  }

  public String japaneseName() {
    return japaneseName;
  }

  public Keeper keeper() {
    return keeper;
  }

  /** By its Japanese name or its identifier (case-insensitive). */
  public static Optional<Document> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return Arrays.stream(values())
        .filter(d -> d.japaneseName.equals(text) || d.name().equalsIgnoreCase(text))
        .findFirst();
  }
}
