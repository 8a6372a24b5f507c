package org.newskg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newskg.nlp.PennTags;
import org.newskg.nlp.TagsOnDemand;

/** One sentence's tokens and date expressions ({@link DateExpressionFinder}), with lookups by character offset. */
final class SentenceView {
    /** A date expression, with a normalised value when a tagger gave one. */
    record DateMention(int begin, int end, int firstToken, int lastToken, String text, Optional<String> normalized) {
    }

    final int index;
    final int begin;
    final int end;
    final List<CoreLabel> tokens;
    private final int[] tokenEnds;
    private final String text;
    private final DateExpressionFinder finder;
    // found on first use: most sentences are never asked for their dates or their lower-cased words
    private List<DateMention> dates;
    private String[] lowers;
    private String[] lemmas;
    /**
     * Each token's possible lemmas (its own once tagged, else those the tagger's lexicon allows,
     * else {@link WordForms}'), looked up once: every relation's cue scan asks them of every token.
     */
    private java.util.List<java.util.Set<String>> possibleLemmas;
    /** Where tags and lemmas come from: reading one may run the tagger on this sentence. */
    private final TagsOnDemand tags;

    SentenceView(int index, CoreSentence s, String text, DateExpressionFinder finder) {
        this(index, s, text, finder, TagsOnDemand.preset());
    }

    SentenceView(int index, CoreSentence s, String text, DateExpressionFinder finder, TagsOnDemand tags) {
        this.tags = tags;
        this.index = index;
        this.begin = s.charOffsets().first();
        this.end = s.charOffsets().second();
        this.tokens = s.tokens();
        this.tokenEnds = new int[tokens.size()];
        for (int i = 0; i < tokenEnds.length; i++) {
            tokenEnds[i] = tokens.get(i).endPosition();
        }
        this.text = text;
        this.finder = finder;
    }

    /** The sentence's date expressions, left to right (one article's thread asks; not thread-safe). */
    List<DateMention> dates() {
        if (dates == null) {
            dates = List.copyOf(finder.find(text, this));
        }
        return dates;
    }

    /** Index of the token covering (or first after) a character offset. */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = tokenEnds.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokenEnds[mid] > offset) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return Math.max(0, lo);
    }

    String word(int i) {
        return tokens.get(i).word();
    }

    String lower(int i) {
        if (lowers == null) {
            lowers = new String[tokens.size()];
        }
        String l = lowers[i];
        if (l == null) {
            l = tokens.get(i).word().toLowerCase(Locale.ROOT);
            lowers[i] = l;
        }
        return l;
    }

    String lemma(int i) {
        if (lemmas == null) {
            lemmas = new String[tokens.size()];
        }
        String l = lemmas[i];
        if (l == null) {
            // a word the tagger's lexicon allows one lemma under every tag it can get has that
            // lemma whatever the tagger says: its sentence is not tagged for it
            java.util.Set<String> possible = tags.possibleLemmas(tokens.get(i));
            if (possible != null && possible.size() == 1) {
                l = possible.iterator().next();
            } else {
                String raw = tags.lemma(tokens.get(i));
                l = raw == null ? lower(i) : raw.toLowerCase(Locale.ROOT);
            }
            lemmas[i] = l;
        }
        return l;
    }

    /**
     * Whether token i can have one of the lemmas, by its form and the tagger's lexicon (no tagger): ask this before
     * {@link #lemma} or {@link #tag}, which run the tagger on the sentence.
     */
    boolean mayHaveLemma(int i, java.util.Set<String> lemmas) {
        if (possibleLemmas == null) {
            possibleLemmas = new java.util.ArrayList<>(java.util.Collections.nCopies(tokens.size(), null));
        }
        java.util.Set<String> possible = possibleLemmas.get(i);
        if (possible == null) {
            possible = tags.possibleLemmas(tokens.get(i));
            if (possible == null) {
                possible = WordForms.possibleLemmas(word(i));
            }
            possibleLemmas.set(i, possible);
        }
        return !java.util.Collections.disjoint(possible, lemmas);
    }

    /** Whether token i's tag passes the test, told by the tagger's lexicon where it can be ({@link TagsOnDemand#tagIs}). */
    boolean tagIs(int i, java.util.function.Predicate<String> test) {
        return tags.tagIs(tokens.get(i), test);
    }

    String tag(int i) {
        String t = tags.tag(tokens.get(i));
        return t == null ? "" : t;
    }

    /**
     * Whether token i stands in title case, as a headline's words do: most words of four letters or
     * more within five tokens either side of it are capitalised. Prose capitalises no verb inside a
     * sentence; a headline does, and scraped articles often run the headline into the first
     * sentence ("Commander Badreddine Killed in Syria -The Lebanese militant group …").
     */
    boolean inTitleCase(int i) {
        return titleCaseAround(tokens, i);
    }

    /** {@link #inTitleCase(int)} over a sentence's tokens. */
    static boolean titleCaseAround(List<CoreLabel> tokens, int i) {
        int words = 0;
        int capitalised = 0;
        for (int k = Math.max(0, i - TITLE_CASE_WINDOW); k <= i + TITLE_CASE_WINDOW && k < tokens.size(); k++) {
            String w = tokens.get(k).word();
            if (k != i && w.length() >= 4 && Character.isLetter(w.codePointAt(0))) {
                words++;
                capitalised += Character.isUpperCase(w.codePointAt(0)) ? 1 : 0;
            }
        }
        return words > 0 && capitalised * 2 > words;
    }

    private static final int TITLE_CASE_WINDOW = 5;

    boolean isVerb(int i) {
        return tagIs(i, PennTags.VERB_OR_MODAL);
    }

    int size() {
        return tokens.size();
    }

    int charBegin(int token) {
        return tokens.get(token).beginPosition();
    }

    int charEnd(int token) {
        return tokens.get(token).endPosition();
    }
}
