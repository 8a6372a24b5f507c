package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.lexicon.CountryGazetteer;
import org.newskg.lexicon.TextWords;
import org.newskg.nlp.AnnotatedArticle;

/**
 * The extract stage: entity mentions ({@link EntityMentionFinder}), then the facts every
 * registered extractor reads, grouped by relation in registry order, each with its evidence,
 * and the article's setting (publisher's country, dateline) that the inference stage needs.
 * Extraction stays sentence- and article-local: rules that combine facts run after resolution
 * ({@code org.newskg.infer}).
 */
public final class FactExtractor {
    private final EntityMentionFinder mentions;
    private final CountryGazetteer countries;
    private final List<? extends FactKind<?>> kinds;
    private final List<? extends RelationExtractor> extractors;
    private final DateResolver dates = new DateResolver();

    /**
     * @param kinds      the relations, in the order their facts are kept
     * @param extractors what reads them, in the order they run (each sees what earlier ones found)
     */
    public FactExtractor(EntityMentionFinder mentions, CountryGazetteer countries, List<? extends FactKind<?>> kinds,
                         List<? extends RelationExtractor> extractors) {
        this.mentions = mentions;
        this.countries = countries;
        this.kinds = List.copyOf(kinds);
        this.extractors = List.copyOf(extractors);
    }

    /** The extractors this stage runs. */
    public List<RelationExtractor> extractors() {
        return List.copyOf(extractors);
    }

    /**
     * Fails fast when an extractor requires an annotation the pipeline does not set (a profile
     * without {@code pos}), naming both, instead of extracting nothing.
     */
    public FactExtractor requireAnnotations(java.util.Set<Class<?>> set, String annotators) {
        for (RelationExtractor x : extractors) {
            for (Class<?> needed : x.requires()) {
                if (!set.contains(needed)) {
                    throw new IllegalStateException("the " + x.name() + " extractor reads " + needed.getSimpleName()
                        + ", which none of the annotators " + annotators + " sets; use a profile that runs the annotator that sets it");
                }
            }
        }
        return this;
    }

    public ArticleFacts extract(AnnotatedArticle annotated) {
        TextWords words = TextWords.of(annotated.article().text());
        ArticleFacts entities = mentions.find(annotated, words);
        ArticleContext ctx = new ArticleContext(annotated, entities.mentions(), countries, words);
        for (RelationExtractor x : extractors) {
            ctx.found.addAll(x.extract(ctx)); // a later extractor sees what earlier ones found, as CoreNLP's annotators do
        }
        String source = annotated.article().sourceFile();
        List<Fact> kept = new ArrayList<>();
        for (FactKind<?> kind : kinds) {
            kept.addAll(RunOnGuard.bound(kind.name(), source, ofKind(kind, ctx.found), Fact::evidence));
        }
        return entities.withFacts(setting(ctx), kept);
    }

    private static <F extends Fact> List<F> ofKind(FactKind<F> kind, List<Fact> found) {
        return found.stream().filter(kind.type()::isInstance).map(kind.type()::cast).toList();
    }

    private ArticleSetting setting(ArticleContext ctx) {
        Optional<ArticleSetting.Dateline> dateline = ctx.datelineCountry().map(country -> {
            ArticleContext.Dateline d = ctx.dateline().orElseThrow(); // a dateline country comes from a dateline
            SentenceView.DateMention date = d.date();
            return new ArticleSetting.Dateline(d.sentence(), ctx.sentences.get(d.sentence()).charBegin(0), country,
                dates.resolve(date.text(), date.normalized(), ctx.anchor, Tense.PAST));
        });
        if (dateline.isEmpty()) {
            // "GHAZNI PROVINCE, Afghanistan – It was a fitting day for Poland's Minister of Defense …"
            dateline = ctx.undatedDateline().map(d -> new ArticleSetting.Dateline(d.getKey(), ctx.sentences.get(d.getKey()).charBegin(0),
                d.getValue(), Optional.empty()));
        }
        return new ArticleSetting(ctx.homeCountry, dateline);
    }
}
