package org.newskg.resolve;

import java.util.Collection;
import java.util.List;

/**
 * Persons the graph already has with a full name, so that a surname alone in a new article
 * ("Mattis") can join the one person of that surname known elsewhere ("Jim Mattis").
 */
@FunctionalInterface
public interface KnownPersons {
    /** Full names (labels) of persons already in the store. */
    Collection<String> fullNames();

    /** The countries the store's positions give each person (by IRI), for titles that name none. */
    default java.util.Map<String, java.util.Set<String>> positionCountries() {
        return java.util.Map.of();
    }

    /** These names, and these countries by person IRI. */
    static KnownPersons of(Collection<String> fullNames, java.util.Map<String, java.util.Set<String>> positionCountries) {
        return new KnownPersons() {
            @Override
            public Collection<String> fullNames() {
                return fullNames;
            }

            @Override
            public java.util.Map<String, java.util.Set<String>> positionCountries() {
                return positionCountries;
            }
        };
    }

    /** No persons known. */
    static KnownPersons none() {
        return List::of;
    }
}
