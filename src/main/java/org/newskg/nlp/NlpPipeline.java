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
 * final full stop) and ner with one CRF model (english.all.3class: PERSON, LOCATION, ORGANIZATION;
 * countries and missions come from newskg's own gazetteers, so the MUC and CoNLL models and
 * fine-grained regexner buy nothing here) on every sentence; pos and lemma (the relation rules
 * read them) only on the sentences extraction asks about ({@link TagsOnDemand}). No SUTime:
 * newskg finds and resolves dates itself.
 */
public final class NlpPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(NlpPipeline.class);
    private static final Lazy<NlpPipeline> SHARED = Lazy.of(() -> forProfileNew(AnnotatorProfile.LEAN));
    private static volatile boolean preloading;
    /**
     * The least heap the models load in: a one-article build failed at {@code -Xmx260m} and
     * passed at {@code -Xmx280m} (2026-12-02). A heap below this is refused before loading.
     */
    static final long MIN_HEAP_BYTES = 256L * 1024 * 1024;

    private final StanfordCoreNLP corenlp;
    /** pos and lemma, run per sentence on demand; null when {@link #corenlp} runs them itself. */
    private final StanfordCoreNLP onDemand;
    /** The on-demand tagger's lexicon, which answers what a word's tag can be without tagging. */
    private final PossibleTags possibleTags;
    private final Properties properties;
    private final Properties onDemandProperties;
    private final long loadMillis;

    private NlpPipeline(Properties properties, Properties onDemandProperties) {
        this.properties = properties;
        this.onDemandProperties = onDemandProperties;
        requireHeapForModels();
        long t0 = System.nanoTime();
        // the tagger's model and the NER model load at the same time, each on its own thread
        java.util.concurrent.CompletableFuture<StanfordCoreNLP> second = onDemandProperties == null ? null
            : java.util.concurrent.CompletableFuture.supplyAsync(() -> new StanfordCoreNLP(onDemandProperties),
                r -> daemon(r, "newskg-model-loader").start());
        // when each finished, for the log: which of the two the first article waited for
        java.util.concurrent.CompletableFuture<Long> secondDone = second == null ? null : second.thenApply(loaded -> System.nanoTime());
        long firstDone;
        try {
            this.corenlp = new StanfordCoreNLP(properties);
            firstDone = System.nanoTime();
            this.onDemand = second == null ? null : second.join();
        } catch (RuntimeException | OutOfMemoryError e) {
            throw new ModelsUnavailableException(e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e);
        }
        this.possibleTags = onDemand == null ? PossibleTags.unknown() : PossibleTags.of(onDemand);
        this.loadMillis = (System.nanoTime() - t0) / 1_000_000;
        LOG.info("CoreNLP models loaded in {} ms ({} in {} ms{})", loadMillis, properties.getProperty("annotators"), (firstDone - t0) / 1_000_000,
            onDemandProperties == null ? "" : "; on demand: " + onDemandProperties.getProperty("annotators") + " in " + (secondDone.join() - t0) / 1_000_000 + " ms");
    }

    /**
     * Refuses, before any model is read, a heap the models cannot fit in. Loading them in a
     * smaller heap fails in whichever thread asks for memory first (the model loader, or the
     * main thread opening the store), so it is checked up front, where the message can say so.
     */
    static void requireHeapForModels() {
        if (Runtime.getRuntime().maxMemory() < MIN_HEAP_BYTES) {
            throw ModelsUnavailableException.heapTooSmall();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static NlpPipeline forProfileNew(AnnotatorProfile profile) {
        return new NlpPipeline(profile.properties(), profile.onDemand().isEmpty() ? null : profile.onDemandProperties());
    }

    /** The properties newskg runs CoreNLP with on every sentence by default ({@link AnnotatorProfile#LEAN}). */
    public static Properties defaultProperties() {
        return AnnotatorProfile.LEAN.properties();
    }

    /** The process-wide pipeline of {@link AnnotatorProfile#LEAN}, loaded on first use. */
    public static NlpPipeline shared() {
        return SHARED.get();
    }

    /**
     * Starts loading the shared pipeline's models now, on background threads, so that they load
     * while the caller opens the store and reads files; the first {@link #shared()} then waits
     * only for what is left. For a build that will annotate (a fresh store, {@code --force}); an
     * incremental build of unchanged files should not pay for models it never uses.
     */
    public static synchronized void preload() {
        if (SHARED.isMade() || preloading) {
            return;
        }
        requireHeapForModels();
        preloading = true;
        daemon(() -> {
            try {
                SHARED.get();
            } catch (ModelsUnavailableException e) {
                // the first article asks again, and its build stops with this
                LOG.debug("preloading the models failed", e);
            }
        }, "newskg-model-loader").start();
    }

    /** A pipeline with other properties, every annotator run eagerly (the benchmark's bare baselines). */
    public static NlpPipeline withProperties(Properties properties) {
        return new NlpPipeline(properties, null);
    }

    /** The shared pipeline for the default profile, else a new one for the profile. */
    public static NlpPipeline forProfile(AnnotatorProfile profile) {
        return profile == AnnotatorProfile.LEAN ? shared() : forProfileNew(profile);
    }

    /** Annotates an article's cleaned text, with its publication date as the document date (used when a profile runs SUTime). */
    public AnnotatedArticle annotate(Article article) {
        CoreDocument doc = new CoreDocument(article.text());
        article.published().map(LocalDate::toString)
            .ifPresent(d -> doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, d));
        corenlp.annotate(doc);
        TagsOnDemand tags = onDemand == null ? TagsOnDemand.preset()
            : TagsOnDemand.of(onDemand, possibleTags, doc.annotation().get(CoreAnnotations.SentencesAnnotation.class));
        return new AnnotatedArticle(article, doc, tags);
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
        "ner", java.util.List.of(CoreAnnotations.NamedEntityTagAnnotation.class),
        "windowedner", java.util.List.of(CoreAnnotations.NamedEntityTagAnnotation.class));

    /**
     * The annotations this pipeline's annotators set, on every sentence or on demand, as
     * extractors declare what they require.
     */
    public java.util.Set<Class<?>> annotationsSet() {
        java.util.Set<Class<?>> out = new java.util.HashSet<>();
        for (String a : annotators().split(",")) {
            out.addAll(SETS.getOrDefault(a.strip(), java.util.List.of()));
        }
        return out;
    }

    /** The annotators, those run on demand included ("tokenize,ssplit,ner,pos,lemma"). */
    public String annotators() {
        return properties.getProperty("annotators")
            + (onDemandProperties == null ? "" : "," + onDemandProperties.getProperty("annotators"));
    }

    /** The lexicon of the tagger run on demand ({@link PossibleTags#unknown()} when the profile tags eagerly). */
    public PossibleTags possibleTags() {
        return possibleTags;
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
