package org.newskg.extract;

import java.util.Optional;

/**
 * What an article says about itself that rules over several facts need after extraction: the
 * country of its publisher ("U.S. Department of Defense", a national news service) and where its
 * dateline puts the story ("HANOI, Vietnam, Oct. 9, 2006 —").
 */
public record ArticleSetting(Optional<String> publisherCountry, Optional<Dateline> dateline) {
    public static final ArticleSetting NONE = new ArticleSetting(Optional.empty(), Optional.empty());

    /**
     * A dateline the article opens a sentence with: that sentence, where it begins, the country
     * it names (ISO alpha-2), and its date, resolved, when it has one.
     */
    public record Dateline(int sentence, int sentenceBegin, String country, Optional<ResolvedDate> date) {
    }
}
