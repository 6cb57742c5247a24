package com.ally.content.post;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Markdown to HTML that is safe to put on a page: CommonMark (with tables) renders, then jsoup keeps
 * only safelisted tags, attributes and link protocols, so script tags, event handlers and
 * javascript: links never reach a reader, whatever raw HTML the Markdown held.
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final Safelist SAFE = Safelist.relaxed();
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private Markdown() {
    }

    public static String toSafeHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown));
        return Jsoup.clean(html, "", SAFE, OUTPUT);
    }
}
