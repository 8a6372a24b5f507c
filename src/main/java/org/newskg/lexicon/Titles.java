package org.newskg.lexicon;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Official titles: their head nouns ({@code office-words.txt}) and when two can belong to one person. */
public final class Titles {
    private static final Set<String> OFFICE_WORDS = ResourceLines.read("/org/newskg/lexicon/office-words.txt").stream()
        .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private Titles() {
    }

    /** True for a head noun of titles ("minister", "secretary"), in lower case. */
    public static boolean isOfficeWord(String lower) {
        return OFFICE_WORDS.contains(lower);
    }

    /** The head noun of a title: its last office word ("Readout of Deputy Secretary" is a secretary), or "". */
    public static String head(String title) {
        String head = "";
        for (String w : title.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (OFFICE_WORDS.contains(w)) {
                head = w;
            }
        }
        return head;
    }

    /**
     * Two titles can be one person's when either is missing or has no head, or their heads are the
     * same: "Deputy Secretary" and "Deputy Secretary of Defense" agree, "Prime Minister" and
     * "Foreign Secretary" do not.
     */
    public static boolean agree(String a, String b) {
        String ha = head(a);
        String hb = head(b);
        return ha.isEmpty() || hb.isEmpty() || ha.equals(hb);
    }
}
