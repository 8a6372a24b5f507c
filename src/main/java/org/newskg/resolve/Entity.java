package org.newskg.resolve;

import java.util.List;
import java.util.SortedSet;
import org.newskg.extract.EntityType;
import org.newskg.extract.Mention;

/**
 * One real-world entity as one article knows it: its graph-wide IRI, preferred label, other
 * names, and the mentions in the article that refer to it. {@code key} is the identity the IRI
 * is minted from: a person's name key, a country's ISO code, a mission's id.
 */
public record Entity(String iri, EntityType type, String key, String label, SortedSet<String> altLabels, List<Mention> mentions) {
}
