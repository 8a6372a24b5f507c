package org.newskg.lexicon;

import java.util.List;

/**
 * Cities where things happen: every capital in the country gazetteer and the landmarks news names
 * instead of their city ({@code landmarks.tsv}: "the Pentagon" is in Washington).
 */
public final class PlaceGazetteer {
    /** A city or landmark and where it is. */
    public record City(String city, String country) {
    }

    private static final Lazy<PlaceGazetteer> STANDARD = Lazy.of(() -> new PlaceGazetteer(CountryGazetteer.standard()));
    private final PhraseTrie<City> trie = new PhraseTrie<>();

    private PlaceGazetteer(CountryGazetteer countries) {
        countries.capitals().forEach((form, c) -> trie.add(form, true, new City(form, c.iso2())));
        for (String[] row : ResourceLines.readTable("/org/newskg/lexicon/landmarks.tsv", 3)) {
            trie.add(row[0], false, new City(row[1], row[2]));
        }
    }

    public static PlaceGazetteer standard() {
        return STANDARD.get();
    }

    /** Every city and landmark named in the text. */
    public List<PhraseTrie.Match<City>> find(String text) {
        return trie.findAll(text);
    }

    /** The same, over words already found in a text. */
    public List<PhraseTrie.Match<City>> find(TextWords words) {
        return trie.findAll(words);
    }
}
