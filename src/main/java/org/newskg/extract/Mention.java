package org.newskg.extract;

import java.util.Objects;

/**
 * One place in an article's text that names an entity.
 *
 * @param type       what kind of entity
 * @param text       the words as written ("Azerbaijani", "Gates", "ISAF")
 * @param begin      character offset in the article's cleaned text (inclusive)
 * @param end        character offset (exclusive)
 * @param sentence   index of the sentence it is in
 * @param key        the gazetteer identity for countries (ISO alpha-2) and missions (mission id); for persons, empty
 * @param title      for persons, the title written right before the name ("Defense Minister"), else empty
 * @param rule       the rule that found it (for evidence)
 * @param confidence how sure the rule is, in [0, 1]
 */
public record Mention(EntityType type, String text, int begin, int end, int sentence, String key, String title,
                      String rule, double confidence) {
    public Mention {
        Objects.requireNonNull(type);
        Objects.requireNonNull(text);
        Objects.requireNonNull(key);
        Objects.requireNonNull(title);
        Objects.requireNonNull(rule);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }

    public boolean overlaps(int b, int e) {
        return begin < e && b < end;
    }

    /** Two mentions of one person: the same surname, and titles that do not disagree ("Prime Minister Singh" is not "Foreign Secretary Sujatha Singh"). */
    public static boolean sameName(Mention a, Mention b) {
        String[] x = a.text().split("\\s+");
        String[] y = b.text().split("\\s+");
        if (!x[x.length - 1].equals(y[y.length - 1])) {
            return false;
        }
        if (x.length > 1 && y.length > 1 && !a.text().equals(b.text())) {
            return x[0].equals(y[0]);
        }
        return org.newskg.lexicon.Titles.agree(a.title(), b.title());
    }
}
