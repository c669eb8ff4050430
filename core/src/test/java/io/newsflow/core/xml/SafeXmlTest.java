package io.newsflow.core.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class SafeXmlTest {

    @TempDir
    Path dir;

    static String billionLaughs() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return sb.append("]><rss><title>A &lol9; b</title></rss>").toString();
    }

    private String xxe() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        return "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss><title>A &x; b &amp; c</title></rss>";
    }

    private static String domText(String xml) throws Exception {
        Document doc = SafeXml.documentBuilder().parse(new InputSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        return doc.getDocumentElement().getTextContent();
    }

    private static String staxText(String xml) throws Exception {
        XMLStreamReader r = SafeXml.streamReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        StringBuilder sb = new StringBuilder();
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.CHARACTERS) {
                sb.append(r.getText());
            }
        }
        return sb.toString();
    }

    @Test
    void shouldNotReadALocalFileNamedByAnExternalEntity() throws Exception {
        String xml = xxe();
        assertEquals("A  b & c", domText(xml));
        assertEquals("A  b & c", staxText(xml));
    }

    @Test
    void shouldNotExpandNestedEntities() throws Exception {
        assertEquals("A  b", domText(billionLaughs()));
        assertEquals("A  b", staxText(billionLaughs()));
    }

    @Test
    void shouldReadAFeedThatDeclaresAnUnreachableDtd() throws Exception {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
                + "\"http://127.0.0.1:9/rss-0.91.dtd\"><rss><title>A &amp; b</title></rss>";
        assertEquals("A & b", domText(xml));
        assertEquals("A & b", staxText(xml));
    }

    @Test
    void shouldUseTheJdkParserWhateverTheServiceLookupWouldFind() throws Exception {
        // A foreign parser on the classpath wins the JAXP lookup the same way this property does.
        String dom = "javax.xml.parsers.DocumentBuilderFactory";
        String stax = "javax.xml.stream.XMLInputFactory";
        System.setProperty(dom, "org.example.NoSuchParser");
        System.setProperty(stax, "org.example.NoSuchParser");
        try {
            assertEquals("x", domText("<a>x</a>"));
            assertEquals("x", staxText("<a>x</a>"));
            assertFalse(SafeXml.documentBuilder().getClass().getName().startsWith("org.apache.xerces"));
        } finally {
            System.clearProperty(dom);
            System.clearProperty(stax);
        }
    }
}
