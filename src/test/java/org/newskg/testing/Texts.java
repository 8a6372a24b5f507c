package org.newskg.testing;

import java.nio.charset.StandardCharsets;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.EntityMentionFinder;
import org.newskg.ingest.ArticleReader;
import org.newskg.nlp.NlpPipeline;

/** Runs a text through ingest, the shared CoreNLP pipeline and extraction, for tests. */
public final class Texts {
    private Texts() {
    }

    public static ArticleFacts facts(String text) throws Exception {
        var article = ArticleReader.create().parse("t.txt", text.getBytes(StandardCharsets.UTF_8));
        return EntityMentionFinder.standard().find(NlpPipeline.shared().annotate(article));
    }
}
