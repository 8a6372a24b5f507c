package org.newskg.lexicon;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Wikidata items of countries ({@code country-wikidata.tsv}, from Our World in Data's table): only cited links, none guessed. */
public final class WikidataLinks {
    private static final String ENTITY = "http://www.wikidata.org/entity/";
    private static final Map<String, String> COUNTRIES = ResourceLines.read("/org/newskg/lexicon/country-wikidata.tsv").stream()
        .map(l -> l.split("\t")).collect(Collectors.toUnmodifiableMap(f -> f[0].strip(), f -> f[1].strip()));

    private WikidataLinks() {
    }

    /** The Wikidata entity IRI of a country ({@code http://www.wikidata.org/entity/Q227} for AZ), if the table gives one. */
    public static Optional<String> country(String iso2) {
        return Optional.ofNullable(COUNTRIES.get(iso2)).map(q -> ENTITY + q);
    }
}
