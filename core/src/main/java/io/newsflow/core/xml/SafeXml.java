package io.newsflow.core.xml;

import java.io.InputStream;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The one place XML parsers are made; every XML reader (feeds, sitemaps) gets its parser here.
 *
 * <p>The parsers are the JDK's own ({@code newDefaultInstance}, {@code newDefaultFactory}), never whatever the JAXP
 * service lookup finds: a Xerces jar on the classpath (CoreNLP brings one) rejects the JDK's security properties
 * and made every feed fail in the runnable jar. Both parsers resolve no external entity, load no external DTD and
 * expand no entity declared in the document: an entity reference stays an unexpanded node (DOM) or event (StAX)
 * that readers ignore, so neither XXE nor "billion laughs" can put anything into an article. A DOCTYPE itself is
 * allowed, because old RSS 0.91 feeds declare one.
 */
public final class SafeXml {

    private static final String ORACLE_LIMITS = "http://www.oracle.com/xml/jaxp/properties/";

    private SafeXml() {
    }

    /** A namespace-aware DOM builder that fails on malformed XML and prints nothing to stderr. */
    public static DocumentBuilder documentBuilder() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        try {
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            // Expansion is off above; these limits are the second lock should a parser expand anyway.
            f.setAttribute(ORACLE_LIMITS + "entityExpansionLimit", "100");
            f.setAttribute(ORACLE_LIMITS + "totalEntitySizeLimit", "100000");
            DocumentBuilder b = f.newDocumentBuilder();
            b.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            b.setErrorHandler(new ErrorHandler() { // the default handler prints to stderr
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            return b;
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            // The JDK's own parser knows every one of these settings: this is a broken runtime, not bad input.
            throw new IllegalStateException("the JDK's XML parser refused a security setting", e);
        }
    }

    /** A streaming reader for large documents (sitemaps): constant memory however many elements they hold. */
    public static XMLStreamReader streamReader(InputStream in) throws XMLStreamException {
        return inputFactory().createXMLStreamReader(in);
    }

    /** The JDK's StAX factory with DTDs, external entities and entity replacement off. */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        return f;
    }
}
