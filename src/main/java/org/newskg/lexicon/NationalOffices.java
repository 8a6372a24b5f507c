package org.newskg.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Offices whose name alone tells the country they serve ({@code national-offices.tsv}):
 * "Secretary of Defense" is the United States', "Defense Minister" nobody's in particular.
 */
public final class NationalOffices {
    private record Office(Pattern pattern, String country) {
    }

    private static final List<Office> OFFICES = ResourceLines.readTable("/org/newskg/lexicon/national-offices.tsv", 2).stream()
        // whole words; "secretary of state" is not "Secretary of State for Defence" (a British office)
        .map(r -> new Office(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(r[0]) + "(?![\\p{L}])(?!\\s+for\\s+(?:defen[cs]e|foreign|the home))"),
            r[1]))
        .toList();

    private NationalOffices() {
    }

    /** The country an office in this title serves, if the title holds one. */
    public static Optional<String> countryOf(String title) {
        String t = title.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (Office o : OFFICES) {
            if (o.pattern().matcher(t).find()) {
                return Optional.of(o.country());
            }
        }
        return Optional.empty();
    }
}
