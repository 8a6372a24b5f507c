package org.newskg.testing;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newskg.extract.ArticleFacts;
import org.newskg.infer.Inference;
import org.newskg.ingest.Article;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.PossibleTags;
import org.newskg.nlp.TagsOnDemand;
import org.newskg.relation.Relations;

/**
 * Sentences annotated by hand, for rule tests that load no model: each token is written
 * {@code word/TAG}, optionally followed by {@code /lemma} (lower case) and {@code /NER} (upper
 * case), e.g. {@code "Dempsey/NNP/PERSON greeted/VBD/greet Iwasaki/NNP/PERSON ./."}. Runs of
 * tokens with the same NER tag become one entity mention, as CoreNLP's entitymentions annotator
 * makes them. A token tagged {@code HYPH} is written joined to its neighbours ("Kyung-wha"), and round
 * brackets to what they hold ("(TF)"). Lemmas default to the lower-cased word.
 */
public final class HandAnnotated {
    private HandAnnotated() {
    }

    /**
     * The facts newskg extracts from these sentences in an article published on {@code published}
     * ("" for none), completed by the inference stage's article rules (a title's country from the
     * meeting its holder hosts, from the publisher …), as they reach the graph of a one-article build.
     */
    public static ArticleFacts facts(String published, String... sentences) {
        return extractBothWays("", " ", published, sentences);
    }

    /**
     * The facts of the sentences, extracted three ways: with every tag and lemma on the tokens;
     * with them run per sentence as extraction asks ({@link #onDemand}), as the default pipeline
     * runs the tagger; and the same with a lexicon of the tags each word can have (here, the tags
     * the hand annotation gives it), which answers a question about a tag without tagging where the
     * word leaves no doubt, as the tagger's own lexicon does ({@link PossibleTags}). Every rule test
     * is so also a test that asking the words' forms and the lexicon first, before reading a tag,
     * changes no outcome. Fails when they differ.
     */
    private static ArticleFacts extractBothWays(String header, String separator, String published, String... sentences) {
        ArticleFacts preset = extract(article(header, separator, published, sentences));
        for (boolean lexicon : new boolean[] {false, true}) {
            ArticleFacts asked = extract(onDemand(article(header, separator, published, sentences), lexicon));
            if (!preset.mentions().equals(asked.mentions()) || !preset.facts().equals(asked.facts())) {
                throw new AssertionError("the tagger run on demand" + (lexicon ? ", with a lexicon," : "") + " changed what was found:\n"
                    + "  every sentence tagged: " + preset.mentions() + "\n    " + preset.facts() + "\n  tagged as asked: " + asked.mentions()
                    + "\n    " + asked.facts());
            }
        }
        return preset;
    }

    /** Extraction and the article rules of inference over one annotated article. */
    public static ArticleFacts extract(AnnotatedArticle a) {
        return Inference.standard().inferArticle(Relations.factExtractor().extract(a));
    }

    /** The facts from these sentences under header lines that are not sentences (a byline, a publisher line). */
    public static ArticleFacts factsUnder(String header, String published, String... sentences) {
        return extractBothWays(header, " ", published, sentences);
    }

    /** The facts from sentences each on its own line, as a page's header lines and paragraphs stand. */
    public static ArticleFacts factsOnLines(String published, String... sentences) {
        return extractBothWays("", "\n\n", published, sentences);
    }

    public static AnnotatedArticle article(String published, String... sentences) {
        return article("", published, sentences);
    }

    /**
     * The same article with its tokens' tags and lemmas taken off, and given back per sentence by
     * a stand-in for CoreNLP's pos and lemma annotators when extraction asks for them, as the
     * default pipeline does ({@link TagsOnDemand}): which sentences were tagged can then be asked.
     */
    public static AnnotatedArticle onDemand(String published, String... sentences) {
        return onDemand(article(published, sentences), false);
    }

    /**
     * As {@link #onDemand(String, String...)}, with a lexicon of the tags each word can have (as
     * the tagger's own, {@link PossibleTags}): where it leaves no doubt, a question about a tag is
     * answered without tagging.
     */
    public static AnnotatedArticle onDemand(java.util.Map<String, java.util.Set<String>> lexicon, String published, String... sentences) {
        return onDemand(article(published, sentences), PossibleTags.of(w -> lexicon.get(w).toArray(String[]::new)));
    }

    /**
     * As {@link #onDemand(String, String...)}, and with {@code lexicon} the possible tags of each
     * word are the tags the hand annotation gives it anywhere in the article.
     */
    private static AnnotatedArticle onDemand(AnnotatedArticle a, boolean lexicon) {
        java.util.Map<String, java.util.Set<String>> byWord = new java.util.HashMap<>();
        for (CoreLabel t : a.document().tokens()) {
            if (t.tag() != null) {
                byWord.computeIfAbsent(t.word(), w -> new java.util.TreeSet<>()).add(t.tag());
            }
        }
        return onDemand(a, lexicon ? PossibleTags.of(w -> byWord.get(w).toArray(String[]::new)) : PossibleTags.unknown());
    }

