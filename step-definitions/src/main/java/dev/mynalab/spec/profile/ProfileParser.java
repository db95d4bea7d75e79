package dev.mynalab.spec.profile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynalab.card.personalisation.HolderData;
import dev.mynalab.card.personalisation.Pins;
import dev.mynalab.card.personalisation.TestHolders;
import dev.mynalab.kit.clock.WorldClock;
import dev.mynalab.kit.fixtures.Json;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a systems-under-test profile (YAML). Strict: an unknown or misspelt key, a wrong type, a
 * missing file fail with a {@link ProfileException} naming the field; relative paths are resolved
 * against the profile's own directory. Only the file is checked here — whether a reader is present
 * or a class loads is checked when the systems are opened ({@code SystemsUnderTest.open}), still
 * before anything runs.
 *
 * <pre>
 * card: reference                       # | {pcsc: {...}} | {applets: {...}}
 * verifier: reference                   # | {http: {url: https://…, clientCertificate, clientKey, trust,
 *                                       #           trustExport: DIR, prepare: [argv…], prepareTimeout: 60}}
 *                                       # | {adapter: {class: com.vendor.MyAdapter, classpath: [a.jar]}}
 * client: opensc                        # | {command: [pkcs15-tool, …], expectExit: 0, expectOutput: "…"}
 * ics: my-ics.yaml                      # N/A declarations (reports/README.md)
 * </pre>
 */
public final class ProfileParser {

  /** The applications a vendor may replace, by their profile names (card-interface.md §1). */
  public static final Set<String> APPLICATIONS = Set.of("jpki", "text", "face", "juki");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

  private ProfileParser() {}

