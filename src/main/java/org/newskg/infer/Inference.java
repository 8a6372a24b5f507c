package org.newskg.infer;

import java.util.ArrayList;
import java.util.List;
import org.newskg.extract.ArticleFacts;
import org.newskg.resolve.PersonDirectory;
import org.newskg.resolve.ResolvedArticle;

/**
 * The infer stage, between resolve and map: named rules that combine facts extraction found
 * separately, run in order. Article rules first (each article on its own: lists, national
 * offices, a meeting's host country, the publisher's country, the traveller of a dateline), then
 * batch rules over every article of the batch and what the store knew before it.
 */
public final class Inference {
    private final List<InferenceRule> rules;

    public Inference(List<InferenceRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * The standard rules. "list-nationality" runs twice: a list's first title may take its
     * country from the meeting it hosts, and the titles after it then from it.
     */
    public static Inference standard() {
        ListNationality list = new ListNationality();
        return new Inference(List.of(list, new NationalOffice(), new HostCountryOfMeeting(), list, new PublisherCountry(),
            new TravellerAtDateline(), new SamePersonElsewhere()));
    }

    /** The rules, in the order they run. */
    public List<InferenceRule> rules() {
        return rules;
    }

    /** Runs every rule over a resolved batch: the article rules, then the batch rules. */
    public List<ResolvedArticle> infer(List<ResolvedArticle> batch, PersonDirectory known) {
        return inferBatch(inferArticles(batch), known);
    }

    /** Runs the article rules over each article of a resolved batch. */
    public List<ResolvedArticle> inferArticles(List<ResolvedArticle> batch) {
        List<ResolvedArticle> out = new ArrayList<>(batch.size());
        for (ResolvedArticle r : batch) {
            out.add(new ResolvedArticle(inferArticle(r.facts()), r.articleIri(), r.entities()));
        }
        return out;
    }

    /**
     * Runs the batch rules over articles the article rules have run over. The batch may be part
     * of a larger corpus when {@code known} holds what the rest of the corpus says (the Spark job's
     * partitions).
     */
    public List<ResolvedArticle> inferBatch(List<ResolvedArticle> batch, PersonDirectory known) {
        List<ResolvedArticle> out = batch;
        for (InferenceRule rule : rules) {
            if (rule instanceof BatchRule b) {
                out = b.apply(out, known);
            }
        }
        return out;
    }

    /** Runs the article rules over one article's facts (what a test of extraction on one article expects). */
    public ArticleFacts inferArticle(ArticleFacts facts) {
        WorkingFacts w = new WorkingFacts(facts);
        for (InferenceRule rule : rules) {
            if (rule instanceof ArticleRule a) {
                a.apply(w);
            }
        }
        return w.result();
    }
}
