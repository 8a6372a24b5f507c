package org.newskg.infer;

import java.util.Comparator;
import java.util.Optional;
import org.newskg.extract.Evidence;
import org.newskg.extract.Fact;
import org.newskg.extract.Mention;
import org.newskg.extract.Place;

/**
 * A visitor's hosts serve the country the meeting is in: the counterparts of a U.S. official who
 * met in Baku serve Azerbaijan. The meeting's country is its place's, else that of the visit the
 * article reports just before it ("traveled to Nairobi, Kenya … then Abuja, Nigeria. He met
 * President Buhari"). A person with a known country who meets in a city of another country
 * visited it (evidence rule {@value #VISIT_RULE}). One rule, not two, because a visit it adds is
 * where the next meeting of the same person took place.
 */
final class HostCountryOfMeeting implements ArticleRule {
    static final String VISIT_RULE = "meeting-abroad";

    @Override
    public String name() {
        return "host-country-of-meeting";
    }

    @Override
    public String description() {
        return "the counterparts of a visitor's meeting serve the country it is in; a person of another country who meets in a city there visited it ("
            + VISIT_RULE + ")";
    }

    @Override
    public void apply(WorkingFacts facts) {
        Optional<String> home = facts.setting().publisherCountry();
        for (Fact.Meeting m : facts.meetings) {
            Optional<String> where = m.place().map(Place::country);
            if (where.isEmpty()) {
                where = facts.visits.stream().filter(v -> WorkingFacts.sameName(v.person(), m.subject())
                        && v.evidence().sentence() <= m.evidence().sentence() && v.evidence().sentence() >= m.evidence().sentence() - 2)
                    .max(Comparator.comparingInt((Fact.Visit v) -> v.evidence().sentence()).thenComparingInt(v -> v.evidence().end()))
                    .map(Fact.Visit::country);
            }
            Optional<String> subjectCountry = facts.countryOf(m.subject());
            if (subjectCountry.isEmpty() && home.isPresent() && !home.equals(where)
                && facts.positions.stream().anyMatch(p -> WorkingFacts.sameName(p.person(), m.subject()))) {
                subjectCountry = home; // a titled official of the publisher's government, abroad
            }
            Optional<String> at = where;
            boolean visiting = facts.visits.stream().anyMatch(v -> WorkingFacts.sameName(v.person(), m.subject()) && Optional.of(v.country()).equals(at));
            if (where.isEmpty() || m.joint() || subjectCountry.equals(where) || subjectCountry.isEmpty() && !visiting) {
                continue; // only a visitor's hosts serve the country the meeting is in
            }
            String host = where.get();
            for (Mention c : m.counterparts()) {
                for (int i = 0; i < facts.positions.size(); i++) {
                    Fact.Position p = facts.positions.get(i);
                    if (p.country().isEmpty() && WorkingFacts.sameName(p.person(), c)) {
                        facts.positions.set(i, p.withCountry(host, name(), 0.65));
                    }
                }
            }
            boolean known = facts.visits.stream().anyMatch(v -> WorkingFacts.sameName(v.person(), m.subject()) && v.country().equals(host));
            if (!known && m.place().isPresent()) {
                Evidence e = m.evidence();
                facts.visits.add(new Fact.Visit(m.subject(), host, m.date(), new Evidence(e.sentence(), e.begin(), e.end(), VISIT_RULE, 0.65)));
            }
        }
    }
}
