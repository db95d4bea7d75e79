package dev.mynalab.konbini;

import java.time.Instant;
import java.util.Map;

/**
 * What the multifunction copier prints: the document, the issuing municipality, when, where, and
 * its content as of the moment of issue (from the registry). Content keys are the Japanese field
 * names printed on the document.
 *
 * @param serial the centre's serial of this issue (for the 改ざん防止 check number on the paper)
 */
public record IssuedDocument(
    String serial,
    Document document,
    String municipality,
    String municipalityName,
    String store,
    Instant issuedAt,
    Map<String, String> content) {}
