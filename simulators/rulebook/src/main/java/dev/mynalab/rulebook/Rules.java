package dev.mynalab.rulebook;

import java.time.LocalDate;
import java.util.List;

/**
 * The catalogue of rules the rule book applies, with their effective dates and sources (copied from
 * reference/domain-rules.md; a rule that changed on a date appears once per version).
 */
final class Rules {

  private Rules() {}

  static final LocalDate MINORS_18_FROM = LocalDate.of(2022, 4, 1);
  static final LocalDate OVERSEAS_USE_FROM = LocalDate.of(2024, 5, 27);
  static final LocalDate MY_NUMBERS_FROM = LocalDate.of(2015, 10, 5);
  static final LocalDate RETENTION_150_FROM = LocalDate.of(2019, 6, 20);
  static final LocalDate RETENTION_150_COVERS_FROM = LocalDate.of(2014, 6, 20);
  static final LocalDate ANDROID_PHONE_CERTIFICATES_FROM = LocalDate.of(2023, 5, 11);
  static final LocalDate IPHONE_MY_NUMBER_CARD_FROM = LocalDate.of(2025, 6, 24);
  static final LocalDate PHONE_HEALTH_INSURANCE_FROM = LocalDate.of(2025, 9, 19);

  private static final String CARD_SRC =
      "命令 (個人番号カードの有効期間); https://www.city.osakasayama.osaka.jp/sosiki/siminseikatsubu/shiminmadoguchigurupu/news/1647393067584.html";
  private static final String CV02_SRC =
      "民法改正 平成30年法律第59号; https://www.city.yonago.lg.jp/37694.htm";
  private static final String EC_SRC =
      "https://www.city.higashimurayama.tokyo.jp/faq/kurashi/koseki/juki/jnet_q_005.html";
  private static final String MV_SRC =
      "住基法 第24条の2; http://www.city.kuwana.lg.jp/index.cfm/24,57026,225,353,html";
  private static final String OS_SRC =
      "令和元年法律第16号 (デジタル手続法); https://www.city.kasugai.lg.jp/kurashi/todoke/1001910/1034610.html";
  private static final String RT_SRC =
      "住基法施行令 (令和元年改正); https://www.city.matsudo.chiba.jp/kurashi/todokede/shoumeisho/hozonkikan.html";
  private static final String AG_SRC = "年齢計算ニ関スル法律 (明治35年法律第50号), 民法 第143条";

