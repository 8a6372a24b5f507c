package org.newskg.infer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.ArticleSetting;
import org.newskg.extract.EntityType;
import org.newskg.extract.Evidence;
import org.newskg.extract.Fact;
import org.newskg.extract.Mention;
import org.newskg.extract.Place;
import org.newskg.extract.ResolvedDate;
import org.newskg.extract.Sentence;
import org.newskg.ingest.Article;
import org.newskg.resolve.EntityResolver;
import org.newskg.resolve.KnownPersons;
import org.newskg.resolve.PersonDirectory;
import org.newskg.resolve.ResolvedArticle;

/**
 * Each inference rule on facts made by hand (no model, no extraction): the sentence class it is
 * for, variants it must complete, and forms it must leave alone.
 */
class InferenceRulesTest {
    /** An article of one line per sentence, with the facts and mentions given. */
    private static final class Draft {
        final List<String> lines = new ArrayList<>();
        final List<Mention> mentions = new ArrayList<>();
        final List<Fact> facts = new ArrayList<>();
        ArticleSetting setting = ArticleSetting.NONE;

        String text() {
            return String.join("\n", lines);
        }

        int sentence(String line) {
            lines.add(line);
            return lines.size() - 1;
        }

        int offset(int sentence, String words) {
            int base = 0;
            for (int i = 0; i < sentence; i++) {
                base += lines.get(i).length() + 1;
            }
            int at = lines.get(sentence).indexOf(words);
            if (at < 0) {
                throw new IllegalArgumentException(words + " not in " + lines.get(sentence));
            }
            return base + at;
        }

        Mention person(int sentence, String name, String title) {
            int b = offset(sentence, name);
            Mention m = new Mention(EntityType.PERSON, name, b, b + name.length(), sentence, "", title, "test", 1.0);
            mentions.add(m);
            return m;
        }

        Fact.Position position(Mention person, String title, String country) {
            int b = offset(person.sentence(), title);
            Fact.Position p = new Fact.Position(person, title, Optional.ofNullable(country),
                new Evidence(person.sentence(), Math.min(b, person.begin()), person.end(), "title-before-name", 0.9));
            facts.add(p);
            return p;
        }

        Fact.Meeting meeting(Mention subject, Mention other, Place place, boolean joint) {
            Fact.Meeting m = new Fact.Meeting(subject, List.of(other), joint, Optional.empty(), Optional.ofNullable(place),
                new Evidence(subject.sentence(), subject.begin(), other.end(), "meeting-verb", 0.9));
            facts.add(m);
            return m;
        }

        Fact.Visit visit(Mention person, String country) {
            Fact.Visit v = new Fact.Visit(person, country, Optional.empty(),
                new Evidence(person.sentence(), person.begin(), person.end() + 1, "trip-verb", 0.9));
            facts.add(v);
            return v;
        }

