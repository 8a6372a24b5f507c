package org.newskg.ingest;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Recognises an HTML page and takes its text with jsoup: the title on the first line, then the
 * body's text with a line break after every block (paragraph, heading, list item, table row),
 * without scripts, styles, templates, forms or navigation, so that the reader finds the
 * headline, dateline and sentences as in a plain-text article.
 */
final class HtmlText {
    private static final Pattern HTML_START = Pattern.compile(
        "(?is)^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*(<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>])");
    private static final Pattern TAGS = Pattern.compile("(?i)</?(p|div|br|span|a|h[1-6]|li|ul|table|tr|td|script|style|meta|link|body|head|title)(\\s[^>]*)?/?>");
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "iframe", "svg", "form", "nav",
        "button", "select", "textarea", "object", "embed", "canvas", "head");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "article",
        "section", "header", "footer", "aside", "main", "blockquote", "pre", "figcaption", "figure", "dd", "dt", "table", "ul", "ol",
        "hr", "address", "time");

    private HtmlText() {
    }

    /** True for an HTML document, or a text made mostly of HTML tags. */
    static boolean isHtml(String text) {
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        if (HTML_START.matcher(head).find()) {
            return true;
        }
        java.util.regex.Matcher m = TAGS.matcher(head);
        int tags = 0;
        while (m.find()) {
            tags++;
        }
        return tags >= 5;
    }

    /** The page's readable text: its title, then one line per block. */
    static String text(String html) {
        Document doc = Jsoup.parse(html);
        String title = doc.title().strip();
        for (Element e : doc.getAllElements()) {
            if (DROPPED.contains(e.normalName())) {
                e.remove();
            }
        }
        StringBuilder out = new StringBuilder();
        if (!title.isEmpty()) {
            out.append(title).append("\n\n");
        }
        doc.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newline(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newline(out);
                }
            }
        });
        // lines as a text file has them: no runs of spaces, a blank line between paragraphs
        return out.toString().replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").replaceAll(" ?\n ?", "\n")
            .replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
