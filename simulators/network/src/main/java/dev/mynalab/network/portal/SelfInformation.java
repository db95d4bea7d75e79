package dev.mynalab.network.portal;

import java.util.Map;

/** 自己情報: what one agency holds of one item about the logged-in person, with the record entry. */
public record SelfInformation(
    String agency,
    String agencyJa,
    String item,
    String outcome,
    long recordSeq,
    Map<String, String> data) {}
