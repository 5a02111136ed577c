package dev.staffdrill.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Imported chapter text is rendered through this: no script, and no data: URL, gets through. */
class MarkdownSanitizerTest {
    private final Markdown md = new Markdown();

    @Test
    void dataUrlsAreStrippedFromLinksAndImages() {
        String html = md.toHtml("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) "
                + "![x](data:image/svg+xml;base64,PHN2Zy8+) [caps](DATA:text/html,hi)");
        assertThat(html.toLowerCase()).doesNotContain("data:");
    }

    @Test
    void ordinaryLinksAndRawHtmlBehaveAsBefore() {
        String html = md.toHtml("[docs](https://example.com/a) [rel](/progress) <script>alert(1)</script> [js](javascript:alert(1))");
        assertThat(html).contains("href=\"https://example.com/a\"", "href=\"/progress\"", "&lt;script&gt;")
                .doesNotContain("javascript:");
    }
}
