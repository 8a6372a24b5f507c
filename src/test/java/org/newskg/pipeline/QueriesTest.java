package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.InputFiles;
import org.newskg.store.Tdb2Store;

/** Every competency question in queries/ runs over the seeds and gives the rows an analyst expects. */
class QueriesTest {
    @TempDir
    static Path dir;
    static Tdb2Store store;

    @BeforeAll
    static void build() throws Exception {
        store = Tdb2Store.open(dir.resolve("tdb2"));
        KnowledgeGraphBuilder.create().store(store).build().build(InputFiles.list(List.of(Path.of("seeds"))));
    }

    private static List<String> rows(String file, String... bindings) throws Exception {
        ParameterizedSparqlString q = new ParameterizedSparqlString(Files.readString(Path.of("queries", file)));
        for (int i = 0; i < bindings.length; i += 2) {
            q.setIri(bindings[i], bindings[i + 1]);
        }
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(q.asQuery(), store.dataset())) {
                List<String> vars = qe.getQuery().getResultVars();
                return ResultSetFormatter.toList(qe.execSelect()).stream()
                    .map(r -> vars.stream().map(v -> value(r, v)).collect(Collectors.joining(" | "))).toList();
            }
        });
    }

    private static String value(QuerySolution r, String v) {
        if (r.get(v) == null) {
            return "";
        }
        return r.get(v).isLiteral() ? r.getLiteral(v).getLexicalForm() : r.getResource(v).getURI();
    }

    @Test
    void everyQueryHasAComment() throws Exception {
        try (var files = Files.list(Path.of("queries"))) {
            for (Path p : files.toList()) {
                assertTrue(Files.readString(p).startsWith("# "), p + " starts with a comment saying what it answers");
            }
        }
    }

    @Test
    void whoMetWhomWhenAndWhere() throws Exception {
        List<String> r = rows("meetings.rq");
        assertTrue(r.stream().anyMatch(x -> x.startsWith("Ilham Aliyev | Laura Cooper | 2018-12-04 | Baku | 000_14b2a5db9d82385e.txt | Laura Cooper, the U.S.")), r.toString());
        assertTrue(r.stream().anyMatch(x -> x.startsWith("Ilham Aliyev | Robert M. Gates | 2010-06-06 | Baku | 001_d8f434a453c3b2a8.txt | After arriving")), r.toString());
        assertTrue(r.stream().anyMatch(x -> x.startsWith("Robert M. Gates | Safar Abiyev | 2010-06-07 | Baku")), r.toString());
        assertTrue(r.stream().anyMatch(x -> x.startsWith("Mattis | Nirmala Sitharaman | 2018-12-03 | Washington")), r.toString());
        assertTrue(r.stream().noneMatch(x -> x.startsWith("Ilham Aliyev | Zakir Hasanov")), "counterparts of one visitor are not paired");
    }

    @Test
    void timelineOfOnePerson() throws Exception {
        List<String> r = rows("person-timeline.rq", "person", "https://w3id.org/newskg/id/person/ilham-aliev");
        assertEquals("2010-06-06 | Baku | Robert M. Gates | 1 | 0.9 | 001_d8f434a453c3b2a8.txt", r.get(0));
        assertTrue(r.get(1).startsWith("2018-12-04 | Baku | Laura Cooper"), r.toString());
    }

    @Test
    void contributionsPerMission() throws Exception {
        List<String> r = rows("contributions.rq");
        assertTrue(r.contains("International Security Assistance Force | Azerbaijan |  | 2002-11-20 | 000_14b2a5db9d82385e.txt, 001_d8f434a453c3b2a8.txt")
            || r.contains("International Security Assistance Force | Azerbaijan |  | 2002-11-20 | 001_d8f434a453c3b2a8.txt, 000_14b2a5db9d82385e.txt"), r.toString());
        assertTrue(r.contains("Resolute Support Mission | Azerbaijan | 120 |  | 000_14b2a5db9d82385e.txt"), r.toString());
    }

    @Test
    void positionsPerCountry() throws Exception {
        List<String> r = rows("positions-by-country.rq");
        assertTrue(r.contains("Azerbaijan | President | Ilham Aliyev | 2"), r.toString());
        assertTrue(r.contains("India | Defense Minister | Nirmala Sitharaman | 1"), r.toString());
        assertTrue(r.contains("United States | National Security Adviser | John Bolton | 1"), r.toString());
    }

    @Test
    void visitsPerCountry() throws Exception {
        List<String> r = rows("visits-by-country.rq");
        assertTrue(r.contains("Azerbaijan | Robert M. Gates | 2010-06-06 | 001_d8f434a453c3b2a8.txt"), r.toString());
        assertTrue(r.stream().anyMatch(x -> x.startsWith("Azerbaijan | Laura Cooper")), r.toString());
    }

    @Test
    void entityQueriesOfTheSkeleton() throws Exception {
        assertTrue(rows("articles.rq").contains("000_14b2a5db9d82385e.txt | 2018-12-07 | U.S. Defense Official Says Washington Wants Broader "
            + "Defense Cooperation With Azerbaijan | Mushvig Mehdiyev"));
        assertTrue(rows("missions-with-countries.rq").contains("Resolute Support Mission | Azerbaijan | 1"));
        List<String> people = rows("people-with-countries-and-missions.rq");
        assertTrue(people.stream().anyMatch(x -> x.startsWith("Ilham Aliyev | International Security Assistance Force | 2 | ")
            && x.contains("Azerbaijan")), people.toString());
        List<String> az = rows("entity.rq", "entity", "https://w3id.org/newskg/id/country/AZ");
        assertTrue(az.contains("entity -> value | http://www.w3.org/2000/01/rdf-schema#label | Azerbaijan | 000_14b2a5db9d82385e.txt"), az.toString());
        // a statement about Azerbaijan made by someone else says so: Laura Cooper visited Azerbaijan, not the reverse
        assertTrue(az.contains("value -> entity | https://w3id.org/newskg/ontology#visited | https://w3id.org/newskg/id/person/laura-cooper "
            + "| 000_14b2a5db9d82385e.txt"), az.toString());
        assertTrue(az.stream().noneMatch(x -> x.startsWith("entity -> value | https://w3id.org/newskg/ontology#visited")), az.toString());
    }
}
