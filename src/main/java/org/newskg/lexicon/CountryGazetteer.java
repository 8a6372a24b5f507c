package org.newskg.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sovereign states newskg knows, with every name, abbreviation, demonym and capital it
 * recognises them by: {@code countries.tsv} (ISO 3166 codes, names, demonyms and capitals from
 * mledoze/countries, ODbL) and {@code countries-extra.tsv} (the project's additions).
 */
public final class CountryGazetteer {
    private static final Lazy<CountryGazetteer> STANDARD = Lazy.of(() -> new CountryGazetteer());

    private final Map<String, Country> byIso2 = new LinkedHashMap<>();
    private final PhraseTrie<CountryForm> trie = new PhraseTrie<>();
    private final Map<String, Country> byCapital = new LinkedHashMap<>();

    private CountryGazetteer() {
        Map<String, List<CountryForm>> forms = new LinkedHashMap<>();
        for (String[] c : ResourceLines.readTable("/org/newskg/lexicon/countries.tsv", 7)) {
            Country country = new Country(c[0], c[1], c[2], c[3], split(c[6]));
            byIso2.put(country.iso2(), country);
            add(country, CountryForm.Kind.NAME, c[2]);
            add(country, CountryForm.Kind.NAME, c[3]);
            split(c[4]).forEach(n -> add(country, CountryForm.Kind.NAME, n));
            split(c[5]).forEach(n -> add(country, CountryForm.Kind.DEMONYM, n));
            split(c[6]).forEach(n -> add(country, CountryForm.Kind.CAPITAL, n));
        }
        for (String[] c : ResourceLines.readTable("/org/newskg/lexicon/countries-extra.tsv", 3)) {
            Country country = byIso2.get(c[0]);
            if (country == null) {
                throw new IllegalStateException("countries-extra.tsv names an unknown ISO code: " + c[0]);
            }
            add(country, CountryForm.Kind.valueOf(kind(c[1])), c[2]);
        }
    }

    private static String kind(String k) {
        return switch (k) {
            case "abbrev" -> "ABBREVIATION";
            default -> k.toUpperCase(Locale.ROOT);
        };
    }

    private void add(Country country, CountryForm.Kind kind, String form) {
        if (form.isBlank()) {
            return;
        }
        trie.add(form, true, new CountryForm(country, kind, form));
        if (kind == CountryForm.Kind.CAPITAL) {
            byCapital.put(form, country);
            // "Washington D.C." is also written "Washington"; but "South Tarawa" is not "South", nor
            // "Mexico City" the city "Mexico": only an initialism after the name is dropped
            java.util.regex.Matcher m = CITY_AND_INITIALS.matcher(form);
            if (m.matches()) {
                byCapital.putIfAbsent(m.group(1), country);
            }
        }
    }

    /** The gazetteer built from the project's resource files (loaded once). */
    public static CountryGazetteer standard() {
        return STANDARD.get();
    }

    /** Every country name, abbreviation, demonym and capital in the text. */
    public List<PhraseTrie.Match<CountryForm>> find(String text) {
        return trie.findAll(text);
    }

    /** The same, over words already found in a text. */
    public List<PhraseTrie.Match<CountryForm>> find(TextWords words) {
        return trie.findAll(words);
    }

    public Optional<Country> byIso2(String iso2) {
        return Optional.ofNullable(byIso2.get(iso2));
    }

    private static final java.util.regex.Pattern CITY_AND_INITIALS = java.util.regex.Pattern.compile("(\\p{Lu}[\\p{L}'’\\-]{3,})[ ,]+(?:\\p{Lu}\\.){2,}");

    /** The country whose capital (or other city form) this is. */
    public Optional<Country> byCapital(String city) {
        return Optional.ofNullable(byCapital.get(city));
    }

    /** The country a whole phrase names ("Azerbaijani", "U.S."), if it names one. */
    public Optional<CountryForm> lookup(String phrase) {
        return trie.lookup(phrase);
    }

    /** Every capital form (with its short form: "Washington" for "Washington D.C.") and its country. */
    public java.util.Map<String, Country> capitals() {
        return java.util.Collections.unmodifiableMap(byCapital);
    }

    public Collection<Country> all() {
        return byIso2.values();
    }

    private static List<String> split(String s) {
        return s.isBlank() ? List.of() : new ArrayList<>(Arrays.asList(s.split("\\|")));
    }
}