    private static AnnotatedArticle onDemand(AnnotatedArticle a, PossibleTags possible) {
        java.util.Map<CoreLabel, String[]> held = new java.util.IdentityHashMap<>();
        for (CoreLabel t : a.document().tokens()) {
            held.put(t, new String[] {t.tag(), t.lemma()});
            t.remove(CoreAnnotations.PartOfSpeechAnnotation.class);
            t.remove(CoreAnnotations.LemmaAnnotation.class);
        }
        edu.stanford.nlp.pipeline.AnnotationPipeline posLemma = new edu.stanford.nlp.pipeline.AnnotationPipeline();
        posLemma.addAnnotator(new edu.stanford.nlp.pipeline.Annotator() {
            @Override
            public void annotate(Annotation one) {
                for (CoreMap s : one.get(CoreAnnotations.SentencesAnnotation.class)) {
                    for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                        t.setTag(held.get(t)[0]);
                        t.setLemma(held.get(t)[1]);
                    }
                }
            }

            @Override
            public java.util.Set<Class<? extends edu.stanford.nlp.ling.CoreAnnotation>> requirementsSatisfied() {
                return java.util.Set.of(CoreAnnotations.PartOfSpeechAnnotation.class, CoreAnnotations.LemmaAnnotation.class);
            }

            @Override
            public java.util.Set<Class<? extends edu.stanford.nlp.ling.CoreAnnotation>> requires() {
                return java.util.Set.of();
            }
        });
        return new AnnotatedArticle(a.article(), a.document(),
            TagsOnDemand.of(posLemma, possible, a.document().annotation().get(CoreAnnotations.SentencesAnnotation.class)));
    }

    private static AnnotatedArticle article(String header, String published, String... sentences) {
        return article(header, " ", published, sentences);
    }

    private static AnnotatedArticle article(String header, String separator, String published, String... sentences) {
        StringBuilder text = new StringBuilder(header.isEmpty() ? "" : header + "\n\n");
        List<CoreLabel> all = new ArrayList<>();
        List<CoreMap> sents = new ArrayList<>();
        List<CoreMap> docMentions = new ArrayList<>();
        for (int si = 0; si < sentences.length; si++) {
            if (si > 0) {
                text.append(separator);
            }
            int sentBegin = text.length();
            int tokenBegin = all.size();
            List<CoreLabel> toks = new ArrayList<>();
            String[] specs = sentences[si].trim().split("\\s+");
            for (int ti = 0; ti < specs.length; ti++) {
                String[] f = specs[ti].split("/", -1);
                String word = f[0].isEmpty() && f.length > 2 && f[1].isEmpty() ? "/" : f[0];
                String tag = f.length > 1 ? f[1] : "NN";
                String lemma = word.toLowerCase(Locale.ROOT);
                String ner = "O";
                for (int k = 2; k < f.length; k++) {
                    if (f[k].equals(f[k].toUpperCase(Locale.ROOT)) && f[k].chars().anyMatch(Character::isLetter)) {
                        ner = f[k];
                    } else if (!f[k].isEmpty()) {
                        lemma = f[k];
                    }
                }
                // a hyphen CoreNLP split off ("Kyung-wha" is Kyung/HYPH/wha) is written joined, as in the text
                // and brackets hug what they hold: "Task Force (TF) 150"
                boolean glued = tag.equals("HYPH") || !toks.isEmpty() && toks.get(toks.size() - 1).tag().equals("HYPH")
                    || word.equals(")") || !toks.isEmpty() && toks.get(toks.size() - 1).word().equals("(");
                if (ti > 0 && !isClosingPunct(word) && !glued) {
                    text.append(' ');
                }
                int b = text.length();
                text.append(word);
                CoreLabel t = new CoreLabel();
                t.setWord(word);
                t.setValue(word);
                t.setOriginalText(word);
                t.setTag(tag);
                t.setLemma(lemma);
                t.setNER(ner);
                t.setBeginPosition(b);
                t.setEndPosition(text.length());
                t.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, b);
                t.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, text.length());
                t.setIndex(ti + 1);
                t.setSentIndex(si);
                t.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
                toks.add(t);
                all.add(t);
            }
            Annotation s = new Annotation(text.substring(sentBegin));
            s.set(CoreAnnotations.TokensAnnotation.class, toks);
            s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, sentBegin);
            s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, text.length());
            s.set(CoreAnnotations.SentenceIndexAnnotation.class, si);
            s.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
            s.set(CoreAnnotations.TokenEndAnnotation.class, all.size());
            List<CoreMap> mentions = mentions(toks, text, si, tokenBegin);
            s.set(CoreAnnotations.MentionsAnnotation.class, mentions);
            docMentions.addAll(mentions);
            sents.add(s);
        }
        Annotation doc = new Annotation(text.toString());
        doc.set(CoreAnnotations.TokensAnnotation.class, all);
        doc.set(CoreAnnotations.SentencesAnnotation.class, sents);
        doc.set(CoreAnnotations.MentionsAnnotation.class, docMentions);
        String t = text.toString();
        Article article = new Article("hand.txt", Optional.empty(), Optional.empty(),
            published.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(published)), t,
            "0".repeat(64));
        return new AnnotatedArticle(article, new CoreDocument(doc));
    }

    private static List<CoreMap> mentions(List<CoreLabel> toks, CharSequence text, int si, int tokenBegin) {
        List<CoreMap> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            String ner = toks.get(i).ner();
            if (ner.equals("O")) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < toks.size() && toks.get(j + 1).ner().equals(ner)) {
                j++;
            }
            int b = toks.get(i).beginPosition();
            int e = toks.get(j).endPosition();
            Annotation m = new Annotation(text.subSequence(b, e).toString());
            m.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(toks.subList(i, j + 1)));
            m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, b);
            m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, e);
            m.set(CoreAnnotations.NamedEntityTagAnnotation.class, ner);
            m.set(CoreAnnotations.EntityTypeAnnotation.class, ner);
            m.set(CoreAnnotations.SentenceIndexAnnotation.class, si);
            m.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin + i);
            m.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + j + 1);
            out.add(m);
            i = j + 1;
        }
        return out;
    }

    private static boolean isClosingPunct(String w) {
        return w.equals(".") || w.equals(",") || w.equals(";") || w.equals(":") || w.equals("'s") || w.equals("?") || w.equals("!");
    }
}
