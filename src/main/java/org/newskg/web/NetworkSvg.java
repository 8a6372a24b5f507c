package org.newskg.web;

import static org.newskg.web.Html.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.query.QuerySolution;

/** A person's meetings as a picture: the people they met around them, lines where two met (SVG, drawn here). */
final class NetworkSvg {
    private static final int MAX_PEOPLE = 24;

    private NetworkSvg() {
    }

    /** The person in the middle, everyone they met on a circle (most meetings first), each a link; "" when they met no one. */
    static String egoNetwork(Graph g, String iri) {
        Map<String, Integer> met = new TreeMap<>();
        for (QuerySolution r : g.select("SELECT ?o (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a nkg:Meeting ; nkg:participant ?e , ?o "
            + "FILTER(?o != ?e) } GROUP BY ?o", iri)) {
            met.put(r.getResource("o").getURI(), r.getLiteral("n").getInt());
        }
        if (met.isEmpty()) {
            return "";
        }
        List<String> people = new ArrayList<>(met.keySet());
        people.sort((a, b) -> Integer.compare(met.get(b), met.get(a)) != 0 ? Integer.compare(met.get(b), met.get(a)) : a.compareTo(b));
        people = people.subList(0, Math.min(MAX_PEOPLE, people.size()));
        int w = 640;
        int h = 420;
        double cx = w / 2.0;
        double cy = h / 2.0;
        double radius = 150;
        Map<String, double[]> at = new LinkedHashMap<>();
        at.put(iri, new double[] {cx, cy});
        for (int i = 0; i < people.size(); i++) {
            double a = 2 * Math.PI * i / people.size() - Math.PI / 2;
            at.put(people.get(i), new double[] {cx + radius * Math.cos(a), cy + radius * Math.sin(a)});
        }
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(w).append(' ').append(h)
            .append("\" role=\"img\" aria-label=\"").append(esc(g.label(iri))).append(" and the people they met\" font-family=\"sans-serif\" font-size=\"12\">");
        // lines from the person to each one met (thicker for more meetings), and between those who met each other
        Set<String> set = at.keySet();
        for (String p : people) {
            line(s, at.get(iri), at.get(p), 1 + Math.min(4, met.get(p)), "#7b93ab");
        }
        for (QuerySolution r : g.select("SELECT DISTINCT ?a ?b WHERE { ?e nkg:metWith ?a . ?a nkg:metWith ?b . ?e nkg:metWith ?b FILTER(STR(?a) < STR(?b)) }", iri)) {
            String a = r.getResource("a").getURI();
            String b = r.getResource("b").getURI();
            if (set.contains(a) && set.contains(b)) {
                line(s, at.get(a), at.get(b), 1, "#c3ced9");
            }
        }
        for (Map.Entry<String, double[]> e : at.entrySet()) {
            boolean centre = e.getKey().equals(iri);
            double[] p = e.getValue();
            s.append("<a href=\"").append(esc(g.links().href(e.getKey()))).append("\"><circle cx=\"").append(fmt(p[0])).append("\" cy=\"")
                .append(fmt(p[1])).append("\" r=\"").append(centre ? 10 : 7).append("\" fill=\"").append(centre ? "#1f3b57" : "#4f7aa6")
                .append("\"/><text x=\"").append(fmt(p[0])).append("\" y=\"").append(fmt(p[1] + (p[1] >= cy ? 22 : -14)))
                .append("\" text-anchor=\"middle\"").append(centre ? " font-weight=\"bold\"" : "").append('>').append(esc(g.label(e.getKey())))
                .append("</text></a>");
        }
        return s.append("</svg>\n").toString();
    }

    private static void line(StringBuilder s, double[] a, double[] b, int width, String colour) {
        s.append("<line x1=\"").append(fmt(a[0])).append("\" y1=\"").append(fmt(a[1])).append("\" x2=\"").append(fmt(b[0])).append("\" y2=\"")
            .append(fmt(b[1])).append("\" stroke=\"").append(colour).append("\" stroke-width=\"").append(width).append("\"/>");
    }

    private static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d);
    }
}
