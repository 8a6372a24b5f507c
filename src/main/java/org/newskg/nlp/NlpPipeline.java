package org.newskg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.Properties;
import org.newskg.ingest.Article;
import org.newskg.lexicon.Lazy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one CoreNLP pipeline of a process. Loading models takes seconds, so it is built once
 * ({@link #shared()}) and used by every thread: {@link StanfordCoreNLP#annotate} is thread-safe.
 *
 * <p>Annotators, and why (see {@link AnnotatorProfile} and the README's measurements): tokenize,
 * ssplit (a newline ends a sentence: scraped articles keep one paragraph a line and often drop the
 * final full stop), pos (the relation rules read it), lemma (trigger words are matched on
 * lemmas), ner with one CRF model (english.all.3class: PERSON, LOCATION, ORGANIZATION; countries
 * and missions come from newskg's own gazetteers, so the MUC and CoNLL models and fine-grained
 * regexner buy nothing here). No SUTime: newskg finds and resolves dates itself.
 */
public final class NlpPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(NlpPipeline.class);
    private static final Lazy<NlpPipeline> SHARED = Lazy.of(() -> {
        awaitPreload();
        return new NlpPipeline(defaultProperties());
    });
    /** The threads {@link #preload()} started, and when (nanoTime); none until then. */
    private static volatile java.util.List<Thread> preloading = java.util.List.of();
    private static volatile long preloadStart;

    private final StanfordCoreNLP corenlp;
    private final Properties properties;
    private final long loadMillis;

    private NlpPipeline(Properties properties) {
        this.properties = properties;
        long t0 = preloadStart != 0 && properties.equals(defaultProperties()) ? preloadStart : System.nanoTime();
        this.corenlp = new StanfordCoreNLP(properties);
        this.loadMillis = (System.nanoTime() - t0) / 1_000_000; // from the preload's start when the models were preloaded
        LOG.info("CoreNLP models loaded in {} ms ({})", loadMillis, properties.getProperty("annotators"));
    }

    /** The properties newskg runs CoreNLP with by default ({@link AnnotatorProfile#LEAN}). */
    public static Properties defaultProperties() {
        return AnnotatorProfile.LEAN.properties();
    }

    /** The process-wide pipeline with {@link #defaultProperties()}, loaded on first use. */
    public static NlpPipeline shared() {
        return SHARED.get();
    }

    /**
     * Starts loading the shared pipeline's models now, on background threads, so that they load
     * while the caller opens the store and reads files; the first {@link #shared()} then waits
     * only for what is left. The POS tagger and the NER classifier load at the same time, each on
     * its own thread, into CoreNLP's annotator cache, which the shared pipeline then takes them
     * from (its load time is then counted from the preload's start). For a build that will annotate (a fresh store, {@code --force}); an incremental build
     * of unchanged files should not pay for models it never uses.
     */
    public static synchronized void preload() {
        if (SHARED.isMade() || !preloading.isEmpty()) {
            return;
        }
        preloadStart = System.nanoTime();
        Properties base = defaultProperties();
        java.util.List<Thread> parts = new java.util.ArrayList<>();
        for (String annotators : new String[] {"tokenize,ssplit,pos,lemma", "tokenize,ssplit,ner"}) {
            Properties part = new Properties();
            part.putAll(base);
            part.setProperty("annotators", annotators);
            part.setProperty("enforceRequirements", "false");
            Thread t = new Thread(() -> new StanfordCoreNLP(part), "newskg-model-loader");
            t.setDaemon(true);
            t.start();
            parts.add(t);
        }
        preloading = java.util.List.copyOf(parts);
    }

    /** Waits for the models {@link #preload()} is loading, so that the shared pipeline takes them from CoreNLP's cache. */
    private static void awaitPreload() {
        for (Thread t : preloading) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A pipeline with other properties (the benchmark compares annotator settings with it). */
    public static NlpPipeline withProperties(Properties properties) {
        return new NlpPipeline(properties);
    }

    /** The shared pipeline for the default profile, else a new one for the profile. */
    public static NlpPipeline forProfile(AnnotatorProfile profile) {
        return profile == AnnotatorProfile.LEAN ? shared() : new NlpPipeline(profile.properties());
    }

    /** Annotates an article's cleaned text, with its publication date as the document date (used when a profile runs SUTime). */
    public AnnotatedArticle annotate(Article article) {
        CoreDocument doc = new CoreDocument(article.text());
        article.published().map(LocalDate::toString)
            .ifPresent(d -> doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, d));
        corenlp.annotate(doc);
        return new AnnotatedArticle(article, doc);
    }

    /** Annotates raw text with no document date: what bare CoreNLP does (the benchmark's baseline). */
    public CoreDocument annotateText(String text) {
        CoreDocument doc = new CoreDocument(text);
        corenlp.annotate(doc);
        return doc;
    }

    /**
     * What each annotator newskg may run sets on tokens and sentences (CoreNLP's own names for
     * them); since CoreNLP 4.5 {@code tokenize} splits sentences too.
     */
    private static final java.util.Map<String, java.util.List<Class<?>>> SETS = java.util.Map.of(
        "tokenize", java.util.List.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class),
        "ssplit", java.util.List.of(CoreAnnotations.SentencesAnnotation.class),
        "pos", java.util.List.of(CoreAnnotations.PartOfSpeechAnnotation.class),
        "lemma", java.util.List.of(CoreAnnotations.LemmaAnnotation.class),
        "ner", java.util.List.of(CoreAnnotations.NamedEntityTagAnnotation.class));

    /** The annotations this pipeline's annotators set, as extractors declare what they require. */
    public java.util.Set<Class<?>> annotationsSet() {
        java.util.Set<Class<?>> out = new java.util.HashSet<>();
        for (String a : properties.getProperty("annotators").split(",")) {
            out.addAll(SETS.getOrDefault(a.strip(), java.util.List.of()));
        }
        return out;
    }

    public long loadMillis() {
        return loadMillis;
    }

    public Properties properties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }
}
