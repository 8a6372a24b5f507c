package org.newskg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Fact;
import org.newskg.extract.RelationExtractor;
import org.newskg.nlp.AnnotatorProfile;

/**
 * Every registered relation is whole: its fact record is one of {@link Fact}'s, its ontology
 * class and role properties are declared in {@code ontology/newskg.ttl}, {@code
 * ontology/shapes.ttl} has a shape for its class, explain can write it (roles with words), and
 * the default NLP profile sets what its extractors read. A relation registered without one of
 * these fails here, not silently in explain, ingest or validation.
 */
class RelationRegistryTest {
    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/newskg.ttl");
    private static final Model SHAPES = RDFDataMgr.loadModel("ontology/shapes.ttl");
    private static final org.apache.jena.rdf.model.Property TARGET_CLASS =
        SHAPES.createProperty("http://www.w3.org/ns/shacl#targetClass");

    @Test
    void everyFactRecordHasExactlyOneRelation() {
        Set<Class<?>> registered = new HashSet<>();
        Relations.all().forEach(r -> assertTrue(registered.add(r.type()), "registered twice: " + r.type()));
        assertEquals(Set.of(Fact.class.getPermittedSubclasses()), registered, "a Fact record without a relation module, or the reverse");
    }

    @Test
    void everyRelationHasItsOntologyClassShapeAndExplainRendering() {
        for (Relation<?> r : Relations.all()) {
            Resource c = r.ontologyClass();
            assertTrue(ONTOLOGY.contains(c, RDF.type, OWL.Class), r.name() + ": no owl:Class " + c + " in ontology/newskg.ttl");
            assertTrue(SHAPES.contains(null, TARGET_CLASS, c), r.name() + ": no shape in ontology/shapes.ttl targets " + c);
            assertFalse(r.roles().isEmpty(), r.name() + ": explain has no role to write its facts with");
            for (Relation.Role role : r.roles()) {
                assertTrue(ONTOLOGY.contains(role.property(), RDF.type, OWL.ObjectProperty),
                    r.name() + ": role " + role.property() + " is not an owl:ObjectProperty of the ontology");
            }
            assertFalse(r.extractors().isEmpty(), r.name() + ": nothing extracts it");
            assertTrue(r.name().matches("[a-z]+"), r.name() + ": its name is a JSON key and a log word");
        }
    }

    @Test
    void theDefaultProfileSetsWhatEveryExtractorReads() {
        List<String> annotators = new java.util.ArrayList<>(List.of(AnnotatorProfile.LEAN.annotators().split(",")));
        annotators.addAll(List.of(AnnotatorProfile.LEAN.onDemand().split(",")));
        Set<Class<?>> set = Set.of(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class,
            edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation.class,
            edu.stanford.nlp.ling.CoreAnnotations.PartOfSpeechAnnotation.class,
            edu.stanford.nlp.ling.CoreAnnotations.LemmaAnnotation.class,
            edu.stanford.nlp.ling.CoreAnnotations.NamedEntityTagAnnotation.class);
        // on every sentence, then on the sentences extraction asks about
        assertEquals(List.of("tokenize", "ssplit", "windowedner", "pos", "lemma"), annotators);
        Relations.factExtractor().requireAnnotations(set, String.join(",", annotators));
        Set<Class<?>> withoutPos = new HashSet<>(set);
        withoutPos.remove(edu.stanford.nlp.ling.CoreAnnotations.PartOfSpeechAnnotation.class);
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
            () -> Relations.factExtractor().requireAnnotations(withoutPos, "tokenize,ssplit,lemma,ner"));
        assertTrue(e.getMessage().contains("PartOfSpeechAnnotation") && e.getMessage().contains("tokenize,ssplit,lemma,ner"), e.getMessage());
    }

    @Test
    void extractorsRunOnceEachAndSharedOnesLast() {
        List<RelationExtractor> xs = Relations.extractors();
        assertEquals(xs.size(), new HashSet<>(xs).size(), "an extractor runs once");
        Set<RelationExtractor> declared = new HashSet<>();
        Relations.all().forEach(r -> declared.addAll(r.extractors()));
        assertEquals(declared, new HashSet<>(xs), "every declared extractor runs");
        boolean sharedSeen = false;
        for (RelationExtractor x : xs) {
            boolean shared = Relations.all().stream().filter(r -> r.extractors().contains(x)).count() > 1;
            assertTrue(shared || !sharedSeen, x.name() + " reads one relation but runs after one that reads several");
            sharedSeen |= shared;
        }
        // the change of command reads contributions and positions, and sees what their own rules found
        assertEquals("change-of-command", xs.get(xs.size() - 1).name());
    }
}
