package org.newskg.lexicon;

import java.util.Arrays;

/**
 * The words of a text as the gazetteers see them ({@link PhraseTrie#WORD}: abbreviations with
 * their dots, "U.S.", else runs of letters and digits), found once so that every gazetteer of an
 * article reads the same words: cutting the text into words took as long as the matching itself,
 * three times over for countries, missions and places.
 */
public final class TextWords {
    private final String text;
    private final int[] begins;
    private final int[] ends;
    private final String[] words;
    private final String[] folded;

    private TextWords(String text, int[] begins, int[] ends, int count) {
        this.text = text;
        this.begins = Arrays.copyOf(begins, count);
        this.ends = Arrays.copyOf(ends, count);
        this.words = new String[count];
        this.folded = new String[count];
    }

    /**
     * Cuts a text into words. A hand-written scan, equal to finding {@link PhraseTrie#WORD}
     * repeatedly (a test compares the two), at a fraction of the regex's cost.
     */
    public static TextWords of(String text) {
        int n = text.length();
        int[] b = new int[Math.max(4, n / 5)];
        int[] e = new int[b.length];
        int count = 0;
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int end = -1;
            if (Character.isLetter(cp)) {
                end = abbreviationEnd(text, i + Character.charCount(cp));
            }
            if (end < 0 && isLetterOrNumber(cp)) {
                end = i + Character.charCount(cp);
                while (end < n) {
                    int c = text.codePointAt(end);
                    if (!isLetterOrNumber(c)) {
                        break;
                    }
                    end += Character.charCount(c);
                }
            }
            if (end < 0) {
                i += Character.charCount(cp);
                continue;
            }
            if (count == b.length) {
                b = Arrays.copyOf(b, count * 2);
                e = Arrays.copyOf(e, count * 2);
            }
            b[count] = i;
            e[count] = end;
            count++;
            i = end;
        }
        return new TextWords(text, b, e, count);
    }

    /** After a first letter: the end of "(?:\.\p{L})+\.?" from {@code at}, or -1 when there is not one dot-letter pair. */
    private static int abbreviationEnd(String text, int at) {
        int n = text.length();
        int k = at;
        boolean pair = false;
        while (k + 1 < n && text.charAt(k) == '.') {
            int c = text.codePointAt(k + 1);
            if (!Character.isLetter(c)) {
                break;
            }
            k += 1 + Character.charCount(c);
            pair = true;
        }
        if (!pair) {
            return -1;
        }
        return k < n && text.charAt(k) == '.' ? k + 1 : k;
    }

    /** \p{L} or \p{N}, as java.util.regex reads them: a letter or a digit of any script. */
    public static boolean isLetterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    public String text() {
        return text;
    }

    public int size() {
        return begins.length;
    }

    public int begin(int i) {
        return begins[i];
    }

    public int end(int i) {
        return ends[i];
    }

    /** The i-th word as written. */
    public String word(int i) {
        String w = words[i];
        if (w == null) {
            w = text.substring(begins[i], ends[i]);
            words[i] = w;
        }
        return w;
    }

    /** The i-th word in lower case, folded once however many gazetteers ask. */
    public String folded(int i) {
        String f = folded[i];
        if (f == null) {
            f = PhraseTrie.fold(word(i)); // as the trie folded its phrases
            folded[i] = f;
        }
        return f;
    }
}
