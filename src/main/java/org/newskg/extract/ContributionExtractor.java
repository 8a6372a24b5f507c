package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.newskg.nlp.PennTags;

/**
 * Finds countries contributing to named missions, clause by clause: a country (by name, demonym,
 * or an anaphor such as "the Caspian country") and a mission (by name, acronym, or "That effort"
 * for the mission just named) tied by a contribution word ("part of", "join", "in support of",
 * "support for", "contributions to", "includes … from") with troops or support in between:
 * "Azerbaijani servicemembers are part of NATO's International Security Assistance Force",
 * "That effort currently includes a total of 120 servicemen from Azerbaijan", "Estonia's support
 * for NATO's enhanced forward presence". A head count right before the troop word and a start
 * date in the clause ("arrived on November 20, 2002 to join") are kept.
 */
public final class ContributionExtractor implements RelationExtractor {
    @Override
    public String name() {
        return "contributions";
    }

    private static final Set<String> TROOPS = RelationWords.of("troops");
    private static final Set<String> LINKS = RelationWords.of("contribution-link");
    private static final Set<String> NEGATION = RelationWords.of("negation");
    private static final Set<String> STRONG_LINKS = RelationWords.of("contribution-link-alone");

    private static final Set<String> THEATRE = RelationWords.of("theatre-preposition");

    private final DateResolver dates = new DateResolver();

    @Override
    public List<Fact.Contribution> extract(ArticleContext ctx) {
        List<Fact.Contribution> out = new ArrayList<>();
        java.util.Set<String> articleMissions = new java.util.TreeSet<>();
        ctx.mentions.stream().filter(m -> m.type() == EntityType.MISSION).forEach(m -> articleMissions.add(m.key()));
        for (SentenceView s : ctx.sentences) {
            List<MissionAt> missions = new ArrayList<>();
            ctx.in(s.index, EntityType.MISSION).forEach(m -> missions.add(new MissionAt(m.key(), ctx.firstToken(m), ctx.lastToken(m))));
            if (missions.isEmpty()) {
                ctx.missionAnaphor(s).ifPresent(r -> missions.add(new MissionAt(r.mission().key(), r.first(), r.last())));
            }
            // the negation is asked after what can need it, as reading a lemma runs the tagger
            if (missions.isEmpty() && articleMissions.size() != 1 || ctx.cueIn(s, NEGATION)) {
                continue;
            }
            if (missions.isEmpty()) {
                if (articleMissions.size() == 1) {
                    out.addAll(listedForTheArticlesMission(ctx, s, articleMissions.iterator().next()));
                }
                continue;
            }
            List<CountryAt> countries = new ArrayList<>();
            List<Mention> missionMentions = ctx.in(s.index, EntityType.MISSION);
            for (Mention c : ctx.in(s.index, EntityType.COUNTRY)) {
                if (missionMentions.stream().anyMatch(m -> m.overlaps(c.begin(), c.end()))) {
                    continue; // "Battle Group Latvia", "Kosovo Force": the mission's own name, not a contributor
                }
                int first = ctx.firstToken(c);
                if (first > 0 && THEATRE.contains(s.lower(first - 1))) {
                    continue; // "sent peacekeepers to Afghanistan": where the mission is, not who contributes
                }
                countries.add(new CountryAt(c.key(), first, ctx.lastToken(c)));
            }
            countryAnaphor(ctx, s).ifPresent(countries::add);
            for (MissionAt m : missions) {
                Optional<CountryAt> best = Optional.empty();
                String rule = null;
                for (CountryAt c : countries) {
                    int from = Math.min(c.last, m.last) + 1;
                    int to = Math.max(c.first, m.first);
                    if (to - from > 25) {
                        continue;
                    }
                    Optional<String> link = linkBetween(s, c, m);
                    if (link.isEmpty()) {
                        continue;
                    }
                    if (best.isEmpty() || Math.abs(c.first - m.first) < Math.abs(best.get().first - m.first)) {
                        best = Optional.of(c);
                        rule = "contribution:" + link.get();
                    }
                }
                if (best.isEmpty()) {
                    continue;
                }
                List<CountryAt> contributors = coordinated(s, countries, best.get());
                for (CountryAt c : contributors) {
                    int lo = Math.min(c.first, m.first);
                    int hi = Math.max(c.last, m.last);
                    // a head count belongs to one country, not to a list of them
                    OptionalInt troops = contributors.size() == 1 ? troopCount(s, lo, hi) : OptionalInt.empty();
                    Optional<ResolvedDate> since = since(ctx, s, lo, hi);
                    out.add(new Fact.Contribution(c.iso2, m.id, troops, since, new Evidence(s.index, s.charBegin(lo), s.charEnd(hi),
                        c == best.get() ? rule : rule + "+list", troops.isPresent() ? 0.85 : 0.75)));
                }
            }
        }
        return out;
    }

