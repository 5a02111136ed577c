package dev.staffdrill.web;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;

/**
 * Markdown to HTML for question prompts, guidance and model answers. Raw HTML in the source is
 * escaped and link URLs are sanitised, so content can never inject script into a page.
 */
public final class Markdown {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public Markdown() {
        var extensions = List.of(TablesExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        // Not commonmark's default list, which lets data: through: a data:text/html link in an
        // imported chapter opens attacker-written HTML, and a data: image carries whatever it likes.
        this.renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).sanitizeUrls(true)
                .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto"))).build();
    }

    public String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown == null ? "" : markdown));
    }
}
