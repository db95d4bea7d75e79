package dev.mynalab.relyingparty.mynumber;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One row of the table of who may obtain a My Number for what (fixture {@code mynumber-use.yaml}).
 *
 * @param field the 分野 (社会保障・税・災害対策; なし when outside them)
 * @param basis the articles that allow or forbid it (番号法 第9条 / 第15条 / 第19条 / 第20条 …)
 */
public record UseRule(
    String entity,
    @JsonProperty("entity_ja") String entityJa,
    String purpose,
    @JsonProperty("purpose_ja") String purposeJa,
    String field,
    boolean allowed,
    String basis) {}
