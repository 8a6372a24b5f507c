package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.export.ExportFormat;
import org.newskg.export.Exporter;
import org.newskg.ingest.InputFiles;
import org.newskg.pipeline.KnowledgeGraphBuilder;
import org.newskg.store.Tdb2Store;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.Profiles;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.semanticweb.owlapi.search.EntitySearcher;

/** The ontology as Protégé and a reasoner see it: OWL API parsing, the OWL 2 DL profile, HermiT. */
class OntologyTest {
    static OWLOntology ontology;

    @TempDir
    static Path dir;

    @BeforeAll
    static void load() throws Exception {
        OWLOntologyManager m = OWLManager.createOWLOntologyManager();
        ontology = m.loadOntologyFromOntologyDocument(Path.of("ontology/newskg.ttl").toFile());
    }

    private static OWLReasoner hermit(OWLOntology o) {
        Configuration c = new Configuration();
        c.ignoreUnsupportedDatatypes = true; // the data's xsd:date literals are not OWL 2 datatypes
        return new ReasonerFactory().createReasoner(o, c);
    }

    @Test
    void parsesWithItsIriAndVersion() {
        assertEquals(IRI.create("https://w3id.org/newskg/ontology"), ontology.getOntologyID().getOntologyIRI().orElseThrow());
        // one version everywhere: the pom's (read through the filtered resource the jar and --version use)
        String version = org.newskg.cli.NewsKg.version();
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+"), version);
        assertEquals(IRI.create("https://w3id.org/newskg/ontology/" + version), ontology.getOntologyID().getVersionIRI().orElseThrow());
        assertEquals(List.of(version), ontology.annotations()
            .filter(a -> a.getProperty().getIRI().toString().equals("http://www.w3.org/2002/07/owl#versionInfo"))
            .map(a -> a.getValue().asLiteral().orElseThrow().getLiteral()).toList());
        assertTrue(ontology.imports().findAny().isEmpty(), "no imports that need the network");
    }

    @Test
    void everyTripleParsesIntoAnAxiom() {
        // what Protégé shows as parse warnings: triples the OWL API could not turn into axioms
        var meta = ontology.getFormat().getOntologyLoaderMetaData().orElseThrow();
        assertEquals(0, meta.getUnparsedTriples().count(), () -> meta.getUnparsedTriples().map(Object::toString).collect(Collectors.joining("\n")));
        assertEquals(0, meta.getGuessedDeclarations().size(), "every term is declared: " + meta.getGuessedDeclarations());
    }

    @Test
    void isOwl2Dl() {
        OWLProfileReport r = Profiles.OWL2_DL.checkOntology(ontology);
        assertTrue(r.isInProfile(), r.getViolations().stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void hermitFindsItConsistentWithNoUnsatisfiableClass() {
        OWLReasoner r = hermit(ontology);
        assertTrue(r.isConsistent());
        assertEquals(Set.of(), r.getUnsatisfiableClasses().getEntitiesMinusBottom());
    }

    @Test
    void everyOwnTermHasALabelAndADefinition() {
        List<String> missing = ontology.signature()
            .filter(e -> e.getIRI().toString().startsWith(NKG.NS))
            .filter(e -> !hasAnnotation(e, "http://www.w3.org/2000/01/rdf-schema#label")
                || !hasAnnotation(e, "http://www.w3.org/2004/02/skos/core#definition"))
            .map(e -> e.getIRI().toString()).sorted().toList();
        assertEquals(List.of(), missing);
        assertTrue(ontology.signature().filter(e -> e.getIRI().toString().startsWith(NKG.NS)).count() >= 50);
    }

    private static boolean hasAnnotation(OWLEntity e, String property) {
        return EntitySearcher.getAnnotations(e, ontology).anyMatch(a -> a.getProperty().getIRI().toString().equals(property)
            && a.getValue().asLiteral().map(l -> l.getLang().equals("en") && !l.getLiteral().isBlank()).orElse(false));
    }

    @Test
    void seedsGraphWithTheOntologyIsConsistent() throws Exception {
        Tdb2Store store = Tdb2Store.open(dir.resolve("tdb2"));
        KnowledgeGraphBuilder.create().store(store).build().build(InputFiles.list(List.of(Path.of("seeds"))));
        ByteArrayOutputStream nt = new ByteArrayOutputStream();
        Exporter.export(store.dataset(), ExportFormat.NTRIPLES, nt);
        Model both = RDFDataMgr.loadModel("ontology/newskg.ttl");
        RDFDataMgr.read(both, new java.io.ByteArrayInputStream(nt.toByteArray()), Lang.NTRIPLES);
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, both, Lang.TURTLE);
        OWLOntology merged = OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(new StringDocumentSource(w.toString()));
        assertTrue(merged.individualsInSignature().count() > 20, "the seeds' individuals are in the merged ontology");
        OWLReasoner r = hermit(merged);
        assertTrue(r.isConsistent());
        TreeSet<String> persons = new TreeSet<>();
        r.getInstances(OWLManager.getOWLDataFactory().getOWLClass(IRI.create(NKG.Person.getURI())), false)
            .entities().forEach(i -> persons.add(i.getIRI().toString()));
        assertTrue(persons.contains("https://w3id.org/newskg/id/person/ilham-aliev"), persons.toString());
        // the alignment axioms make them FOAF persons too
        assertTrue(r.getInstances(OWLManager.getOWLDataFactory().getOWLClass(IRI.create("http://xmlns.com/foaf/0.1/Person")), false)
            .entities().anyMatch(i -> i.getIRI().toString().equals("https://w3id.org/newskg/id/person/ilham-aliev")));
        assertTrue(nt.toString(StandardCharsets.UTF_8).contains("ilham-aliev"));
    }
}
