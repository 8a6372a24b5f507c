package org.newskg.ops;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Resource;
import org.newskg.rdf.NKG;
import org.newskg.relation.Relation;
import org.newskg.relation.Relations;
import org.newskg.store.StoreReader;

/**
 * The sentences and rules behind an entity's facts, or behind one fact: each fact read from the
 * entity's side ("Meeting with Ilham Aliyev in Baku on 2018-12-04"), how its date was resolved,
 * and the evidence of up to {@value #EVIDENCE_ARTICLES} articles. Which facts there are and how
 * each reads comes from the relation registry.
 */
public final class ExplainOperation {
    /** How many articles' evidence a fact shows before it says how many more report it. */
    static final int EVIDENCE_ARTICLES = 3;
    private static final String HEAD = SparqlResources.load("entity-head.rq");

    private final String factsQuery;
    /** Property IRI → the word explain writes before the names it links, in registry order. */
    private final Map<String, String> words = new LinkedHashMap<>();

    public ExplainOperation() {
        List<String> direct = new ArrayList<>();
        List<String> inverse = new ArrayList<>();
        for (Relation<?> r : Relations.all()) {
            for (Relation.Role role : r.roles()) {
                words.put(role.property().getURI(), role.word());
                (role.inverse() ? inverse : direct).add("<" + role.property().getURI() + ">");
            }
        }
        this.factsQuery = SparqlResources.load("explain-facts.rq")
            .replace("#FACT_CLASSES#", Relations.all().stream().map(Relation::ontologyClass).map(Resource::getURI)
                .map(u -> "<" + u + ">").collect(Collectors.joining(" ")))
            .replace("#ROLES#", String.join(" ", direct))
            .replace("#INVERSE#", String.join(" ", inverse));
    }

    /**
     * Explains what {@code what} names (a name, as {@link EntityNames} takes it, or an IRI) to
     * {@code out}; the caller holds a read transaction.
     *
     * @throws OperationException when nothing is called so
     */
    public void explain(StoreReader store, String what, PrintStream out) {
        List<String> subjects = new ArrayList<>();
        if (what.startsWith("http://") || what.startsWith("https://")) {
            subjects.add(what);
        } else {
            subjects.addAll(EntityNames.find(store, what));
        }
        if (subjects.isEmpty()) {
            throw new OperationException("nothing in " + store.name() + " is called '" + what
                + "'; try a full name as an article writes it, or an IRI (newskg query can list them)");
        }
        for (String s : subjects) {
            describe(store, out, s);
        }
    }

    private void describe(StoreReader store, PrintStream out, String iri) {
        ParameterizedSparqlString head = new ParameterizedSparqlString(HEAD);
        head.setIri("e", iri);
        List<QuerySolution> h = rows(store, head.toString());
        String type = h.isEmpty() ? "?" : local(h.get(0).getResource("type").getURI());
        String label = h.isEmpty() || h.get(0).get("label") == null ? "" : " \"" + h.get(0).getLiteral("label").getString() + "\"";
        out.println(type + label + "  <" + iri + ">");
        ParameterizedSparqlString q = new ParameterizedSparqlString(factsQuery);
        q.setIri("e", iri);
        Map<String, List<QuerySolution>> byFact = new LinkedHashMap<>();
        for (QuerySolution r : rows(store, q.toString())) {
            byFact.computeIfAbsent(r.getResource("fact").getURI(), k -> new ArrayList<>()).add(r);
        }
        if (byFact.isEmpty()) {
            out.println("  no facts: it is only mentioned (see queries/entity.rq for every statement about it)");
        }
        byFact.forEach((fact, rows) -> fact(out, fact, rows));
        out.println();
    }

    private void fact(PrintStream out, String fact, List<QuerySolution> rows) {
        QuerySolution first = rows.get(0);
        // the other side of the fact, read from this entity: a visit *by* the person a country
        // received, a position *held by* the person who serves a country
        Map<String, TreeSet<String>> byRole = new LinkedHashMap<>();
        for (QuerySolution r : rows) {
            if (r.get("other") != null) {
                String name = r.get("otherLabel") != null ? r.getLiteral("otherLabel").getString() : local(r.getResource("other").getURI());
                byRole.computeIfAbsent(r.getResource("p2").getURI(), k -> new TreeSet<>()).add(name);
            }
        }
        StringBuilder who = new StringBuilder();
        words.forEach((property, word) -> {
            if (byRole.containsKey(property)) {
                who.append(word).append(String.join(", ", byRole.get(property)));
            }
        });
        out.printf("  %s%s%s%s%s  <%s>%n", local(first.getResource("ftype").getURI()),
            first.get("title") != null ? " \"" + first.getLiteral("title").getString() + "\"" : "",
            who,
            first.get("placeLabel") != null ? " in " + first.getLiteral("placeLabel").getString() : "",
            first.get("date") != null ? " on " + first.getLiteral("date").getLexicalForm() : "", fact);
        if (first.get("dateRule") != null) {
            out.printf("    date: \"%s\" resolved by %s%s%n", first.getLiteral("dateText").getString(),
                first.getLiteral("dateRule").getString(),
                first.get("anchor") != null ? " against " + first.getLiteral("anchor").getLexicalForm() : "");
        }
        List<EvidenceRow> evidence = rows.stream().map(EvidenceRow::of).distinct().toList();
        // a post reported in 28 articles reads as three sentences and a count, not 28 sentences
        List<String> files = evidence.stream().map(EvidenceRow::file).distinct().toList();
        List<String> shown = files.subList(0, Math.min(EVIDENCE_ARTICLES, files.size()));
        evidence.stream().filter(e -> shown.contains(e.file())).forEach(e ->
            out.printf("    %s [%d-%d] %s (confidence %s)%n      \"%s\"%n", e.file(), e.begin(), e.end(), e.extractor(), e.confidence(), e.sentence()));
        if (files.size() > shown.size()) {
            int more = files.size() - shown.size();
            out.printf("    … and %d more article%s%n", more, more == 1 ? "" : "s");
        }
    }

    /** One evidence of a fact as explain prints it. */
    private record EvidenceRow(String file, int begin, int end, String extractor, String confidence, String sentence) {
        static EvidenceRow of(QuerySolution r) {
            return new EvidenceRow(r.getLiteral("file").getString(), r.getLiteral("begin").getInt(), r.getLiteral("end").getInt(),
                r.getLiteral("extractor").getString(), r.getLiteral("confidence").getLexicalForm(), r.getLiteral("sentence").getString());
        }
    }

    private static List<QuerySolution> rows(StoreReader store, String query) {
        List<QuerySolution> out = new ArrayList<>();
        try (QueryExecution qe = store.execute(QueryFactory.create(query))) {
            qe.execSelect().forEachRemaining(out::add);
        }
        return out;
    }

    private static String local(String iri) {
        return iri.startsWith(NKG.NS) ? iri.substring(NKG.NS.length()) : iri;
    }
}
