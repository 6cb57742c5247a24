package com.ally.content.post;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTest {

    @Test
    void rendersMarkdown() {
        String html = Markdown.toSafeHtml("## Lift\n\nA **0.6 in** heel and [the fit finder](https://ally.example/fit).");
        assertThat(html).contains("<h2>Lift</h2>").contains("<strong>0.6 in</strong>")
                .contains("<a href=\"https://ally.example/fit\">the fit finder</a>");
    }

    @Test
    void stripsScriptTags() {
        String html = Markdown.toSafeHtml("Hello <script>alert('x')</script> world\n\n<script>steal()</script>");
        assertThat(html).doesNotContain("<script").doesNotContain("alert(").doesNotContain("steal()").contains("Hello");
    }

    @Test
    void stripsEventHandlersAndJavascriptLinks() {
        String html = Markdown.toSafeHtml("<img src=\"https://x.example/a.jpg\" onerror=\"alert(1)\">\n\n"
                + "[click](javascript:alert(1)) <a href=\"https://ok.example\" onclick=\"evil()\">ok</a>");
        assertThat(html).doesNotContain("onerror").doesNotContain("onclick").doesNotContain("javascript:")
                .contains("<img src=\"https://x.example/a.jpg\">").contains("href=\"https://ok.example\"");
    }

    @Test
    void keepsTables() {
        String html = Markdown.toSafeHtml("| size | width |\n|---|---|\n| 7.5 | WIDE |");
        assertThat(html).contains("<table>").contains("<td>7.5</td>");
    }
}
