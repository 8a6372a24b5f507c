package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.lexicon.CountryGazetteer;
import org.newskg.lexicon.TextWords;
import org.newskg.lexicon.Titles;
import org.newskg.nlp.AnnotatedArticle;

/**
 * The extract stage: entity mentions ({@link EntityMentionFinder}), then meetings, visits,
 * contributions and positions, each with its evidence; then two article-level rules that need
 * several facts at once. A position whose title names no country takes the country of the
 * meeting the person hosted (the counterparts of a visitor in Baku serve Azerbaijan), else, for
 * the story's actors (a meeting's subject, a visitor), the publisher's country ("U.S. Department
 * of Defense") unless they are visiting it; and a person with a known country who meets in a
 * city of another country visited that country.
 */
public final class FactExtractor {
    private final EntityMentionFinder mentions;
    private final CountryGazetteer countries;
    private final MeetingExtractor meetings = new MeetingExtractor();
    private final VisitExtractor visits = new VisitExtractor();
    private final ContributionExtractor contributions = new ContributionExtractor();
    private final PositionExtractor positions = new PositionExtractor();
    private final ChangeOfCommandExtractor changesOfCommand = new ChangeOfCommandExtractor();
    private final DateResolver dates = new DateResolver();

    public FactExtractor(EntityMentionFinder mentions, CountryGazetteer countries) {
        this.mentions = mentions;
        this.countries = countries;
    }

    public static FactExtractor standard() {
        return new FactExtractor(EntityMentionFinder.standard(), CountryGazetteer.standard());
    }

    public ArticleFacts extract(AnnotatedArticle annotated) {
        TextWords words = TextWords.of(annotated.article().text());
        ArticleFacts entities = mentions.find(annotated, words);
        ArticleContext ctx = new ArticleContext(annotated, entities.mentions(), countries, words);
        List<MeetingFact> m = meetings.extract(ctx);
        List<VisitFact> v = new ArrayList<>(visits.extract(ctx));
        List<ContributionFact> c = new ArrayList<>(contributions.extract(ctx));
        List<PositionFact> p = new ArrayList<>(positions.extract(ctx));
        ChangeOfCommandExtractor.Found command = changesOfCommand.extract(ctx);
        for (ContributionFact x : command.contributions()) {
            if (c.stream().noneMatch(y -> y.country().equals(x.country()) && y.mission().equals(x.mission()))) {
                c.add(x); // the contribution rules may have read the same sentence
            }
        }
        p.addAll(command.positions());
        String source = annotated.article().sourceFile();
        m = RunOnGuard.bound("meetings", source, m, MeetingFact::evidence);
        v = new ArrayList<>(RunOnGuard.bound("visits", source, v, VisitFact::evidence));
        c = RunOnGuard.bound("contributions", source, c, ContributionFact::evidence);
        p = new ArrayList<>(RunOnGuard.bound("positions", source, p, PositionFact::evidence));
        sharedNationality(ctx.text, p);
        nationalOffices(p);
        hostCountries(ctx, m, v, p);
        sharedNationality(ctx.text, p); // a list's first title may have its country from the meeting it hosts
        publisherCountry(ctx, m, v, p);
        travellerAtDateline(ctx, v, p);
        return entities.withRelations(m, v, c, p);
    }

    private static final java.util.regex.Pattern LIST_SEPARATOR = java.util.regex.Pattern.compile("\\s*(?:,|;)?\\s*(?:and\\s+)?");

