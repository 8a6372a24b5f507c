package org.newskg.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.newskg.lexicon.ResourceLines;

/** The trigger and cue words of the relation extractors ({@code relation-words.tsv}), by role. */
final class RelationWords {
    private static final Map<String, Set<String>> BY_ROLE = load();

    private RelationWords() {
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> m = new HashMap<>();
        for (String[] row : ResourceLines.readTable("/org/newskg/lexicon/relation-words.tsv", 2)) {
            m.computeIfAbsent(row[0], k -> new HashSet<>()).add(row[1]);
        }
        return m;
    }

    /** The words of a role; an unknown role is a bug in the code, not in the data. */
    static Set<String> of(String role) {
        Set<String> s = BY_ROLE.get(role);
        if (s == null) {
            throw new IllegalStateException("relation-words.tsv has no role " + role);
        }
        return s;
    }

    /** The words of several roles, for a first test that passes over a word that can be none of them. */
    @SafeVarargs
    static Set<String> union(Set<String>... sets) {
        Set<String> out = new HashSet<>();
        for (Set<String> s : sets) {
            out.addAll(s);
        }
        return Set.copyOf(out);
    }
}
