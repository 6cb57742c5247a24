package com.ally.content.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** RSS 2.0: a channel with title, link and description; items with title, link, guid, pubDate, description. */
final class RssFeed {

    static final String MEDIA_TYPE = "application/rss+xml";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    private RssFeed() {
    }

    static String write(FeedChannel channel) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("atom", ATOM);
            xml.writeNamespace("dc", DC);
            xml.writeStartElement("channel");
            element(xml, "title", channel.title());
            element(xml, "link", channel.siteUrl());
            element(xml, "description", channel.description());
            element(xml, "language", "en-us");
            element(xml, "lastBuildDate", rfc822(channel.updated()));
            xml.writeEmptyElement("atom", "link", ATOM);
            xml.writeAttribute("href", channel.feedUrl());
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("type", MEDIA_TYPE);
            for (FeedItem item : channel.items()) {
                xml.writeStartElement("item");
                element(xml, "title", item.title());
                element(xml, "link", item.url());
                xml.writeStartElement("guid");
                xml.writeAttribute("isPermaLink", "false");
                xml.writeCharacters("urn:uuid:" + item.id());
                xml.writeEndElement();
                element(xml, "pubDate", rfc822(item.publishedAt()));
                element(xml, "description", item.summary().isBlank() ? item.html() : item.summary());
                for (String author : item.authors()) {
                    xml.writeStartElement("dc", "creator", DC);
                    xml.writeCharacters(author);
                    xml.writeEndElement();
                }
                for (String tag : item.tags()) {
                    element(xml, "category", tag);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 822 dates, as RSS 2.0 requires: {@code Tue, 24 Nov 2026 16:49:55 GMT}. */
    static String rfc822(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
