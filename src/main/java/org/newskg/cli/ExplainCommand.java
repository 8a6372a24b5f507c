package org.newskg.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.newskg.rdf.NKG;
import org.newskg.store.StoreReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code newskg explain}: the sentences and rules behind an entity's facts, or behind one fact. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Prints the facts about an entity (given by name, e.g. \"Ilham Aliyev\", or by IRI) or one fact (by IRI), each with the article, sentence, character offsets, extractor and confidence behind it, and how its date was resolved.")
public final class ExplainCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "WHAT", description = "a name (label or other name) or an IRI of an entity or fact")
    String what;

    private static final String P = EntityNames.P;

    /** How many articles' evidence a fact shows before it says how many more report it. */
    private static final int EVIDENCE_ARTICLES = 3;
    private static final Map<String, String> ROLE_WORDS = Map.of("participant", " with ", "destination", " to ", "visitor", " by ",
        "mission", " to ", "contributor", " by ", "country", " of ", "heldBy", " held by ");

    @picocli.CommandLine.Option(names = "--endpoint", paramLabel = "URL",
        description = "read a running newskg server (its dataset URL, e.g. http://localhost:3030/kg) instead of --store")
    String endpoint;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (StoreReader store = storeOptions.reader(endpoint)) {
            return store.read(() -> explain(store, out));
        }
    }

    private int explain(StoreReader store, PrintStream out) {
        List<String> subjects = new ArrayList<>();
        if (what.startsWith("http://") || what.startsWith("https://")) {
            subjects.add(what);
        } else {
            subjects.addAll(EntityNames.find(store, what));
        }
        if (subjects.isEmpty()) {
            throw new UserError("nothing in " + store.name() + " is called '" + what
                + "'; try a full name as an article writes it, or an IRI (newskg query can list them)");
        }
        for (String s : subjects) {
            describe(store, out, s);
        }
        return 0;
    }

    private void describe(StoreReader store, PrintStream out, String iri) {
        ParameterizedSparqlString head = new ParameterizedSparqlString(P + "SELECT ?type ?label WHERE { ?e a ?type . "
            + "OPTIONAL { ?e rdfs:label ?label } } LIMIT 1");
        head.setIri("e", iri);
        List<QuerySolution> h = rows(store, head.toString());
        String type = h.isEmpty() ? "?" : local(h.get(0).getResource("type").getURI());
        String label = h.isEmpty() || h.get(0).get("label") == null ? "" : " \"" + h.get(0).getLiteral("label").getString() + "\"";
        out.println(type + label + "  <" + iri + ">");
        // the facts this entity is part of (or the fact itself), each with its evidence
        ParameterizedSparqlString q = new ParameterizedSparqlString(P + "SELECT DISTINCT ?fact ?ftype ?role ?p2 ?other ?otherLabel ?title ?placeLabel ?date "
            + "?dateText ?dateRule ?anchor ?file ?sentence ?begin ?end ?extractor ?confidence WHERE { "
            + "{ BIND(?e AS ?fact) ?fact nkg:evidence ?ev } UNION { ?fact ?role ?e ; nkg:evidence ?ev } UNION { ?e nkg:holdsPosition ?fact . ?fact nkg:evidence ?ev BIND(nkg:heldBy AS ?role) } "
            + "?fact a ?ftype . FILTER(?ftype IN (nkg:Meeting, nkg:Visit, nkg:Contribution, nkg:Position)) "
            + "OPTIONAL { { ?fact ?p2 ?other . FILTER(?p2 IN (nkg:participant, nkg:destination, nkg:visitor, nkg:contributor, nkg:mission, nkg:country)) } "
            + "UNION { ?other nkg:holdsPosition ?fact BIND(nkg:heldBy AS ?p2) } "
            + "FILTER(?other != ?e) OPTIONAL { ?other rdfs:label ?otherLabel } } "
            + "OPTIONAL { ?fact nkg:title ?title } OPTIONAL { ?fact nkg:place/rdfs:label ?placeLabel } "
            + "OPTIONAL { ?fact nkg:date|nkg:since ?date } "
            + "OPTIONAL { ?fact nkg:dateResolution ?dr . ?dr nkg:dateText ?dateText ; nkg:dateRule ?dateRule . OPTIONAL { ?dr nkg:anchorDate ?anchor } } "
            + "?ev nkg:inArticle ?a ; nkg:sentenceText ?sentence ; nkg:beginOffset ?begin ; nkg:endOffset ?end ; "
            + "nkg:extractor ?extractor ; nkg:confidence ?confidence . ?a nkg:sourceFile ?file . "
            + "} ORDER BY ?ftype ?date ?fact ?file ?begin");
        q.setIri("e", iri);
        Map<String, List<QuerySolution>> byFact = new LinkedHashMap<>();
        for (QuerySolution r : rows(store, q.toString())) {
            byFact.computeIfAbsent(r.getResource("fact").getURI(), k -> new ArrayList<>()).add(r);
        }
        if (byFact.isEmpty()) {
            out.println("  no facts: it is only mentioned (see queries/entity.rq for every statement about it)");
        }
        for (Map.Entry<String, List<QuerySolution>> e : byFact.entrySet()) {
            QuerySolution first = e.getValue().get(0);
            // the other side of the fact, read from this entity: a visit *by* the person a country received,
            // a position *held by* the person who serves a country
            Map<String, java.util.TreeSet<String>> byRole = new LinkedHashMap<>();
            for (QuerySolution r : e.getValue()) {
                if (r.get("other") != null) {
                    String name = r.get("otherLabel") != null ? r.getLiteral("otherLabel").getString() : local(r.getResource("other").getURI());
                    byRole.computeIfAbsent(local(r.getResource("p2").getURI()), k -> new java.util.TreeSet<>()).add(name);
                }
            }
            StringBuilder who = new StringBuilder();
            for (String role : List.of("participant", "destination", "visitor", "mission", "contributor", "country", "heldBy")) {
                if (byRole.containsKey(role)) {
                    who.append(ROLE_WORDS.get(role)).append(String.join(", ", byRole.get(role)));
                }
            }
            String kind = local(first.getResource("ftype").getURI());
            out.printf("  %s%s%s%s%s  <%s>%n", kind,
                first.get("title") != null ? " \"" + first.getLiteral("title").getString() + "\"" : "",
                who,
                first.get("placeLabel") != null ? " in " + first.getLiteral("placeLabel").getString() : "",
                first.get("date") != null ? " on " + first.getLiteral("date").getLexicalForm() : "", e.getKey());
            if (first.get("dateRule") != null) {
                out.printf("    date: \"%s\" resolved by %s%s%n", first.getLiteral("dateText").getString(),
                    first.getLiteral("dateRule").getString(),
                    first.get("anchor") != null ? " against " + first.getLiteral("anchor").getLexicalForm() : "");
            }
            List<String> evidence = e.getValue().stream().map(r -> r.getLiteral("file").getString() + "|" + r.getLiteral("begin").getInt() + "|"
                    + r.getLiteral("end").getInt() + "|" + r.getLiteral("extractor").getString() + "|" + r.getLiteral("confidence").getLexicalForm()
                    + "|" + r.getLiteral("sentence").getString())
                .distinct().toList();
            // a post reported in 28 articles reads as three sentences and a count, not 28 sentences
            List<String> files = evidence.stream().map(l -> l.substring(0, l.indexOf('|'))).distinct().toList();
            List<String> shownFiles = files.subList(0, Math.min(EVIDENCE_ARTICLES, files.size()));
            evidence.stream().filter(l -> shownFiles.contains(l.substring(0, l.indexOf('|')))).forEach(line -> {
                String[] f = line.split("\\|", 6);
                out.printf("    %s [%s-%s] %s (confidence %s)%n      \"%s\"%n", f[0], f[1], f[2], f[3], f[4], f[5]);
            });
            if (files.size() > shownFiles.size()) {
                int more = files.size() - shownFiles.size();
                out.printf("    … and %d more article%s%n", more, more == 1 ? "" : "s");
            }
        }
        out.println();
    }

    private static List<QuerySolution> rows(StoreReader store, String query) {
        List<QuerySolution> out = new ArrayList<>();
        try (QueryExecution qe = store.execute(org.apache.jena.query.QueryFactory.create(query))) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(out::add);
        }
        return out;
    }

    private static String local(String iri) {
        return iri.startsWith(NKG.NS) ? iri.substring(NKG.NS.length()) : iri;
    }
}
