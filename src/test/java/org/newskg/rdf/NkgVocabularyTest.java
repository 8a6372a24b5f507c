package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** NKG and ontology/newskg.ttl name the same terms, both ways. */
class NkgVocabularyTest {
    @Test
    void codeAndOntologyDeclareTheSameTerms() throws Exception {
        Model onto = RDFDataMgr.loadModel("ontology/newskg.ttl");
        TreeSet<String> declared = new TreeSet<>();
        for (Resource type : new Resource[] {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}) {
            onto.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
                if (r.isURIResource() && r.getURI().startsWith(NKG.NS)) {
                    declared.add(r.getURI());
                }
            });
        }
        TreeSet<String> inCode = new TreeSet<>();
        for (Field f : NKG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Resource r = (Resource) f.get(null);
                assertEquals(NKG.NS + f.getName(), r.getURI(), "the constant's name is its local name");
                inCode.add(r.getURI());
            }
        }
        assertEquals(declared, inCode);
    }
}
