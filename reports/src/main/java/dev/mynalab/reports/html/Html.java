package dev.mynalab.reports.html;

/**
 * Escaping for HTML text and attribute values. Everything the report shows passes through here:
 * feature text, step text, error messages and evidence come from vendors' systems and must never
 * become markup or script.
 */
public final class Html {

  private Html() {}

  /** Text or a double- or single-quoted attribute value with {@code & < > " '} escaped. */
  public static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          // control characters other than tab/newline/CR are not allowed in HTML text
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            b.append("\uFFFD");
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
