package org.newskg.extract;

import java.util.Locale;
import java.util.Set;
import org.newskg.nlp.WordLemmas;

/**
 * What a word can be before the POS tagger has run on its sentence: the lemmas it can have under
 * any tag, and whether it can be an inflected verb. The rules ask these first and read a tag
 * (which runs the tagger on the sentence: {@link org.newskg.nlp.TagsOnDemand}) only where the
 * answer is yes, so the tagger runs on the sentences that hold a cue and nowhere else. The
 * answers are supersets of what the tagger can say — the lemmas come from CoreNLP's own
 * lemmatiser under every noun and verb tag — so asking first never changes a rule's outcome.
 */
final class WordForms {
    /*
     * The tags under which CoreNLP's lemmatiser can change a word, one for each set of tags that
     * lemmatise every word alike. Measured over the 32,419 distinct words of the bench corpus, for
     * every tag of the English tagger's set: VB, VBD, VBN and VBP lemmatise alike, as do NN, NNP and
     * NNPS, and PDT, POS, PRP and PRP$, and ADD and AFX; CC, CD, EX, FW, IN, LS, RP, SYM, UH, WDT,
     * WP, WP$, WRB, HYPH, NFP, GW, brackets and punctuation change no word. The verb and noun tags
     * change words of any shape; the others only words of five letters or fewer ("us", "n't",
     * "these", "worse"), with an apostrophe, or ending in "s" (plural demonyms under JJ: "Afghans")
     * or "r"/"st" (comparatives and superlatives: "bigger"), so a longer word of another shape is
     * not put to them.
     */
    private static final String[] NOUN_AND_VERB_TAGS = {"VB", "VBG", "VBZ", "NN", "NNS"};
    private static final String[] OTHER_TAGS = {"JJ", "JJR", "JJS", "RB", "RBR", "RBS", "DT", "MD", "PRP", "TO", "ADD", "XX"};
    /**
     * Past forms the same as the base form, which the lemmatiser leaves as they are; English
     * grammars list them (the invariant irregular verbs).
     */
    private static final Set<String> INVARIANT_PASTS = Set.of("beat", "bet", "bid", "burst", "cast", "cost", "cut", "fit", "hit",
        "hurt", "let", "put", "quit", "read", "rid", "set", "shed", "shut", "slit", "split", "spread", "thrust", "upset");
    /** Each word's possible lemmas, lower-cased. */
    private static final WordLemmas LEMMAS = new WordLemmas();

    private WordForms() {
    }

    /** Every lemma (lower-cased) the word can have, whatever its tag turns out to be: the word itself among them. */
    static Set<String> possibleLemmas(String word) {
        return LEMMAS.get(word, WordForms::lemmatised);
    }

    private static Set<String> lemmatised(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (word.chars().noneMatch(Character::isLetter)) {
            return Set.of(w); // punctuation and numbers are their own lemma
        }
        Set<String> out = new java.util.HashSet<>();
        out.add(w);
        for (String tag : NOUN_AND_VERB_TAGS) {
            out.add(WordLemmas.lemma(word, tag));
        }
        if (w.length() <= 5 || w.indexOf('\'') >= 0 || w.indexOf('’') >= 0 || w.endsWith("s") || w.endsWith("r") || w.endsWith("st")) {
            for (String tag : OTHER_TAGS) {
                out.add(WordLemmas.lemma(word, tag));
            }
        }
        return Set.copyOf(out);
    }

    /** Whether the word can have one of the lemmas (lower-case), under some tag. */
    static boolean mayHaveLemma(String word, Set<String> lemmas) {
        return !java.util.Collections.disjoint(possibleLemmas(word), lemmas);
    }

    /**
     * Whether the tagger could tag the word VBZ, VBG or VBD: it ends in "s" or "ing", or the
     * lemmatiser takes a past tense off it, or it is a past form the same as its base.
     */
    static boolean mayBeInflectedVerb(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith("s") || w.endsWith("ing") || INVARIANT_PASTS.contains(w)
            || !WordLemmas.lemma(word, "VBD").equals(w);
    }
}
