package dev.mynalab.reports.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mynalab.reports.TestRuns;
import dev.mynalab.reports.model.ConformanceReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class RequirementJunitXmlTest {

  @TempDir Path dir;

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void oneTestCasePerRequirementWithFailuresAndSkips() throws Exception {
    ConformanceReport r = TestRuns.standardReport(dir);
    Document d = parse(RequirementJunitXml.render(r));
    Element suite = d.getDocumentElement();
    assertThat(suite.getAttribute("tests")).isEqualTo("8");
    assertThat(suite.getAttribute("failures")).isEqualTo("3");
    assertThat(suite.getAttribute("skipped")).isEqualTo("4");
    NodeList cases = d.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(8);
    Element t02 = (Element) cases.item(1);
    assertThat(t02.getAttribute("name")).startsWith("REQ-T-02 ");
    assertThat(t02.getAttribute("classname")).isEqualTo("requirements.発行");
    Element failure = (Element) t02.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).contains("sample.feature:13 FAILED");
    assertThat(failure.getTextContent()).contains("失敗する要件");
    Element t05 = (Element) cases.item(4);
    assertThat(((Element) t05.getElementsByTagName("skipped").item(0)).getAttribute("message"))
        .isEqualTo("KNOWN_DEVIATION: the overseas simulator does not exist yet");
    assertThat(((Element) cases.item(0)).getChildNodes().getLength()).isZero();
  }

  @Test
  void hostileTextStaysText() throws Exception {
    ConformanceReport r = TestRuns.hostileReport(dir);
    Document d = parse(RequirementJunitXml.render(r));
    assertThat(d.getElementsByTagName("script").getLength()).isZero();
    assertThat(d.getElementsByTagName("testcase").getLength()).isEqualTo(8);
  }
}
