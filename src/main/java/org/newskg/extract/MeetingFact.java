package org.newskg.extract;

import java.util.List;
import java.util.Optional;

/**
 * Persons who met in person. The subject is paired with each counterpart; counterparts are
 * paired with each other only when the meeting was joint ("a trilateral meeting").
 */
public record MeetingFact(Mention subject, List<Mention> counterparts, boolean joint, Optional<ResolvedDate> date,
                          Optional<Place> place, Evidence evidence) {
}
