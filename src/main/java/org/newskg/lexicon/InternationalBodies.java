package org.newskg.lexicon;

import java.util.List;
import java.util.regex.Pattern;

/**
 * International organisations and missions, whose officials serve no one state: a title naming
 * one ("NATO Secretary General", "MONUC public information officer", "chief of staff for
 * Multi-National Battle Group-East") is a post of the body, not of a country.
 */
public final class InternationalBodies {
    private static final List<Pattern> BODIES = ResourceLines.read("/org/newskg/lexicon/international-bodies.txt").stream()
        .map(b -> Pattern.compile("(?<![\\p{L}.])" + Pattern.quote(b) + "(?![\\p{L}])"))
        .toList();

    private InternationalBodies() {
    }

    /** True when the title names an international organisation or a known mission. */
    public static boolean namedIn(String title) {
        return BODIES.stream().anyMatch(p -> p.matcher(title).find()) || !MissionGazetteer.standard().find(title).isEmpty();
    }
}
