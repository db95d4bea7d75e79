package dev.mynalab.card.applet;

import javacard.framework.Shareable;

/**
 * The 住基AP's shareable interface: whether the holder entered the 住基 PIN since power-on. Other APs
 * ask it before a post-issuance rewrite that the law makes subject to the holder's PIN (the new
 * address written in the 追記 record at 転入, domain-rules.md PN-01 (c)).
 */
public interface HolderConsentSource extends Shareable {

  boolean holderPinVerified();
}
