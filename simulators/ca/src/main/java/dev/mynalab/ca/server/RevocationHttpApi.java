package dev.mynalab.ca.server;

import dev.mynalab.ca.JpkiCertificateAuthority;
import dev.mynalab.ca.access.RegisteredVerifier;
import dev.mynalab.ca.access.VerifierRegistry;
import dev.mynalab.ca.crl.CrlPartition;
import dev.mynalab.ca.crl.PublishedCrl;
import dev.mynalab.ca.ocsp.OcspAnswer;
import dev.mynalab.kit.http.HttpEndpoint;
import dev.mynalab.kit.http.HttpRequest;
import dev.mynalab.kit.http.HttpResponse;
import dev.mynalab.kit.problem.Problem;
import dev.mynalab.kit.problem.ProblemException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The protocol plane of the CAs over HTTP(S): OCSP (RFC 6960 Appendix A: POST of a DER request, GET
 * of its URL-encoded base64) and CRL download, for registered verifiers only.
 *
 * <ul>
 *   <li>{@code POST /ocsp}, {@code GET /ocsp/<base64>} → {@code application/ocsp-response}; every
 *       problem is an OCSP status (malformedRequest, unauthorized …) with HTTP 200, never a 500;
 *   <li>{@code GET /crl/} → the JSON index of the partitions the caller may fetch; {@code GET
 *       /crl/<partition>.crl} and {@code /crl/<partition>-delta.crl} → DER {@code
 *       application/pkix-crl}; an unregistered or not entitled caller gets 403.
 * </ul>
 */
public final class RevocationHttpApi {

  /** Larger OCSP requests are refused as malformed (a request for 32 CertIDs is ~2 KB). */
  public static final int MAX_OCSP_REQUEST = 16 * 1024;

  private static final String OCSP_RESPONSE = "application/ocsp-response";

  private final JpkiCertificateAuthority ca;
  private final VerifierRegistry verifiers;

  public RevocationHttpApi(JpkiCertificateAuthority ca, VerifierRegistry verifiers) {
    this.ca = ca;
    this.verifiers = verifiers;
  }

  /** Adds the routes to {@code builder}. */
  public HttpEndpoint.Builder routes(HttpEndpoint.Builder builder) {
    return builder
        .post("/ocsp", this::ocspPost)
        .get("/ocsp/", this::ocspGet)
        .get("/crl/", this::crl);
  }

  HttpResponse ocspPost(HttpRequest request) {
    if (request.body().length > MAX_OCSP_REQUEST) {
      return ocsp(ca.ocsp().respond(new byte[0], p -> false), false);
    }
    return ocsp(
        ca.ocsp().respond(request.body(), p -> verifiers.mayQuery(request.clientCertificates(), p)),
        false);
  }

  HttpResponse ocspGet(HttpRequest request) {
    String raw = request.uri().getRawPath().substring("/ocsp/".length());
    byte[] der = decode(raw);
    return ocsp(
        ca.ocsp().respond(der, p -> verifiers.mayQuery(request.clientCertificates(), p)), true);
  }

  private static byte[] decode(String raw) {
    if (raw.isEmpty() || raw.length() > MAX_OCSP_REQUEST * 2) {
      return new byte[0];
    }
    try {
      String text = URLDecoder.decode(raw, StandardCharsets.US_ASCII);
      try {
        return Base64.getDecoder().decode(text);
      } catch (IllegalArgumentException e) {
        return Base64.getUrlDecoder().decode(text);
      }
    } catch (IllegalArgumentException e) {
      return new byte[0]; // the responder answers malformedRequest
    }
  }

  private static HttpResponse ocsp(OcspAnswer answer, boolean get) {
    HttpResponse response = HttpResponse.bytes(200, OCSP_RESPONSE, answer.der());
    if (get && answer.maxAgeSeconds() > 0) {
      // RFC 5019 §6.2; private: the data is for registered verifiers only
      response =
          response.withHeader(
              "Cache-Control",
              "max-age=" + answer.maxAgeSeconds() + ", private, no-transform, must-revalidate");
    } else {
      response = response.withHeader("Cache-Control", "no-store");
    }
    return response;
  }

  HttpResponse crl(HttpRequest request) {
    RegisteredVerifier verifier =
        verifiers
            .identify(request.clientCertificates())
            .orElseThrow(
                () ->
                    new ProblemException(
                        Problem.forbidden(
                            "revocation data is served to registered verifiers only"
                                + " (署名検証者, 利用者証明検証者, プラットフォーム事業者)")));
    String name = request.path().substring("/crl/".length());
    if (name.isEmpty()) {
      return HttpResponse.ok(index(verifier));
    }
    if (!name.endsWith(".crl")) {
      throw new ProblemException(Problem.notFound("no such CRL: " + name));
    }
    String stem = name.substring(0, name.length() - 4);
    boolean delta = stem.endsWith("-delta");
    String id = delta ? stem.substring(0, stem.length() - "-delta".length()) : stem;
    Optional<CrlPartition> partition = ca.crls().partition(id);
    if (partition.isEmpty() || (delta && partition.get().isArl())) {
      throw new ProblemException(Problem.notFound("no such CRL: " + name));
    }
    if (!verifier.role().mayQuery(partition.get().issuer().purpose())) {
      throw new ProblemException(
          Problem.forbidden(
              verifier.role().japanese()
                  + " may not fetch "
                  + partition.get().issuer().purpose().code()
                  + " revocation data"));
    }
    PublishedCrl crl = delta ? ca.crls().delta(partition.get()) : ca.crls().full(partition.get());
    return HttpResponse.bytes(200, "application/pkix-crl", crl.der());
  }

  private List<Map<String, Object>> index(RegisteredVerifier verifier) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (CrlPartition p : ca.crls().partitions()) {
      if (!verifier.role().mayQuery(p.issuer().purpose())) {
        continue;
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", p.id());
      entry.put("purpose", p.issuer().purpose().code());
      entry.put("issuer", p.issuer().label());
      entry.put("issuerKeyId", p.issuer().keyIdHex());
      entry.put("municipality", p.isArl() ? null : p.municipality().code());
      entry.put("distributionPoint", p.distributionPoint().toString());
      entry.put("full", "/crl/" + p.id() + ".crl");
      entry.put("delta", p.isArl() ? null : "/crl/" + p.id() + "-delta.crl");
      list.add(entry);
    }
    return list;
  }
}
