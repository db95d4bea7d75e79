package dev.mynalab.reports.junit;

import dev.mynalab.reports.model.ConformanceReport;
import dev.mynalab.reports.model.RequirementResult;
import dev.mynalab.reports.model.Verdict;
import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code conformance-junit.xml}: one JUnit test case per requirement, for CI dashboards that count
 * requirements rather than scenarios. FAIL is a {@code <failure>}; NOT_RUN, NOT_APPLICABLE and
 * KNOWN_DEVIATION are {@code <skipped>} with the reason; PASS is a plain test case. Written with
 * StAX, which escapes every vendor-supplied string.
 */
public final class RequirementJunitXml {

  private RequirementJunitXml() {}

  public static String render(ConformanceReport report) {
    StringWriter s = new StringWriter();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(s);
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      var sum = report.summary();
      int skipped =
          sum.verdicts().get(Verdict.NOT_RUN)
              + sum.verdicts().get(Verdict.NOT_APPLICABLE)
              + sum.verdicts().get(Verdict.KNOWN_DEVIATION);
      w.writeStartElement("testsuite");
      w.writeAttribute("name", "mynalab conformance: requirements");
      w.writeAttribute("tests", Integer.toString(sum.requirements()));
      w.writeAttribute("failures", Integer.toString(sum.verdicts().get(Verdict.FAIL)));
      w.writeAttribute("errors", "0");
      w.writeAttribute("skipped", Integer.toString(skipped));
      if (report.run().finishedAt() != null) {
        w.writeAttribute("timestamp", report.run().finishedAt());
      }
      w.writeCharacters("\n  ");
      w.writeStartElement("properties");
      property(w, "seed", report.run().seed());
      property(w, "harness.version", report.harness().version());
      property(w, "git.commit", report.harness().gitCommit());
      w.writeEndElement();
      for (RequirementResult r : report.requirements()) {
        w.writeCharacters("\n  ");
        testCase(w, r);
      }
      w.writeCharacters("\n");
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the JUnit XML: " + e.getMessage(), e);
    }
    return s.toString();
  }

  private static void property(XMLStreamWriter w, String name, String value)
      throws XMLStreamException {
    w.writeCharacters("\n    ");
    w.writeEmptyElement("property");
    w.writeAttribute("name", name);
    w.writeAttribute("value", value == null ? "" : value);
  }

  private static void testCase(XMLStreamWriter w, RequirementResult r) throws XMLStreamException {
    w.writeStartElement("testcase");
    w.writeAttribute("classname", "requirements." + r.stage());
    w.writeAttribute("name", r.id() + " " + (r.titleEn() == null ? "" : r.titleEn()));
    w.writeAttribute("time", "0");
    switch (r.verdict()) {
      case PASS -> {}
      case FAIL -> {
        w.writeStartElement("failure");
        w.writeAttribute("type", "FAIL");
        w.writeAttribute("message", r.reason() == null ? "failed" : r.reason());
        w.writeCharacters(
            r.id() + " " + r.titleJa() + "\nscenarios: " + String.join(", ", r.scenarios()));
        w.writeEndElement();
      }
      default -> {
        w.writeEmptyElement("skipped");
        w.writeAttribute("message", r.verdict() + (r.reason() == null ? "" : ": " + r.reason()));
      }
    }
    w.writeEndElement();
  }
}
