package org.newskg.extract;

import java.util.Optional;

/** A person's post: the title as written (no rank, no name) and the country it serves (ISO alpha-2), when known. */
public record PositionFact(Mention person, String title, Optional<String> country, Evidence evidence) {
}
