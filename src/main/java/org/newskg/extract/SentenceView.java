package org.newskg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One sentence's tokens and date expressions ({@link DateExpressionFinder}), with lookups by character offset. */
final class SentenceView {
    /** A date expression, with a normalised value when a tagger gave one. */
    record DateMention(int begin, int end, int firstToken, int lastToken, String text, Optional<String> normalized) {
    }

    final int index;
    final int begin;
    final int end;
    final List<CoreLabel> tokens;
    final List<DateMention> dates = new ArrayList<>();
    private final int[] tokenEnds;

    SentenceView(int index, CoreSentence s, String text, DateExpressionFinder finder) {
        this.index = index;
        this.begin = s.charOffsets().first();
        this.end = s.charOffsets().second();
        this.tokens = s.tokens();
        this.tokenEnds = new int[tokens.size()];
        for (int i = 0; i < tokenEnds.length; i++) {
            tokenEnds[i] = tokens.get(i).endPosition();
        }
        dates.addAll(finder.find(text, this));
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
        return tokens.get(i).word().toLowerCase(Locale.ROOT);
    }

    String lemma(int i) {
        String l = tokens.get(i).lemma();
        return l == null ? lower(i) : l.toLowerCase(Locale.ROOT);
    }

    String tag(int i) {
        String t = tokens.get(i).tag();
        return t == null ? "" : t;
    }

    boolean isVerb(int i) {
        return tag(i).startsWith("VB") || tag(i).equals("MD");
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