  static final List<Rule> ALL =
      List.of(
          new Rule("AG-01", "年齢は出生の日から起算し、誕生日の前日24時に加算", null, null, AG_SRC),
          new Rule(
              "AG-02", "有効期限は誕生日そのもの; 年齢判定は別 (parameter dayBeforeBirthday)", null, null, AG_SRC),
          new Rule("AG-03", "2月29日生まれの誕生日 (parameter leapDayBirthday)", null, null, AG_SRC),
          new Rule(
              "CV-01", "カードは発行の日後10回目の誕生日まで (未成年は5回目)", LocalDate.of(2016, 1, 1), null, CARD_SRC),
          new Rule(
              "CV-02",
              "未成年 = 20歳未満 (申請受付日が2022-03-31以前)",
              LocalDate.of(2016, 1, 1),
              MINORS_18_FROM.minusDays(1),
              CV02_SRC),
          new Rule("CV-02", "未成年 = 18歳未満 (申請受付日が2022-04-01以降)", MINORS_18_FROM, null, CV02_SRC),
          new Rule("CV-03", "発行の日当日の誕生日は数えない (発行の日後)", LocalDate.of(2016, 1, 1), null, CARD_SRC),
          new Rule(
              "EC-01",
              "電子証明書は発行の日後5回目の誕生日まで; カードの有効期限・在留期間を超えない",
              LocalDate.of(2016, 1, 1),
              null,
              EC_SRC),
          new Rule("EC-02", "有効期間満了の3か月前以降の更新は6回目の誕生日まで", LocalDate.of(2016, 1, 1), null, EC_SRC),
          new Rule(
              "EC-04",
              "氏名・住所・生年月日・性別の変更で署名用電子証明書は失効",
              LocalDate.of(2016, 1, 1),
              null,
              "http://www.town.fuchu.hiroshima.jp/site/e-certificate/4490.html"),
          new Rule(
              "SP-01",
              "Androidのスマホ用電子証明書 (署名用・利用者証明用) はカードの署名用電子証明書とパスワードで搭載",
              ANDROID_PHONE_CERTIFICATES_FROM,
              null,
              "https://www.watch.impress.co.jp/docs/topic/1499103.html"),
          new Rule(
              "SP-02",
              "iPhoneのマイナンバーカード: 券面事項入力補助用暗証番号と署名用パスワードで設定、Face ID/Touch IDで利用",
              IPHONE_MY_NUMBER_CARD_FROM,
              null,
              "https://pocketsign.co.jp/blog/28"),
          new Rule(
              "SP-03",
              "スマートフォンの健康保険証利用 (対応リーダーを追加した医療機関等)",
              PHONE_HEALTH_INSURANCE_FROM,
              null,
              "https://ascii.jp/elem/000/004/316/4316751/"),
          new Rule(
              "SP-04",
              "スマホ用電子証明書の有効期間と基本4情報の変更時の扱い: 未確認 (parameter phoneCertificatesFollowCard)",
              null,
              null,
              "https://joruri-cms.city.hakodate.hokkaido.jp/docs/2024060400028"),
          new Rule(
              "LV-02", "死亡でカード失効 (両証明書失効)", null, null, "https://dempa-digital.com/article/702548"),
          new Rule(
              "LV-03",
              "国外転出でカード失効・返納 (2024-05-26まで)",
              null,
              OVERSEAS_USE_FROM.minusDays(1),
              "https://www.city.kasugai.lg.jp/kurashi/todoke/1001910/1034610.html"),
          new Rule("LV-06", "個人番号・住民票コードの変更、転入期限の徒過でカード失効", null, null, "番号法 第7条; 住基法 第30条の4"),
          new Rule(
              "MN-03",
              "個人番号は他のすべての個人番号 (変更前のものを含む) と異なる",
              LocalDate.of(2015, 10, 5),
              null,
              "番号法 第8条 第2項"),
          new Rule(
              "MN-05",
              "漏えいのおそれがあるときの個人番号の変更; 旧番号は再利用しない; カード失効",
              LocalDate.of(2015, 10, 5),
              null,
              "番号法 第7条 第2項; 令 第3条"),
          new Rule("MN-06", "住民票コードの変更; 個人番号は不変; カード失効", null, null, "住基法 第30条の4"),
          new Rule("MV-01", "転居届は14日以内; 署名用電子証明書は失効", LocalDate.of(2016, 1, 1), null, MV_SRC),
          new Rule(
              "MV-03",
              "転入届は転入日から14日以内かつ転出予定日から30日以内; 徒過でカード失効",
              LocalDate.of(2016, 1, 1),
              null,
              MV_SRC),
          new Rule(
              "MV-04", "カードを提出せず転入届から90日経過 (又は再転出) でカード失効", LocalDate.of(2016, 1, 1), null, MV_SRC),
          new Rule("OS-01", "国外転出後の継続利用 (日本国籍・出国予定日の前日までに手続)", OVERSEAS_USE_FROM, null, OS_SRC),
          new Rule("OS-02", "国外転出で署名用電子証明書は出国日に失効; 利用者証明用は継続", OVERSEAS_USE_FROM, null, OS_SRC),
          new Rule(
              "OS-03",
              "2015-10-05以後に出国しカードを持たない日本国民は国外から申請でき、在外公館等で受け取る",
              OVERSEAS_USE_FROM,
              null,
              "https://www.kojinbango-card.go.jp/apprec/abroad/other/"),
          new Rule("RT-01", "除票の保存期間 5年", null, RETENTION_150_FROM.minusDays(1), RT_SRC),
          new Rule(
              "RT-01", "除票の保存期間 150年 (2014-06-20以降に消除されたものから)", RETENTION_150_FROM, null, RT_SRC));
}
