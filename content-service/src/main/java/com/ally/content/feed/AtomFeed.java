package com.ally.content.feed;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Atom 1.0 (RFC 4287): feed id, title, updated, author and self link; each entry with id, title, updated, link, content. */
final class AtomFeed {

    static final String MEDIA_TYPE = "application/atom+xml";
    private static final String NS = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    static String write(FeedChannel channel) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NS);
            element(xml, "id", channel.feedUrl());
            element(xml, "title", channel.title());
            element(xml, "subtitle", channel.description());
            element(xml, "updated", channel.updated().toString());
            link(xml, "self", channel.feedUrl(), MEDIA_TYPE);
            link(xml, "alternate", channel.siteUrl(), "text/html");
            xml.writeStartElement("author");
            element(xml, "name", "ALLY");
            xml.writeEndElement();
            for (FeedItem item : channel.items()) {
                xml.writeStartElement("entry");
                element(xml, "id", "urn:uuid:" + item.id());
                element(xml, "title", item.title());
                element(xml, "updated", item.updatedAt().toString());
                element(xml, "published", item.publishedAt().toString());
                link(xml, "alternate", item.url(), "text/html");
                for (String author : item.authors()) {
                    xml.writeStartElement("author");
                    element(xml, "name", author);
                    xml.writeEndElement();
                }
                for (String tag : item.tags()) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", tag);
                }
                if (!item.summary().isBlank()) {
                    element(xml, "summary", item.summary());
                }
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(item.html());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
