package org.newskg.web;

import java.util.List;
import org.apache.jena.query.QuerySolution;

/** The HTML every page shares: escaping, the frame (no JavaScript, no CDN, one stylesheet), links and evidence. */
public final class Html {
    private Html() {
    }

    public static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A whole page: title, the search box, the body, and a footer with the machine-readable forms. */
    public static String page(String title, String kind, String body, String dataPath) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .append("<title>").append(esc(title)).append(" — newskg</title>")
            .append("<link rel=\"stylesheet\" href=\"/static/newskg.css\"></head><body>\n")
            .append("<header><a class=\"home\" href=\"/search\">newskg</a>")
            .append("<form action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" placeholder=\"a person, country or mission\" ")
            .append("aria-label=\"search\"> <button>Search</button></form>")
            .append("<nav><a href=\"/queries\">queries</a> <a href=\"/ontology\">ontology</a> <a href=\"/void\">dataset</a></nav></header>\n")
            .append("<main>\n");
        if (kind != null) {
            b.append("<p class=\"kind\">").append(esc(kind)).append("</p>");
        }
        b.append("<h1>").append(esc(title)).append("</h1>\n").append(body).append("</main>\n");
        if (dataPath != null) {
            b.append("<footer>This page as data: ");
            for (String[] f : new String[][] {{".ttl", "Turtle"}, {".jsonld", "JSON-LD"}, {".nt", "N-Triples"}, {".rdf", "RDF/XML"}}) {
                b.append("<a href=\"").append(esc(dataPath + f[0])).append("\">").append(f[1]).append("</a> ");
            }
            b.append("</footer>\n");
        }
        return b.append("</body></html>\n").toString();
    }

    static String link(Links links, String iri, String text) {
        return "<a href=\"" + esc(links.href(iri)) + "\">" + esc(text) + "</a>";
    }

    /** One evidence sentence and where it stands. */
    private record Sentence(String text, String article, String file, int begin, int end) {
    }

    /** The evidence sentences of one fact's rows ({@code ?sentence ?a ?file ?b ?end}), each linked to its highlight in the article. */
    static String evidence(Links links, List<QuerySolution> rows) {
        StringBuilder b = new StringBuilder("<ul class=\"evidence\">");
        rows.stream().map(r -> new Sentence(r.getLiteral("sentence").getString(), r.getResource("a").getURI(), r.getLiteral("file").getString(),
                r.getLiteral("b").getInt(), r.getLiteral("end").getInt()))
            .distinct().forEach(e -> b.append("<li><q>").append(esc(e.text())).append("</q> <a class=\"source\" href=\"")
                .append(esc(links.href(e.article()))).append("#ev-").append(e.begin()).append('-').append(e.end()).append("\">")
                .append(esc(e.file())).append("</a></li>"));
        return b.append("</ul>").toString();
    }

    /** The SPARQL that {@link #evidence} reads, for a fact bound to {@code ?f}. */
    static final String EVIDENCE_PATTERN = "?f nkg:evidence ?ev . ?ev nkg:sentenceText ?sentence ; nkg:inArticle ?a ; "
        + "nkg:beginOffset ?b ; nkg:endOffset ?end . ?a nkg:sourceFile ?file . ";
}
