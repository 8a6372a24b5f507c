package org.newskg.extract;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A fact an article reports, one record per relation. What every fact has: the persons it is
 * about ({@link #participants()}), a date and a place where it has them, and the evidence it was
 * read from. The records live here so that the set of relations is one sealed type (a switch over
 * facts is checked for completeness); what a relation does with its record (extraction, RDF,
 * explain) is its module in {@code org.newskg.relation}.
 */
public sealed interface Fact {
    /** Where the fact was read. */
    Evidence evidence();

    /** The person mentions the fact is about (empty for a fact between countries and missions). */
    List<Mention> participants();

    /** When it happened (for a contribution: since when), if the article says. */
    default Optional<ResolvedDate> date() {
        return Optional.empty();
    }

    /** Where it happened, if the article says. */
    default Optional<Place> place() {
        return Optional.empty();
    }

    /**
     * Persons who met in person. The subject is paired with each counterpart; counterparts are
     * paired with each other only when the meeting was joint ("a trilateral meeting").
     */
    record Meeting(Mention subject, List<Mention> counterparts, boolean joint, Optional<ResolvedDate> date,
                   Optional<Place> place, Evidence evidence) implements Fact {
        @Override
        public List<Mention> participants() {
            List<Mention> all = new java.util.ArrayList<>();
            all.add(subject);
            all.addAll(counterparts);
            return all;
        }
    }

    /** A person's trip to a country (ISO alpha-2 code). */
    record Visit(Mention person, String country, Optional<ResolvedDate> date, Evidence evidence) implements Fact {
        @Override
        public List<Mention> participants() {
            return List.of(person);
        }
    }

    /** A country's (ISO alpha-2) contribution to a mission (gazetteer or text id), with its size and start when given. */
    record Contribution(String country, String mission, OptionalInt troops, Optional<ResolvedDate> since, Evidence evidence) implements Fact {
        @Override
        public List<Mention> participants() {
            return List.of();
        }

        @Override
        public Optional<ResolvedDate> date() {
            return since;
        }
    }

    /** A person's post: the title as written (no rank, no name) and the country it serves (ISO alpha-2), when known. */
    record Position(Mention person, String title, Optional<String> country, Evidence evidence) implements Fact {
        @Override
        public List<Mention> participants() {
            return List.of(person);
        }

        /** The post with a country a rule gave it, its evidence derived by that rule. */
        public Position withCountry(String iso2, String rule, double cap) {
            return new Position(person, title, Optional.of(iso2), evidence.derived(rule, cap));
        }
    }
}
