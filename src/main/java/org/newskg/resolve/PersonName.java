package org.newskg.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.lexicon.Ranks;
import org.newskg.lexicon.ResourceLines;

/**
 * A person's name taken apart for matching: given name in its full form ("Jim" is "james"),
 * surname with its particles ("Vanden Bulke"), and a key that ignores middle names, initials,
 * accents and common transliteration variants ("Ilham Aliev" and "Ilham Aliyev" share a key).
 *
 * @param given   the folded full given name, or empty for a surname alone
 * @param surname the folded surname
 * @param words   the name's words as written, ranks dropped
 */
public record PersonName(String given, String surname, List<String> words) {
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    // before NICKNAMES: loading it folds names
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");
    private static final Pattern IY_BEFORE_VOWEL = Pattern.compile("iy(?=[aeou])");
    private static final Map<String, String> NICKNAMES = loadNicknames();

    private static Map<String, String> loadNicknames() {
        Map<String, String> m = new HashMap<>();
        for (String[] row : ResourceLines.readTable("/org/newskg/lexicon/nicknames.tsv", 2)) {
            m.put(fold(row[0]), fold(row[1]));
        }
        return m;
    }

    /** Parses a name as written ("Defense Minister Col. Gen. Safar Abiyev" is not expected: pass "Safar Abiyev"). */
    public static PersonName parse(String written) {
        List<String> words = new ArrayList<>();
        for (String w : written.trim().split("\\s+")) {
            if (!w.isEmpty() && !Ranks.isRankWord(w)) {
                words.add(w);
            }
        }
        while (words.size() > 1 && SUFFIXES.contains(fold(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty()) {
            return new PersonName("", fold(written), List.of(written));
        }
        int surnameStart = words.size() - 1;
        while (surnameStart > 1 && org.newskg.lexicon.NameParticles.isFoldedParticle(fold(words.get(surnameStart - 1)))) {
            surnameStart--;
        }
        StringBuilder surname = new StringBuilder();
        for (int i = surnameStart; i < words.size(); i++) {
            surname.append(fold(words.get(i)));
        }
        String given = surnameStart == 0 ? "" : fold(words.get(0));
        if (given.length() <= 1) {
            given = ""; // an initial alone does not tell two people apart
        }
        given = NICKNAMES.getOrDefault(given, given);
        return new PersonName(given, translit(surname.toString()), List.copyOf(words));
    }

    /** True for a surname alone ("Gates"). */
    public boolean isSurnameOnly() {
        return given.isEmpty();
    }

    /** The identity key: given name and surname, folded. */
    public String key() {
        return given.isEmpty() ? surname : given + " " + surname;
    }

    /** Lower case, no accents, letters and digits only. */
    static String fold(String s) {
        String ascii = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        ascii = ascii.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("đ", "d");
        return NOT_ALNUM.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("");
    }


    /** Folds transliteration variants of the same surname together: Aliyev/Aliev, Zelenskyy/Zelensky. */
    static String translit(String s) {
        return IY_BEFORE_VOWEL.matcher(s).replaceAll("i").replace("yy", "y");
    }

    /** Damerau-Levenshtein distance, for spelling variants of a given name ("Ghengis"/"Genghis"). */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** Two given names that are spelling variants of one another. */
    static boolean similarGiven(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        return a.length() >= 5 && b.length() >= 5 && a.charAt(0) == b.charAt(0) && editDistance(a, b) <= 2;
    }
}