    private record MissionAt(String id, int first, int last) {
    }

    /**
     * "Approximately 3,200 troops are stationed in MNB (N), including soldiers from Russia, Turkey,
     * Denmark and Finland": in an article about one mission only, a troop word followed by "from"
     * and a list of two or more countries names that mission's contributors.
     */
    private static List<Fact.Contribution> listedForTheArticlesMission(ArticleContext ctx, SentenceView s, String mission) {
        List<CountryAt> countries = new ArrayList<>();
        for (Mention c : ctx.in(s.index, EntityType.COUNTRY)) {
            countries.add(new CountryAt(c.key(), ctx.firstToken(c), ctx.lastToken(c)));
        }
        for (int i = 0; i + 1 < s.size(); i++) {
            if (!(TROOPS.contains(s.lower(i)) || s.mayHaveLemma(i, TROOPS) && TROOPS.contains(s.lemma(i)))) {
                continue;
            }
            int from = -1;
            for (int k = i + 1; k <= i + 3 && k < s.size(); k++) {
                if (s.lower(k).equals("from")) {
                    from = k;
                    break;
                }
            }
            if (from < 0) {
                continue;
            }
            int first = from + 1;
            while (first < s.size() && (s.lower(first).equals("the") || s.lower(first).equals("nations") || s.lower(first).equals("of"))) {
                first++;
            }
            int at = first;
            Optional<CountryAt> head = countries.stream().filter(c -> c.first == at).findFirst();
            if (head.isEmpty()) {
                continue;
            }
            List<CountryAt> list = coordinated(s, countries, head.get());
            if (list.size() < 2 || !s.tagIs(i, PennTags.NOUN)) { // the tag last: reading it runs the tagger
                continue;
            }
            List<Fact.Contribution> out = new ArrayList<>();
            for (CountryAt c : list) {
                out.add(new Fact.Contribution(c.iso2, mission, OptionalInt.empty(), Optional.empty(),
                    new Evidence(s.index, s.charBegin(i), s.charEnd(c.last), "troops-from-list+article-mission", 0.6)));
            }
            return out;
        }
        return List.of();
    }

    /** Words that may stand between the countries of one list: "Armenia, Germany, Hungary and Turkey", "first by the U.K. and now by Turkey". */
    private static final Set<String> LIST_WORDS = Set.of(",", ";", "and", "as", "well", "now", "then", "first", "later", "by", "the", "both");

    /** The country and the others coordinated with it in one list, in text order. */
    static List<CountryAt> coordinated(SentenceView s, List<CountryAt> countries, CountryAt c) {
        List<CountryAt> sorted = new ArrayList<>(countries);
        sorted.sort(java.util.Comparator.comparingInt(CountryAt::first));
        int at = sorted.indexOf(c);
        int lo = at;
        while (lo > 0 && onlyListWords(s, sorted.get(lo - 1).last + 1, sorted.get(lo).first)) {
            lo--;
        }
        int hi = at;
        while (hi + 1 < sorted.size() && onlyListWords(s, sorted.get(hi).last + 1, sorted.get(hi + 1).first)) {
            hi++;
        }
        java.util.Map<String, CountryAt> out = new java.util.LinkedHashMap<>();
        for (int i = lo; i <= hi; i++) {
            CountryAt x = sorted.get(i);
            if (!out.containsKey(x.iso2) || x == c) {
                out.put(x.iso2, x); // one fact a country; the chosen mention keeps its rule
            }
        }
        return new ArrayList<>(out.values());
    }

    private static boolean onlyListWords(SentenceView s, int from, int to) {
        if (to <= from) {
            return false;
        }
        boolean separator = false;
        for (int i = from; i < to; i++) {
            String w = s.lower(i);
            if (!LIST_WORDS.contains(w)) {
                return false;
            }
            separator |= w.equals(",") || w.equals(";") || w.equals("and");
        }
        return separator;
    }

