package org.newskg.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a store's article graphs say about persons, graph by graph: the names each writes for a
 * person and the countries each gives a person's positions. Read once, it answers for any set of
 * graphs left out, so that a build which reads it before writing can tell, after writing, what the
 * store held without the graphs it rebuilt, removed or wrote, without asking the store again.
 */
public final class StoredPersons {
    private final Map<String, List<String>> namesByGraph;
    private final Map<String, Map<String, Set<String>>> countriesByGraph;

    StoredPersons(Map<String, List<String>> namesByGraph, Map<String, Map<String, Set<String>>> countriesByGraph) {
        this.namesByGraph = namesByGraph;
        this.countriesByGraph = countriesByGraph;
    }

    /** Every name written for a person in graphs other than these, once each, in the store's order. */
    public List<String> names(Collection<String> exceptGraphs) {
        Set<String> out = new LinkedHashSet<>();
        namesByGraph.forEach((g, names) -> {
            if (!exceptGraphs.contains(g)) {
                out.addAll(names);
            }
        });
        return List.copyOf(out);
    }

    /** The countries (ISO codes) each person's positions give in graphs other than these, by person IRI. */
    public Map<String, Set<String>> positionCountries(Collection<String> exceptGraphs) {
        Map<String, Set<String>> out = new HashMap<>();
        countriesByGraph.forEach((g, byPerson) -> {
            if (!exceptGraphs.contains(g)) {
                byPerson.forEach((p, isos) -> out.computeIfAbsent(p, k -> new HashSet<>()).addAll(isos));
            }
        });
        return out;
    }

    /** Collects query rows, graph by graph. */
    static final class Reader {
        private final Map<String, List<String>> names = new LinkedHashMap<>();
        private final Map<String, Map<String, Set<String>>> countries = new LinkedHashMap<>();

        void name(String graph, String name) {
            names.computeIfAbsent(graph, k -> new ArrayList<>()).add(name);
        }

        void country(String graph, String person, String iso) {
            countries.computeIfAbsent(graph, k -> new HashMap<>()).computeIfAbsent(person, k -> new HashSet<>()).add(iso);
        }

        StoredPersons read() {
            return new StoredPersons(names, countries);
        }
    }
}