    /**
     * "Polish President Alexander Kwasniewski, Prime Minister Leszek Miller and Defense Minister
     * Jerzy Szmajdzinski": in a list of titled persons, a title that names no country serves the
     * country of the title before it.
     */
    static void sharedNationality(String text, List<PositionFact> positions) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparingInt(i -> positions.get(i).evidence().begin()));
        for (int k = 1; k < order.size(); k++) {
            PositionFact before = positions.get(order.get(k - 1));
            PositionFact p = positions.get(order.get(k));
            if (p.country().isPresent() || before.country().isEmpty() || before.evidence().sentence() != p.evidence().sentence()) {
                continue;
            }
            int from = before.evidence().end();
            int to = p.evidence().begin();
            if (from < to && LIST_SEPARATOR.matcher(text.substring(from, to)).matches()) {
                positions.set(order.get(k), p.withCountry(before.country().get(), "list-nationality", 0.75));
            }
        }
    }

    /** "Secretary of Defense Lloyd J. Austin": a title that names no country, of an office only one country has. */
    static void nationalOffices(List<PositionFact> positions) {
        for (int i = 0; i < positions.size(); i++) {
            PositionFact p = positions.get(i);
            Optional<String> served = p.country().isEmpty() ? org.newskg.lexicon.NationalOffices.countryOf(p.title()) : Optional.empty();
            if (served.isPresent()) {
                positions.set(i, p.withCountry(served.get(), "national-office", 0.8));
            }
        }
    }

    private static Optional<String> countryOf(Mention person, List<PositionFact> positions) {
        return positions.stream().filter(x -> MeetingExtractor.sameName(x.person(), person) && x.country().isPresent())
            .map(x -> x.country().get()).findFirst();
    }

    private static void hostCountries(ArticleContext ctx, List<MeetingFact> meetings, List<VisitFact> visits, List<PositionFact> positions) {
        for (MeetingFact m : meetings) {
            Optional<String> where = m.place().map(Place::country);
            if (where.isEmpty()) {
                // the visit reported nearest before the meeting: "traveled to Nairobi, Kenya … then Abuja, Nigeria. He met President Buhari"
                where = visits.stream().filter(v -> MeetingExtractor.sameName(v.person(), m.subject())
                        && v.evidence().sentence() <= m.evidence().sentence() && v.evidence().sentence() >= m.evidence().sentence() - 2)
                    .max(java.util.Comparator.comparingInt((VisitFact v) -> v.evidence().sentence()).thenComparingInt(v -> v.evidence().end()))
                    .map(VisitFact::country);
            }
            Optional<String> subjectCountry = countryOf(m.subject(), positions);
            if (subjectCountry.isEmpty() && ctx.homeCountry.isPresent() && !ctx.homeCountry.equals(where)
                && positions.stream().anyMatch(p -> MeetingExtractor.sameName(p.person(), m.subject()))) {
                subjectCountry = ctx.homeCountry; // a titled official of the publisher's government, abroad
            }
            Optional<String> at = where;
            boolean visiting = visits.stream().anyMatch(v -> MeetingExtractor.sameName(v.person(), m.subject()) && Optional.of(v.country()).equals(at));
            if (where.isEmpty() || m.joint() || subjectCountry.equals(where) || subjectCountry.isEmpty() && !visiting) {
                continue; // only a visitor's hosts serve the country the meeting is in
            }
            String host = where.get();
            for (Mention c : m.counterparts()) {
                for (int i = 0; i < positions.size(); i++) {
                    PositionFact p = positions.get(i);
                    if (p.country().isEmpty() && MeetingExtractor.sameName(p.person(), c)) {
                        positions.set(i, p.withCountry(host, "host-country-of-meeting", 0.65));
                    }
                }
            }
            boolean known = visits.stream().anyMatch(v -> MeetingExtractor.sameName(v.person(), m.subject()) && v.country().equals(host));
            if (!known && m.place().isPresent()) {
                Evidence e = m.evidence();
                visits.add(new VisitFact(m.subject(), host, m.date(), new Evidence(e.sentence(), e.begin(), e.end(), "meeting-abroad", 0.65)));
            }
        }
    }

    /**
     * "HANOI, Vietnam, Oct. 9, 2006 — Defense Secretary Donald H. Rumsfeld said today …": the first
     * person of a dateline's sentence, an official of another country than the dateline's (and of
     * the publisher's, where the article says who published it), is there: a visit, dated by the
     * dateline.
     */
    private void travellerAtDateline(ArticleContext ctx, List<VisitFact> visits, List<PositionFact> positions) {
        Optional<String> at = ctx.datelineCountry();
        if (at.isPresent()) {
            ArticleContext.Dateline d = ctx.dateline().orElseThrow(); // a dateline country comes from a dateline
            SentenceView.DateMention date = d.date();
            traveller(ctx, ctx.sentences.get(d.sentence()), at.get(), dates.resolve(date.text(), date.normalized(), ctx.anchor, Tense.PAST),
                visits, positions);
            return;
        }
        // "GHAZNI PROVINCE, Afghanistan – It was a fitting day for Poland's Minister of Defense, Tomasz Siemoniak to visit …"
        ctx.undatedDateline().ifPresent(d -> traveller(ctx, ctx.sentences.get(d.getKey()), d.getValue(), Optional.empty(), visits, positions));
    }

    /** The first person of a dateline's sentence, an official of another country than the dateline's, visited it. */
    private static void traveller(ArticleContext ctx, SentenceView s, String there, Optional<ResolvedDate> date, List<VisitFact> visits,
                                  List<PositionFact> positions) {
        Optional<Mention> first = ctx.in(s.index, EntityType.PERSON).stream().findFirst();
        if (first.isEmpty()) {
            return;
        }
        Mention traveller = first.get();
        Optional<String> home = countryOf(traveller, positions);
        boolean official = home.isPresent() && !home.get().equals(there) && (ctx.homeCountry.isEmpty() || ctx.homeCountry.equals(home));
        boolean known = visits.stream().anyMatch(v -> MeetingExtractor.sameName(v.person(), traveller) && v.country().equals(there));
        if (official && !known) {
            visits.add(new VisitFact(traveller, there, date, new Evidence(s.index, s.charBegin(0), traveller.end(), "dateline-of-traveller", 0.6)));
        }
    }

    private static void publisherCountry(ArticleContext ctx, List<MeetingFact> meetings, List<VisitFact> visits, List<PositionFact> positions) {
        if (ctx.homeCountry.isEmpty()) {
            return;
        }
        String home = ctx.homeCountry.get();
        for (int i = 0; i < positions.size(); i++) {
            PositionFact p = positions.get(i);
            boolean visitsHome = visits.stream().anyMatch(v -> MeetingExtractor.sameName(v.person(), p.person()) && v.country().equals(home));
            // only the story's actors: a meeting's subject or a visitor; an unmarked foreign title
            // ("Prime Minister Singh" in a U.S. release) must not become the publisher's
            boolean actor = meetings.stream().anyMatch(x -> MeetingExtractor.sameName(x.subject(), p.person()))
                || visits.stream().anyMatch(v -> MeetingExtractor.sameName(v.person(), p.person()));
            // "The below is attributable to Spokesperson Ned Price": an unmarked spokesperson of a government release speaks for it
            actor |= Titles.head(p.title()).startsWith("spokes");
            if (p.country().isEmpty() && !visitsHome && actor) {
                positions.set(i, p.withCountry(home, "publisher-country", 0.6));
            }
        }
    }
}
