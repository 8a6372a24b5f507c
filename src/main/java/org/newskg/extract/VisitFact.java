package org.newskg.extract;

import java.util.Optional;

/** A person's trip to a country (ISO alpha-2 code). */
public record VisitFact(Mention person, String country, Optional<ResolvedDate> date, Evidence evidence) {
}
