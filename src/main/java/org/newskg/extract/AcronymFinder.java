package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds acronym definitions: "the International Security Assistance Force (ISAF)". The long form
 * is the shortest run of capitalised words before the parenthesis whose initials spell the
 * acronym (small words such as "of" and "the" may sit inside it).
 */
public final class AcronymFinder {
    /** One definition: where the long form and the acronym are in the text. */
    public record Definition(String longForm, String acronym, int longBegin, int longEnd, int acronymBegin, int acronymEnd) {
    }

    private static final Pattern PAREN = Pattern.compile("\\(([A-Z][A-Za-z0-9]*(?:[-–. ][A-Z0-9][A-Za-z0-9]*)?)\\)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’]*");
    private static final Pattern NUMBER_AFTER = Pattern.compile("[ \\t]*-?[0-9]");
    private static final java.util.Set<String> SMALL = java.util.Set.of("of", "the", "for", "in", "and", "on", "to", "de");

    public List<Definition> find(String text) {
        List<Definition> out = new ArrayList<>();
        Matcher m = PAREN.matcher(text);
        while (m.find()) {
            String acronym = m.group(1);
            String letters = acronym.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
            if (letters.length() < 2 || letters.length() > 12) {
                continue;
            }
            if (NUMBER_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue; // "Task Force (TF) 150": the number completes the name; "TF" alone names nothing
            }
            int windowStart = Math.max(0, m.start() - 200);
            String before = text.substring(windowStart, m.start());
            List<int[]> words = new ArrayList<>();
            Matcher w = WORD.matcher(before);
            while (w.find()) {
                words.add(new int[] {windowStart + w.start(), windowStart + w.end()});
            }
            // the run of capitalised (or small) words that ends right before the parenthesis
            int runStart = words.size();
            for (int i = words.size() - 1; i >= 0; i--) {
                String word = text.substring(words.get(i)[0], words.get(i)[1]);
                int gapEnd = i + 1 < words.size() ? words.get(i + 1)[0] : m.start();
                String gap = text.substring(words.get(i)[1], gapEnd);
                if (!gap.matches("[\\s\\-–—]*")) {
                    break;
                }
                if (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)) || SMALL.contains(word)) {
                    runStart = i;
                } else {
                    break;
                }
            }
            Definition best = null;
            for (int s = words.size() - 1; s >= runStart; s--) {
                String first = text.substring(words.get(s)[0], words.get(s)[1]);
                if (SMALL.contains(first) || Character.toUpperCase(first.charAt(0)) != letters.charAt(0)) {
                    continue;
                }
                StringBuilder initials = new StringBuilder();
                int contentWords = 0;
                for (int k = s; k < words.size(); k++) {
                    String word = text.substring(words.get(k)[0], words.get(k)[1]);
                    // small words may give a letter ("Community of West African States": ECOWAS) or not (ISAF)
                    initials.append(Character.isDigit(word.charAt(0)) ? word : word.substring(0, 1).toUpperCase(Locale.ROOT));
                    if (!SMALL.contains(word)) {
                        contentWords++;
                    }
                }
                if (isSubsequence(letters, initials.toString()) && contentWords <= letters.length() + 2) {
                    int lb = words.get(s)[0];
                    int le = words.get(words.size() - 1)[1];
                    best = new Definition(text.substring(lb, le), acronym, lb, le, m.start(1), m.end(1));
                    break;
                }
            }
            if (best != null) {
                out.add(best);
            }
        }
        return out;
    }

    /** True when every letter of the acronym appears in the initials, in order, and the first ones agree. */
    private static boolean isSubsequence(String acronym, String initials) {
        int j = 0;
        for (int i = 0; i < initials.length() && j < acronym.length(); i++) {
            if (initials.charAt(i) == acronym.charAt(j)) {
                j++;
            }
        }
        return j == acronym.length();
    }
}
