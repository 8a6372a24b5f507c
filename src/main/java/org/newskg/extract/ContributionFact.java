package org.newskg.extract;

import java.util.Optional;
import java.util.OptionalInt;

/** A country's (ISO alpha-2) contribution to a mission (gazetteer or text id), with its size and start when given. */
public record ContributionFact(String country, String mission, OptionalInt troops, Optional<ResolvedDate> since, Evidence evidence) {
}