  /** Parses {@code file}; every problem is a {@link ProfileException}. */
  public static SutProfile read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ProfileException("--profile", "no such file: " + file);
    }
    JsonNode root;
    try {
      root = Json.yaml().readTree(file.toFile());
    } catch (IOException e) {
      throw new ProfileException("--profile", file + " is not valid YAML: " + e.getMessage(), e);
    }
    Path base = file.toAbsolutePath().getParent();
    return parse(root, base, file);
  }

  static SutProfile parse(JsonNode root, Path base, Path source) {
    if (root == null || root.isNull() || root.isMissingNode()) {
      return new SutProfile(
          new SutProfile.ReferenceCard(),
          new SutProfile.ReferenceVerifier(),
          Optional.empty(),
          Optional.empty(),
          Optional.ofNullable(source));
    }
    Node r = new Node(root, "");
    r.requireObject();
    r.onlyKeys("card", "verifier", "client", "ics");
    SutProfile.Card card =
        r.has("card") ? card(r.get("card"), base) : new SutProfile.ReferenceCard();
    SutProfile.Verifier verifier =
        r.has("verifier") ? verifier(r.get("verifier"), base) : new SutProfile.ReferenceVerifier();
    Optional<SutProfile.Client> client =
        r.has("client") ? Optional.of(client(r.get("client"))) : Optional.empty();
    Optional<Path> ics = r.has("ics") ? Optional.of(r.get("ics").file(base)) : Optional.empty();
    return new SutProfile(card, verifier, client, ics, Optional.ofNullable(source));
  }

  private static SutProfile.Card card(Node n, Path base) {
    if (n.isText()) {
      if (n.text().equals("reference")) {
        return new SutProfile.ReferenceCard();
      }
      throw n.error("must be reference, {pcsc: …} or {applets: …}, got '" + n.text() + "'");
    }
    String kind = n.oneKindOf("pcsc", "applets");
    Node k = n.get(kind);
    k.requireObject();
    if (kind.equals("pcsc")) {
      k.onlyKeys("reader", "pins", "holder", "certificates", "issuerSeed");
      Node pins = k.get("pins");
      pins.onlyKeys("auth", "sign", "text", "juki");
      Pins p;
      try {
        String auth = pins.get("auth").text();
        p =
            new Pins(
                auth,
                pins.get("sign").text(),
                pins.has("text") ? pins.get("text").text() : auth,
                pins.has("juki") ? pins.get("juki").text() : auth);
      } catch (IllegalArgumentException e) {
        if (e instanceof ProfileException pe) {
          throw pe;
        }
        throw pins.error(e.getMessage());
      }
      // checked when the card is opened, so that example profiles parse before a card was served
      Path certs = k.get("certificates").path(base);
      Optional<Long> seed =
          k.has("issuerSeed") ? Optional.of(k.get("issuerSeed").longValue()) : Optional.empty();
      return new SutProfile.PcscCard(
          k.get("reader").text(), p, holder(k.get("holder")), certs, seed);
    }
    k.onlyKeys("classes", "classpath");
    Node classes = k.get("classes");
    classes.requireObject();
    Map<String, String> names = new LinkedHashMap<>();
    for (String app : List.of("jpki", "text", "face", "juki")) {
      names.put(app, classes.get(app).text());
    }
    classes.onlyKeys(APPLICATIONS.toArray(String[]::new));
    List<Path> cp = new ArrayList<>();
    if (k.has("classpath")) {
      Node list = k.get("classpath");
      int i = 0;
      for (Node e : list.elements()) {
        cp.add(e.path(base)); // checked when the classes are loaded
        i++;
      }
      if (i == 0) {
        throw list.error("must list at least one jar or directory");
      }
    }
    return new SutProfile.AppletsCard(
        java.util.Collections.unmodifiableMap(names), List.copyOf(cp));
  }

  private static HolderData holder(Node n) {
    n.requireObject();
    if (n.has("fixture")) {
      n.onlyKeys("fixture", "issuedOn");
      TestHolders holders = TestHolders.load();
      String key = n.get("fixture").text();
      if (!holders.keys().contains(key)) {
        throw n.get("fixture").error("no holder '" + key + "' in " + TestHolders.PATH);
      }
      Node on = n.get("issuedOn");
      // "today": issued by `card serve` on the host's date (its clock runs)
      LocalDate date = on.text().equals("today") ? WorldClock.running().today() : on.date();
      return holders.get(key).issuedOn(date);
    }
    n.onlyKeys(
        "name",
        "address",
        "dateOfBirth",
        "sex",
        "myNumber",
        "municipalityCode",
        "cardExpiry",
        "securityCode");
    try {
      return new HolderData(
          n.get("name").text(),
          n.get("address").text(),
          n.get("dateOfBirth").date(),
          (int) n.get("sex").longValue(),
          n.get("myNumber").text(),
          n.get("municipalityCode").text(),
          n.get("cardExpiry").date(),
          n.get("securityCode").text());
    } catch (ProfileException e) {
      throw e;
    } catch (RuntimeException e) {
      throw n.error(e.getMessage());
    }
  }

  private static SutProfile.Verifier verifier(Node n, Path base) {
    if (n.isText()) {
      if (n.text().equals("reference")) {
        return new SutProfile.ReferenceVerifier();
      }
      throw n.error("must be reference, {http: …} or {adapter: …}, got '" + n.text() + "'");
    }
    String kind = n.oneKindOf("http", "adapter");
    Node k = n.get(kind);
    k.requireObject();
    if (kind.equals("http")) {
      k.onlyKeys(
          "url",
          "clientCertificate",
          "clientKey",
          "trust",
          "trustExport",
          "prepare",
          "prepareTimeout");
      URI url;
      try {
        url = URI.create(k.get("url").text());
      } catch (IllegalArgumentException e) {
        throw k.get("url").error("not a URL: " + e.getMessage());
      }
      if (!"https".equals(url.getScheme()) || url.getHost() == null) {
        throw k.get("url").error("must be an https:// URL with a host, got '" + url + "'");
      }
      if (k.has("clientCertificate") != k.has("clientKey")) {
        throw k.error("clientCertificate and clientKey go together");
      }
      return new SutProfile.HttpVerifier(
          url,
          k.has("clientCertificate")
              ? Optional.of(k.get("clientCertificate").path(base))
              : Optional.empty(),
          k.has("clientKey") ? Optional.of(k.get("clientKey").path(base)) : Optional.empty(),
          k.has("trust") ? Optional.of(k.get("trust").path(base)) : Optional.empty(),
          k.has("trustExport") ? Optional.of(k.get("trustExport").path(base)) : Optional.empty(),
          prepare(k),
          prepareTimeout(k));
    }
    k.onlyKeys("class", "classpath");
    List<Path> cp = new ArrayList<>();
    if (k.has("classpath")) {
      for (Node e : k.get("classpath").elements()) {
        cp.add(e.path(base)); // checked when the adapter is loaded
      }
    }
    return new SutProfile.AdapterVerifier(k.get("class").text(), List.copyOf(cp));
  }

  /** {@code verifier.http.prepare}: a non-empty argv using only the known placeholders. */
  private static List<String> prepare(Node k) {
    if (!k.has("prepare")) {
      return List.of();
    }
    Node list = k.get("prepare");
    List<String> argv = new ArrayList<>();
    for (Node e : list.elements()) {
      String arg = e.text();
      Matcher m = PLACEHOLDER.matcher(arg);
      while (m.find()) {
        if (!SutProfile.HttpVerifier.PLACEHOLDERS.contains(m.group(1))) {
          throw e.error(
              "unknown placeholder ${"
                  + m.group(1)
                  + "} (known: ${"
                  + String.join("}, ${", SutProfile.HttpVerifier.PLACEHOLDERS)
                  + "})");
        }
      }
      argv.add(arg);
    }
    if (argv.isEmpty()) {
      throw list.error("must name a program");
    }
    return List.copyOf(argv);
  }

  private static Duration prepareTimeout(Node k) {
    if (!k.has("prepareTimeout")) {
      return SutProfile.HttpVerifier.DEFAULT_PREPARE_TIMEOUT;
    }
    Node t = k.get("prepareTimeout");
    if (!k.has("prepare")) {
      throw t.error("only with prepare");
    }
    long seconds = t.longValue();
    if (seconds < 1 || seconds > 3600) {
      throw t.error("must be 1..3600 (seconds), got " + seconds);
    }
    return Duration.ofSeconds(seconds);
  }

  private static SutProfile.Client client(Node n) {
    if (n.isText()) {
      if (n.text().equals("opensc")) {
        return OpenScClient.profile();
      }
      throw n.error("must be opensc or {command: […], expectExit: N, expectOutput: REGEX}");
    }
    n.requireObject();
    n.onlyKeys("name", "requirement", "command", "expectExit", "expectOutput");
    List<String> argv = new ArrayList<>();
    for (Node e : n.get("command").elements()) {
      argv.add(e.text());
    }
    if (argv.isEmpty()) {
      throw n.get("command").error("must name a program");
    }
    Optional<Pattern> pattern = Optional.empty();
    if (n.has("expectOutput")) {
      try {
        pattern = Optional.of(Pattern.compile(n.get("expectOutput").text()));
      } catch (PatternSyntaxException e) {
        throw n.get("expectOutput").error("not a regular expression: " + e.getDescription());
      }
    }
    int exit = n.has("expectExit") ? (int) n.get("expectExit").longValue() : 0;
    String requirement =
        n.has("requirement") ? n.get("requirement").text() : OpenScClient.REQUIREMENT;
    if (!requirement.matches("REQ-[A-Z0-9]+(-[A-Z0-9]+)*")) {
      throw n.get("requirement").error("must be a requirement ID such as REQ-CI-03");
    }
    String name = n.has("name") ? n.get("name").text() : argv.get(0);
    return new SutProfile.Client(
        name, List.of(new SutProfile.ClientCheck(requirement, List.copyOf(argv), exit, pattern)));
  }

  /** A YAML node with its dotted path, for errors that name the field. */
  private record Node(JsonNode json, String path) {

    ProfileException error(String message) {
      return new ProfileException(path.isEmpty() ? "profile" : path, message);
    }

    boolean isText() {
      return json.isTextual();
    }

    void requireObject() {
      if (!json.isObject()) {
        throw error("must be a mapping (key: value), got " + json.getNodeType());
      }
    }

    boolean has(String key) {
      return json.isObject() && json.has(key) && !json.get(key).isNull();
    }

    Node get(String key) {
      requireObject();
      JsonNode v = json.get(key);
      String p = path.isEmpty() ? key : path + "." + key;
      if (v == null || v.isNull()) {
        throw new ProfileException(p, "is required");
      }
      return new Node(v, p);
    }

    void onlyKeys(String... allowed) {
      requireObject();
      Set<String> ok = Set.of(allowed);
      Iterator<String> names = json.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!ok.contains(name)) {
          throw new ProfileException(
              path.isEmpty() ? name : path + "." + name,
              "unknown key (allowed here: " + String.join(", ", allowed) + ")");
        }
      }
    }

    /** A mapping with exactly one of {@code kinds} as its only key; returns it. */
    String oneKindOf(String... kinds) {
      requireObject();
      onlyKeys(kinds);
      if (json.size() != 1) {
        throw error("must have exactly one of " + String.join(", ", kinds));
      }
      return json.fieldNames().next();
    }

    String text() {
      if (!json.isValueNode() || json.asText().isBlank()) {
        throw error("must be a non-empty string");
      }
      return json.asText();
    }

    long longValue() {
      if (!json.canConvertToLong() || !json.isIntegralNumber()) {
        throw error("must be an integer, got '" + json.asText() + "'");
      }
      return json.asLong();
    }

    LocalDate date() {
      try {
        return LocalDate.parse(text());
      } catch (DateTimeParseException e) {
        throw error("must be an ISO date such as 2026-04-01, got '" + json.asText() + "'");
      }
    }

    Path path(Path base) {
      return base.resolve(text()).normalize();
    }

    Path file(Path base) {
      Path p = base.resolve(text()).normalize();
      if (!Files.exists(p)) {
        throw error("no such file or directory: " + p);
      }
      return p;
    }

    Iterable<Node> elements() {
      if (!json.isArray()) {
        throw error("must be a list");
      }
      List<Node> out = new ArrayList<>();
      for (int i = 0; i < json.size(); i++) {
        out.add(new Node(json.get(i), path + "[" + i + "]"));
      }
      return out;
    }
  }
}
