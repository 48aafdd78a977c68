package vn.langnghe.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The settings of web.xml that the pages' protection rests on (docs/security.md, "Web security"). */
class WebXmlTest {
    private static Map<String, String> contextParams() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(Path.of("src", "main", "webapp", "WEB-INF", "web.xml").toFile());
        Map<String, String> params = new HashMap<>();
        NodeList list = doc.getElementsByTagNameNS("*", "context-param");
        for (int i = 0; i < list.getLength(); i++) {
            Element p = (Element) list.item(i);
            params.put(text(p, "param-name"), text(p, "param-value"));
        }
        return params;
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS("*", name).item(0).getTextContent().trim();
    }

    @Test
    void viewStateStaysOnTheServerSoPostbacksCannotBeForged() throws Exception {
        assertEquals("server", contextParams().get("jakarta.faces.STATE_SAVING_METHOD"));
    }

    @Test
    void primeFacesRendersNoncedScriptsUnderThePagePolicy() throws Exception {
        Map<String, String> params = contextParams();
        assertEquals("true", params.get("primefaces.CSP"));
        // PrimeFaces appends the nonce to this text: it must be our policy, with script-src last
        assertEquals(SecurityHeaders.PAGE_POLICY, params.get("primefaces.CSP_POLICY"));
        assertTrue(SecurityHeaders.PAGE_POLICY.endsWith("script-src 'self'"), SecurityHeaders.PAGE_POLICY);
        // a report-only policy would replace the enforced one; a provided policy would switch the nonces off
        assertNull(params.get("primefaces.CSP_REPORT_ONLY_POLICY"));
        assertNull(params.get("primefaces.CSP_POLICY_PROVIDED"));
    }

    @Test
    void exportsAreForAnalystsAndAdminsThePageAndTheDownloadServlet() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(Path.of("src", "main", "webapp", "WEB-INF", "web.xml").toFile());
        Map<String, java.util.Set<String>> rolesByPattern = new HashMap<>();
        NodeList constraints = doc.getElementsByTagNameNS("*", "security-constraint");
        for (int i = 0; i < constraints.getLength(); i++) {
            Element c = (Element) constraints.item(i);
            java.util.Set<String> roles = new java.util.TreeSet<>();
            NodeList r = c.getElementsByTagNameNS("*", "role-name");
            for (int j = 0; j < r.getLength(); j++) {
                roles.add(r.item(j).getTextContent().trim());
            }
            NodeList patterns = c.getElementsByTagNameNS("*", "url-pattern");
            for (int j = 0; j < patterns.getLength(); j++) {
                rolesByPattern.put(patterns.item(j).getTextContent().trim(), roles);
            }
        }
        // exact and path patterns win over *.xhtml; a servlet path is covered by nothing else
        assertEquals(java.util.Set.of("admin", "analyst"), rolesByPattern.get("/export.xhtml"));
        assertEquals(java.util.Set.of("admin", "analyst"), rolesByPattern.get("/export/*"));
    }
}
