package dev.mynalab.network.portal;

/**
 * One line of the person's やりとり履歴 (情報提供等の記録) in マイナポータル: who asked whom for what, on which legal
 * basis, and how it ended — refused attempts included.
 */
public record ExchangeView(
    long seq,
    String at,
    String requester,
    String requesterJa,
    String provider,
    String providerJa,
    String procedure,
    String item,
    String itemJa,
    String outcome,
    String outcomeJa,
    String legalBasis,
    String citation) {}
