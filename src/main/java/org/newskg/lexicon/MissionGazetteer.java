package org.newskg.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The named missions and operations newskg knows ({@code missions.tsv}, each with its source). */
public final class MissionGazetteer {
    private static final Lazy<MissionGazetteer> STANDARD = Lazy.of(() -> new MissionGazetteer());

    private final Map<String, Mission> byId = new LinkedHashMap<>();
    private final PhraseTrie<Mission> trie = new PhraseTrie<>();

    private MissionGazetteer() {
        for (String[] c : ResourceLines.readTable("/org/newskg/lexicon/missions.tsv", 7)) {
            Mission m = new Mission(c[0], c[1], split(c[2]), split(c[3]), c[4], c[5], c[6]);
            if (byId.put(m.id(), m) != null) {
                throw new IllegalStateException("missions.tsv lists the id " + m.id() + " twice");
            }
            trie.add(m.name(), false, m);
            m.aliases().forEach(a -> trie.add(a, false, m));
            m.acronyms().forEach(a -> trie.add(a, true, m));
        }
    }

    /** The gazetteer built from the project's resource file (loaded once). */
    public static MissionGazetteer standard() {
        return STANDARD.get();
    }

    /** Every mission name, alias and acronym in the text. */
    public List<PhraseTrie.Match<Mission>> find(String text) {
        return trie.findAll(text);
    }

    /** The same, over words already found in a text. */
    public List<PhraseTrie.Match<Mission>> find(TextWords words) {
        return trie.findAll(words);
    }

    /** The mission a whole phrase names, if any. */
    public Optional<Mission> lookup(String phrase) {
        return trie.lookup(phrase);
    }

    public Optional<Mission> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Mission> all() {
        return byId.values();
    }

    private static List<String> split(String s) {
        return s.isBlank() ? List.of() : new ArrayList<>(Arrays.asList(s.split("\\|")));
    }
}
