package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.InputFile;

/**
 * The tagger's lexicon (the shared CoreNLP pipeline): readable in the bundled CoreNLP, never
 * short of the tag the tagger gives, and answering what it can without running the tagger.
 */
class PossibleTagsTest {
    private static final PossibleTags POSSIBLE = NlpPipeline.shared().possibleTags();

    private static AnnotatedArticle annotate(String text) throws Exception {
        return NlpPipeline.shared().annotate(ArticleReader.create().parse("t.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theBundledTaggersLexiconIsRead() {
        assertTrue(POSSIBLE.known(), "the POS model's lexicon could not be read: PossibleTags needs updating for this CoreNLP version");
    }

    @Test
    void theTaggerNeverGivesATagOutsideTheLexicon() throws Exception {
        int tokens = 0;
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path seed : seeds) {
            AnnotatedArticle a = NlpPipeline.shared().annotate(ArticleReader.create().read(new InputFile(seed, seed.getFileName().toString())));
            for (CoreLabel t : a.document().tokens()) {
                String tag = a.tags().tag(t); // tags the sentence
                Set<String> possible = POSSIBLE.of(t.word());
                assertTrue(possible.contains(tag), seed + ": '" + t.word() + "' tagged " + tag + ", not among " + possible);
                Set<String> lemmas = POSSIBLE.lemmas(t.word());
                String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
                assertTrue(lemmas == null || lemmas.contains(lemma), seed + ": '" + t.word() + "' lemma " + lemma + ", not among " + lemmas);
                tokens++;
            }
        }
        assertTrue(tokens > 1000, "only " + tokens + " tokens");
    }

    @Test
    void whatEveryPossibleTagAnswersAlikeIsDecided() {
        // the model's lexicon: "Minister" [NNP, NN], "said" [VBD, VBN]
        assertEquals(Boolean.FALSE, POSSIBLE.decides("Minister", PennTags.VERB));
        assertEquals(Boolean.TRUE, POSSIBLE.decides("Minister", PennTags.NOUN));
        assertEquals(Boolean.TRUE, POSSIBLE.decides("said", PennTags.VERB));
        assertEquals(Boolean.FALSE, POSSIBLE.decides("said", PennTags.PROPER_NOUN));
        // "He" has been a proper noun in the model's training text ("He Yafei"): only the tagger tells
        assertNull(POSSIBLE.decides("He", PennTags.PROPER_NOUN));
        // a word the model never saw can take any open-class tag: only the tagger tells
        assertNull(POSSIBLE.decides("Zandanshatar", PennTags.VERB));
        assertNull(PossibleTags.unknown().decides("Minister", PennTags.VERB));
    }

    @Test
    void aSeenWordsLemmasAreThoseUnderItsPossibleTags() {
        assertTrue(POSSIBLE.lemmas("met").contains("meet"), POSSIBLE.lemmas("met").toString());
        assertEquals(Set.of("minister"), POSSIBLE.lemmas("Minister"));
        assertEquals(Set.of("say"), POSSIBLE.lemmas("said"));
        // an unseen word can be any open-class tag, and a word with "_" is lemmatised as a phrasal verb: not narrowed here
        assertNull(POSSIBLE.lemmas("Zandanshatar"));
        assertNull(POSSIBLE.lemmas("take_off"));
        assertNull(PossibleTags.unknown().lemmas("met"));
    }

    @Test
    void aQuestionTheLexiconAnswersRunsNoTagger() throws Exception {
        AnnotatedArticle a = annotate("Foreign Minister Zandanshatar spoke with reporters in Ulaanbaatar.");
        List<CoreLabel> tokens = a.document().tokens();
        CoreLabel minister = tokens.get(1);
        assertEquals("Minister", minister.word());
        assertFalse(a.tags().tagIs(minister, PennTags.VERB));
        assertEquals(List.of(), a.tags().taggedSentences(), "the lexicon knows 'Minister' is no verb");
        CoreLabel name = tokens.get(2);
        assertTrue(a.tags().tagIs(name, PennTags.PROPER_NOUN));
        assertEquals(List.of(0), a.tags().taggedSentences(), "an unknown word's tag is the tagger's");
    }
}