        ArticleFacts facts() {
            List<Sentence> sentences = new ArrayList<>();
            int b = 0;
            for (int i = 0; i < lines.size(); i++) {
                sentences.add(new Sentence(i, b, b + lines.get(i).length()));
                b += lines.get(i).length() + 1;
            }
            List<Fact> ordered = new ArrayList<>();
            for (Class<? extends Fact> k : List.of(Fact.Meeting.class, Fact.Visit.class, Fact.Contribution.class, Fact.Position.class)) {
                facts.stream().filter(k::isInstance).forEach(ordered::add);
            }
            Article a = new Article("draft.txt", Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2018, 12, 5)), text(), "0");
            return new ArticleFacts(a, sentences, mentions, java.util.Map.of()).withFacts(setting, ordered);
        }
    }

    private static ArticleFacts run(ArticleRule rule, Draft d) {
        return new Inference(List.of(rule)).inferArticle(d.facts());
    }

    private static Optional<String> countryOf(ArticleFacts f, String person) {
        return f.facts(Fact.Position.class).stream().filter(p -> p.person().text().equals(person)).findFirst().orElseThrow().country();
    }

    private static String ruleOf(ArticleFacts f, String person) {
        return f.facts(Fact.Position.class).stream().filter(p -> p.person().text().equals(person)).findFirst().orElseThrow().evidence().rule();
    }

    // list-nationality: "Polish President Alexander Kwasniewski, Prime Minister Leszek Miller and Defense Minister Jerzy Szmajdzinski"
    @Test
    void listNationalityCarriesTheCountryAlongAList() {
        for (String sep : List.of(", ", " and ", "; ")) {
            Draft d = new Draft();
            int s = d.sentence("Polish President Alexander Kwasniewski" + sep + "Prime Minister Leszek Miller" + sep + "Defense Minister Jerzy Szmajdzinski met.");
            d.position(d.person(s, "Alexander Kwasniewski", "President"), "President", "PL");
            d.position(d.person(s, "Leszek Miller", "Prime Minister"), "Prime Minister", null);
            d.position(d.person(s, "Jerzy Szmajdzinski", "Defense Minister"), "Defense Minister", null);
            ArticleFacts f = run(new ListNationality(), d);
            assertEquals(Optional.of("PL"), countryOf(f, "Leszek Miller"), sep);
            assertEquals(Optional.of("PL"), countryOf(f, "Jerzy Szmajdzinski"), sep);
            assertEquals("title-before-name+list-nationality", ruleOf(f, "Leszek Miller"));
        }
    }

    @Test
    void listNationalityStopsAtWordsBetweenTitlesAndAtASentenceEnd() {
        Draft d = new Draft();
        int s = d.sentence("Polish President Alexander Kwasniewski thanked Prime Minister Leszek Miller.");
        d.position(d.person(s, "Alexander Kwasniewski", "President"), "President", "PL");
        d.position(d.person(s, "Leszek Miller", "Prime Minister"), "Prime Minister", null);
        int t = d.sentence("Defense Minister Jerzy Szmajdzinski spoke.");
        d.position(d.person(t, "Jerzy Szmajdzinski", "Defense Minister"), "Defense Minister", null);
        ArticleFacts f = run(new ListNationality(), d);
        assertEquals(Optional.empty(), countryOf(f, "Leszek Miller"));
        assertEquals(Optional.empty(), countryOf(f, "Jerzy Szmajdzinski"));
    }

    // national-office: "Secretary of Defense Lloyd J. Austin"
    @Test
    void nationalOfficeGivesTheOneCountryThatHasIt() {
        for (String title : List.of("Secretary of Defense", "Defense Secretary", "Secretary of State")) {
            Draft d = new Draft();
            int s = d.sentence(title + " Lloyd Austin spoke.");
            d.position(d.person(s, "Lloyd Austin", title), title, null);
            assertEquals(Optional.of("US"), countryOf(run(new NationalOffice(), d), "Lloyd Austin"), title);
        }
        Draft d = new Draft();
        int s = d.sentence("Defense Minister Jerzy Szmajdzinski spoke.");
        d.position(d.person(s, "Jerzy Szmajdzinski", "Defense Minister"), "Defense Minister", null);
        assertEquals(Optional.empty(), countryOf(run(new NationalOffice(), d), "Jerzy Szmajdzinski"), "many countries have defence ministers");
    }

    // host-country-of-meeting: "Deputy Assistant Secretary Laura Cooper met with President Ilham Aliyev in Baku"
    @Test
    void aVisitorsHostsServeTheCountryTheMeetingIsIn() {
        Draft d = new Draft();
        int s = d.sentence("U.S. Deputy Assistant Secretary Laura Cooper met with President Ilham Aliyev in Baku.");
        Mention cooper = d.person(s, "Laura Cooper", "Deputy Assistant Secretary");
        Mention aliyev = d.person(s, "Ilham Aliyev", "President");
        d.position(cooper, "Deputy Assistant Secretary", "US");
        d.position(aliyev, "President", null);
        d.meeting(cooper, aliyev, new Place("Baku", "AZ", "Baku"), false);
        ArticleFacts f = run(new HostCountryOfMeeting(), d);
        assertEquals(Optional.of("AZ"), countryOf(f, "Ilham Aliyev"));
        assertEquals(List.of("Laura Cooper -> AZ by meeting-abroad"), f.facts(Fact.Visit.class).stream()
            .map(v -> v.person().text() + " -> " + v.country() + " by " + v.evidence().rule()).toList());
    }

    @Test
    void aMeetingAtHomeOrAJointMeetingGivesNoHostCountry() {
        Draft home = new Draft();
        int s = home.sentence("Deputy Assistant Secretary Laura Cooper met with Senator John Smith in Washington.");
        Mention cooper = home.person(s, "Laura Cooper", "Deputy Assistant Secretary");
        Mention smith = home.person(s, "John Smith", "Senator");
        home.position(cooper, "Deputy Assistant Secretary", "US");
        home.position(smith, "Senator", null);
        home.meeting(cooper, smith, new Place("Washington", "US", "Washington"), false);
        ArticleFacts f = run(new HostCountryOfMeeting(), home);
        assertEquals(Optional.empty(), countryOf(f, "John Smith"), "the subject is at home: the counterpart may be anyone's");
        assertTrue(f.facts(Fact.Visit.class).isEmpty());

        Draft joint = new Draft();
        int t = joint.sentence("U.S. Deputy Assistant Secretary Laura Cooper joined President Ilham Aliyev in a trilateral meeting in Baku.");
        Mention c2 = joint.person(t, "Laura Cooper", "Deputy Assistant Secretary");
        Mention a2 = joint.person(t, "Ilham Aliyev", "President");
        joint.position(c2, "Deputy Assistant Secretary", "US");
        joint.position(a2, "President", null);
        joint.meeting(c2, a2, new Place("Baku", "AZ", "Baku"), true);
        assertEquals(Optional.empty(), countryOf(run(new HostCountryOfMeeting(), joint), "Ilham Aliyev"), "a joint meeting has no one host");
    }

    // publisher-country: a U.S. release: "Defense Secretary Jim Mattis met with …"
    @Test
    void theStorysActorsServeThePublishersCountry() {
        Draft d = new Draft();
        d.setting = new ArticleSetting(Optional.of("US"), Optional.empty());
        int s = d.sentence("Acting Secretary Patrick Shanahan met with Minister Peter Mutharika.");
        Mention shanahan = d.person(s, "Patrick Shanahan", "Acting Secretary");
        Mention other = d.person(s, "Peter Mutharika", "Minister");
        d.position(shanahan, "Acting Secretary", null);
        d.position(other, "Minister", null);
        d.meeting(shanahan, other, null, false);
        int t = d.sentence("Spokesperson Ned Price said so.");
        d.position(d.person(t, "Ned Price", "Spokesperson"), "Spokesperson", null);
        ArticleFacts f = run(new PublisherCountry(), d);
        assertEquals(Optional.of("US"), countryOf(f, "Patrick Shanahan"), "a meeting's subject");
        assertEquals(Optional.of("US"), countryOf(f, "Ned Price"), "an unmarked spokesperson speaks for the release");
        assertEquals(Optional.empty(), countryOf(f, "Peter Mutharika"), "a counterpart is not the publisher's");
    }

    @Test
    void anActorVisitingThePublishersCountryIsNotItsOfficial() {
        Draft d = new Draft();
        d.setting = new ArticleSetting(Optional.of("US"), Optional.empty());
        int s = d.sentence("Minister Peter Mutharika traveled to the United States.");
        Mention m = d.person(s, "Peter Mutharika", "Minister");
        d.position(m, "Minister", null);
        d.visit(m, "US");
        assertEquals(Optional.empty(), countryOf(run(new PublisherCountry(), d), "Peter Mutharika"));
    }

    // dateline-of-traveller: "HANOI, Vietnam, Oct. 9, 2006 — Defense Secretary Donald H. Rumsfeld said today …"
    @Test
    void theFirstPersonOfADatelineOfficialElsewhereVisitedIt() {
        Draft d = new Draft();
        int s = d.sentence("HANOI, Vietnam, Oct. 9, 2006 - Defense Secretary Donald H. Rumsfeld said today that ties grow.");
        Mention r = d.person(s, "Donald H. Rumsfeld", "Defense Secretary");
        d.position(r, "Defense Secretary", "US");
        ResolvedDate date = new ResolvedDate("2006-10-09", ResolvedDate.Precision.DAY, "Oct. 9, 2006", Optional.empty(), "explicit");
        d.setting = new ArticleSetting(Optional.of("US"), Optional.of(new ArticleSetting.Dateline(s, 0, "VN", Optional.of(date))));
        ArticleFacts f = run(new TravellerAtDateline(), d);
        assertEquals(List.of("Donald H. Rumsfeld -> VN on 2006-10-09 by dateline-of-traveller"), f.facts(Fact.Visit.class).stream()
            .map(v -> v.person().text() + " -> " + v.country() + " on " + v.date().orElseThrow().value() + " by " + v.evidence().rule()).toList());

        Draft local = new Draft();
        int t = local.sentence("HANOI, Vietnam, Oct. 9, 2006 - Prime Minister Nguyen Tan Dung said today that ties grow.");
        local.position(local.person(t, "Nguyen Tan Dung", "Prime Minister"), "Prime Minister", "VN");
        local.setting = new ArticleSetting(Optional.empty(), Optional.of(new ArticleSetting.Dateline(t, 0, "VN", Optional.of(date))));
        assertTrue(run(new TravellerAtDateline(), local).facts(Fact.Visit.class).isEmpty(), "an official at home is not visiting");
    }

    // same-person-elsewhere: "Defense Secretary Mattis" in one article, "U.S. Defense Secretary Jim Mattis" in another
    @Test
    void aTitleTakesTheOneCountryTheSamePersonsPositionsGiveElsewhere() {
        Draft one = new Draft();
        int s = one.sentence("U.S. Defense Secretary Jim Mattis spoke.");
        one.position(one.person(s, "Jim Mattis", "Defense Secretary"), "Defense Secretary", "US");
        Draft two = new Draft();
        int t = two.sentence("Secretary Jim Mattis arrived.");
        two.position(two.person(t, "Jim Mattis", "Secretary"), "Secretary", null);
        PersonDirectory none = PersonDirectory.of(KnownPersons.none());
        List<ResolvedArticle> resolved = EntityResolver.standard().resolve(List.of(one.facts(), two.facts()), none);
        List<ResolvedArticle> out = new Inference(List.of(new SamePersonElsewhere())).infer(resolved, none);
        Fact.Position p = out.get(1).facts().facts(Fact.Position.class).get(0);
        assertEquals(Optional.of("US"), p.country());
        assertEquals("title-before-name+same-person-elsewhere", p.evidence().rule());
    }

    @Test
    void twoCountriesElsewhereGiveNone() {
        Draft one = new Draft();
        one.position(one.person(one.sentence("Ambassador John Smith of Britain spoke."), "John Smith", "Ambassador"), "Ambassador", "GB");
        Draft two = new Draft();
        two.position(two.person(two.sentence("Ambassador John Smith of Canada spoke."), "John Smith", "Ambassador"), "Ambassador", "CA");
        Draft three = new Draft();
        three.position(three.person(three.sentence("Ambassador John Smith arrived."), "John Smith", "Ambassador"), "Ambassador", null);
        PersonDirectory none = PersonDirectory.of(KnownPersons.none());
        List<ResolvedArticle> out = new Inference(List.of(new SamePersonElsewhere()))
            .infer(EntityResolver.standard().resolve(List.of(one.facts(), two.facts(), three.facts()), none), none);
        assertEquals(Optional.empty(), out.get(2).facts().facts(Fact.Position.class).get(0).country());
    }

    @Test
    void everyStandardRuleHasANameAndADescription() {
        for (InferenceRule r : Inference.standard().rules()) {
            assertTrue(r.name().matches("[a-z]+(-[a-z]+)*"), r.name());
            assertTrue(r.description().length() > 20, r.name());
        }
    }
}
