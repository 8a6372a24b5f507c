package org.newskg.resolve;

import java.util.List;
import java.util.Optional;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.Mention;

/** An article's facts with every mention tied to a graph-wide entity. */
public record ResolvedArticle(ArticleFacts facts, String articleIri, List<Entity> entities) {
    /** The entity a mention belongs to. */
    public Optional<Entity> entityOf(Mention m) {
        return entities.stream().filter(e -> e.mentions().contains(m)).findFirst();
    }

    /** The entity of the article's byline author, if any. */
    public Optional<Entity> author() {
        return facts.article().author().flatMap(a -> entities.stream()
            .filter(e -> e.type() == org.newskg.extract.EntityType.PERSON)
            .filter(e -> e.label().equals(a) || e.altLabels().contains(a))
            .findFirst());
    }
}
