package org.newskg.pipeline;

import java.util.function.Supplier;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.FactExtractor;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.InputFile;
import org.newskg.ingest.UnreadableArticleException;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.NlpPipeline;
import org.newskg.store.FileStamp;

/**
 * One article's way from file to facts, on a worker thread: ingest, nlp, extract. It reads
 * nothing but the file and writes nothing; files the change detector vouches for are not read,
 * and files whose bytes the store holds are not parsed. Models load on first use, so re-building
 * an unchanged corpus never loads them.
 */
final class ArticleProcessor {
    private final ArticleReader reader;
    private final Supplier<NlpPipeline> nlp;
    private final Supplier<FactExtractor> extractor;

    ArticleProcessor(ArticleReader reader, Supplier<NlpPipeline> nlp, Supplier<FactExtractor> extractor) {
        this.reader = reader;
        this.nlp = nlp;
        this.extractor = extractor;
    }

    Outcome process(InputFile f, ChangeDetector changes, StageTimes times) {
        StageTimes.Mark t0 = times.mark();
        Article article;
        FileStamp stamp;
        try {
            FileStamp.Look look = ChangeDetector.look(f);
            java.util.Optional<FileStamp> vouched = changes.vouched(f, look);
            if (vouched.isPresent()) {
                return new Outcome.Unchanged(vouched.get()); // unchanged, as its size and time say: not even read
            }
            ArticleReader.Raw raw = reader.readRaw(f);
            stamp = look.withHash(raw.contentHash());
            if (changes.sameBytes(f, raw.contentHash())) {
                return new Outcome.Unchanged(stamp); // unchanged: read and hashed, not parsed
            }
            article = reader.parse(raw);
        } catch (UnreadableArticleException e) {
            return new Outcome.Skipped(new BuildReport.Skipped(f.sourceFile(), e.reason()));
        } finally {
            times.add(StageTimes.Stage.INGEST, t0);
        }
        StageTimes.Mark t1 = times.mark();
        AnnotatedArticle annotated = nlp.get().annotate(article);
        times.add(StageTimes.Stage.NLP, t1);
        StageTimes.Mark t2 = times.mark();
        ArticleFacts facts = extractor.get().extract(annotated);
        times.add(StageTimes.Stage.EXTRACT, t2);
        times.move(StageTimes.Stage.EXTRACT, StageTimes.Stage.NLP, annotated.tags().wallNanos(), annotated.tags().cpuNanos());
        return new Outcome.Extracted(facts, annotated.document().tokens().size(), annotated.tags().tokensTagged(), stamp);
    }

    /** The facts of an article held in memory (live ingest). */
    ArticleFacts extract(Article article) {
        return extractor.get().extract(nlp.get().annotate(article));
    }
}
