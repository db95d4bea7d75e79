package dev.mynalab.network.exchange;

/**
 * A request for information about one person (情報照会), as the requesting agency writes it: its own
 * 機関別符号 for the person, the procedure (事務) it performs, the item and the agency asked. Fields are
 * raw text because they come from outside; the network validates them and points at the bad one.
 * The requester is not part of the body: it is who the network authenticated.
 */
public record ExchangeRequest(String subjectCode, String procedure, String item, String provider) {}
