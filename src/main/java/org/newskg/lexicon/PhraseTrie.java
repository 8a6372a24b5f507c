package org.newskg.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the longest phrases of a lexicon in text, word by word, in one pass: a trie of words
 * rather than a regex of hundreds of alternatives, so that matching stays linear in the text.
 * Each phrase is case-sensitive ("US", "Georgia") or case-insensitive ("enhanced forward presence").
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseTrie<V> {
    /** Words as the matcher sees them: abbreviations with their dots ("U.S."), else letters and digits. */
    public static final Pattern WORD = Pattern.compile("\\p{L}(?:\\.\\p{L})+\\.?|[\\p{L}\\p{N}]+");

    /** A phrase found in text. */
    public record Match<V>(int begin, int end, String text, V value) {
    }

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>();
        V value;
    }

    private final Node<V> exact = new Node<>();
    private final Node<V> folded = new Node<>();

    /** Adds a phrase; a later value for the same phrase replaces an earlier one. */
    public void add(String phrase, boolean caseSensitive, V value) {
        List<String> words = words(phrase);
        if (words.isEmpty()) {
            return;
        }
        Node<V> n = caseSensitive ? exact : folded;
        for (String w : words) {
            String key = caseSensitive ? w : fold(w);
            n = n.next.computeIfAbsent(key, k -> new Node<>());
        }
        n.value = value;
    }

    /** Every longest, non-overlapping match in the text, left to right. */
    public List<Match<V>> findAll(String text) {
        return findAll(TextWords.of(text));
    }

    /** Every longest, non-overlapping match among words already found, left to right. */
    public List<Match<V>> findAll(TextWords words) {
        String text = words.text();
        List<Match<V>> out = new ArrayList<>();
        int count = words.size();
        int i = 0;
        while (i < count) {
            int bestEnd = -1;
            V bestValue = null;
            for (int pass = 0; pass < 2; pass++) {
                Node<V> n = pass == 0 ? exact : folded;
                if (n.next.isEmpty()) {
                    continue;
                }
                for (int j = i; j < count; j++) {
                    n = n.next.get(pass == 0 ? words.word(j) : words.folded(j));
                    if (n == null) {
                        break;
                    }
                    if (j > i && !onlySpaceOrJoiner(text, words.end(j - 1), words.begin(j))) {
                        break;
                    }
                    if (n.value != null && j > bestEnd) {
                        bestEnd = j;
                        bestValue = n.value;
                    }
                }
            }
            if (bestEnd >= 0) {
                int b = words.begin(i);
                int e = words.end(bestEnd);
                out.add(new Match<>(b, e, text.substring(b, e), bestValue));
                i = bestEnd + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The value of a whole phrase, if the trie has it. */
    public Optional<V> lookup(String phrase) {
        TextWords words = TextWords.of(phrase);
        if (words.size() == 0) {
            return Optional.empty();
        }
        List<Match<V>> all = findAll(words);
        return all.size() == 1 && all.get(0).begin() == words.begin(0) && all.get(0).end() == words.end(words.size() - 1)
            ? Optional.of(all.get(0).value()) : Optional.empty();
    }

    /** Between two words of one phrase only spaces, hyphens, dashes, apostrophes or "&" may stand. */
    private static boolean onlySpaceOrJoiner(String text, int from, int to) {
        if (to - from > 4) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!(c == ' ' || c == '-' || c == '–' || c == '—' || c == '\'' || c == '’' || c == '&' || c == '\u00a0')) {
                return false;
            }
        }
        return true;
    }

    /** The words of a phrase as the matcher sees them. */
    public static List<String> words(String phrase) {
        TextWords words = TextWords.of(phrase);
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            out.add(words.word(i));
        }
        return out;
    }

    static String fold(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
