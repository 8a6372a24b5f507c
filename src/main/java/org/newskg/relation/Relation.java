package org.newskg.relation;

import java.util.List;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.newskg.extract.Fact;
import org.newskg.extract.FactKind;
import org.newskg.extract.RelationExtractor;
import org.newskg.rdf.FactMapping;

/**
 * One relation as a module, registered in {@link Relations}: its fact record ({@link #type()}),
 * the extractors that read it, its mapping to RDF, the ontology class of its fact nodes (which
 * {@code newskg.ttl} declares and {@code shapes.ttl} targets), and how {@code newskg explain}
 * reads one of its facts. Everything that enumerates relations (extraction, mapping, explain,
 * ingest's summary, the tests that check ontology and shapes) asks the registry.
 */
public interface Relation<F extends Fact> extends FactKind<F>, FactMapping<F> {
    /** The ontology class of its fact nodes ({@code nkg:Meeting}). */
    Resource ontologyClass();

    /** The extractors that read it, in the order they run. */
    List<RelationExtractor> extractors();

    /**
     * How explain writes a fact of it, read from one of its entities: the properties that link
     * the fact and its other entities, in the order they are written, each with the word before
     * the names ("Meeting with Ilham Aliyev", "Position held by Laura Cooper").
     */
    List<Role> roles();

    /**
     * A link between a fact and an entity, as explain writes it.
     *
     * @param property the property
     * @param inverse  true when the entity points to the fact ({@code ?person nkg:holdsPosition ?position})
     * @param word     the word that introduces the entity (" with ", " held by ")
     */
    record Role(Property property, boolean inverse, String word) {
        public Role {
            if (word.isBlank()) {
                throw new IllegalArgumentException("a role needs the word explain writes before the names: " + property);
            }
        }
    }
}