    private record CountryAt(String iso2, int first, int last) {
    }

    /** "the Caspian country", "the southwestern Asia country": the country the article is about. */
    private static Optional<CountryAt> countryAnaphor(ArticleContext ctx, SentenceView s) {
        for (int i = 1; i < s.size(); i++) {
            if (s.lower(i).equals("country") && s.tagIs(i, PennTags.is("NN"))) {
                int j = i - 1;
                while (j > 0 && !s.lower(j).equals("the") && i - j < 4) {
                    j--;
                }
                if (s.lower(j).equals("the") && (i + 1 >= s.size() || !s.lower(i + 1).equals("'s"))) {
                    int at = j;
                    int end = i;
                    return ctx.salientCountry(s.index).map(c -> new CountryAt(c, at, end));
                }
            }
        }
        return Optional.empty();
    }

    /** The contribution word between a country and a mission, with troops or support near the country. */
    private static Optional<String> linkBetween(SentenceView s, CountryAt c, MissionAt m) {
        int lo = Math.min(c.first, m.first);
        int hi = Math.max(c.last, m.last);
        boolean troops = false;
        String link = null;
        for (int i = lo; i <= hi; i++) {
            String w = s.lower(i);
            String lemma = s.lemma(i);
            if (TROOPS.contains(w) || TROOPS.contains(lemma) || w.equals("support") || w.equals("contribution") || w.equals("contributions")) {
                troops = true;
            }
            for (int n = 3; n >= 1 && link == null; n--) {
                if (i + n - 1 <= hi) {
                    String phrase = phrase(s, i, n, false);
                    String lemmas = phrase(s, i, n, true);
                    if (LINKS.contains(phrase) || LINKS.contains(lemmas)) {
                        link = phrase;
                    }
                }
            }
        }
        if (link == null) {
            return Optional.empty();
        }
        // "from" and "include" tie a mission to a country only as "Mission includes N troops from Country"
        if ((link.equals("from") || link.startsWith("include")) && !(m.first < c.first && troops)) {
            return Optional.empty();
        }
        return troops || STRONG_LINKS.contains(link) ? Optional.of(link) : Optional.empty();
    }

    /** The n words from {@code i}, adverbs inside passed over ("led first by" reads as "led by"), or "" past the sentence. */
    private static String phrase(SentenceView s, int i, int n, boolean lemmas) {
        StringBuilder b = new StringBuilder();
        int taken = 0;
        for (int k = i; taken < n && k < s.size(); k++) {
            if (taken > 0 && s.tagIs(k, PennTags.is("RB"))) {
                continue;
            }
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(lemmas ? s.lemma(k) : s.lower(k));
            taken++;
        }
        return taken == n ? b.toString() : "";
    }

    /** "120 servicemen", "over 1,500 soldiers": a number right before a troop word. */
    private static OptionalInt troopCount(SentenceView s, int lo, int hi) {
        for (int i = Math.max(0, lo - 3); i <= Math.min(s.size() - 2, hi + 3); i++) {
            if (s.tagIs(i, PennTags.is("CD")) && (TROOPS.contains(s.lower(i + 1)) || TROOPS.contains(s.lemma(i + 1)))) {
                try {
                    return OptionalInt.of(Integer.parseInt(s.word(i).replace(",", "")));
                } catch (NumberFormatException e) {
                    continue; // "two medical officers": words, not digits
                }
            }
        }
        return OptionalInt.empty();
    }

    /** A start date: "since 2010", or the date of "arrived on … to join". */
    private Optional<ResolvedDate> since(ArticleContext ctx, SentenceView s, int lo, int hi) {
        for (SentenceView.DateMention d : s.dates()) {
            boolean sinceWord = d.firstToken() > 0 && s.lower(d.firstToken() - 1).equals("since");
            boolean arrival = false;
            for (int i = Math.max(0, d.firstToken() - 3); i < d.firstToken(); i++) {
                arrival |= s.lemma(i).equals("arrive") || s.lemma(i).equals("deploy") || s.lemma(i).equals("join");
            }
            if (sinceWord || arrival) {
                return dates.resolve(d.text(), d.normalized(), ctx.anchor, Tense.PAST);
            }
        }
        return Optional.empty();
    }
}
