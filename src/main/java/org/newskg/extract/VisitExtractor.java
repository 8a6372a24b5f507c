package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.lexicon.PhraseTrie;
import org.newskg.lexicon.PlaceGazetteer;
import org.newskg.nlp.PennTags;

/**
 * Finds trips of named persons to countries: "X visited Mongolia", "the first U.S. defense
 * secretary to visit Mongolia", "X traveled to India", "X arrived in Ulaanbaatar", "her visit to
 * Ulaanbaatar", "a trip that included visits to Afghanistan and Pakistan". A city visited is its
 * country. Planned and hypothetical trips are left out.
 */
public final class VisitExtractor implements RelationExtractor {
    @Override
    public String name() {
        return "visits";
    }

    private static final Set<String> VERBS = RelationWords.of("visit-verb");
    private static final Set<String> VERBS_TO = RelationWords.of("visit-verb-to");
    private static final Set<String> VERBS_IN = RelationWords.of("visit-verb-in");
    private static final Set<String> NOUNS = RelationWords.of("visit-noun");
    private static final Set<String> NOUNS_IN = RelationWords.of("visit-noun-in");
    private static final Set<String> WELCOME = RelationWords.of("welcome-verb");
    private static final Set<String> NOT_HAPPENED = RelationWords.of("not-happened");
    private static final Set<String> INTENTION = RelationWords.of("intention");

    private static final Set<String> CUES_TO = RelationWords.union(VERBS_TO, NOUNS);
    private static final Set<String> CUES_IN = RelationWords.union(VERBS_IN, NOUNS_IN);

    private final DateResolver dates = new DateResolver();

    /**
     * Whether a rule below can match at token t, by its form, the word after it and whether the
     * sentence names a destination after it (every rule but the welcome's needs one there): the
     * rules read the token's tag and lemma, which run the tagger, only where this holds.
     */
    private static boolean mayBeCue(SentenceView s, int t, boolean placed) {
        if (s.mayHaveLemma(t, WELCOME)) {
            return true;
        }
        if (!placed) {
            return false;
        }
        String next = t + 1 < s.size() ? s.lower(t + 1) : "";
        return s.mayHaveLemma(t, VERBS) || next.equals("to") && s.mayHaveLemma(t, CUES_TO)
            || next.equals("in") && s.mayHaveLemma(t, CUES_IN);
    }

    /**
     * Where the sentence's last country (not named by its demonym) or city begins, -1 if it names
     * none: {@link #destinations} takes only these, and only after the trigger.
     */
    private static int lastPlaceBegin(ArticleContext ctx, SentenceView s) {
        int last = -1;
        for (Mention m : ctx.in(s.index, EntityType.COUNTRY)) {
            if (!m.rule().equals("country-demonym")) {
                last = Math.max(last, m.begin());
            }
        }
        for (PhraseTrie.Match<PlaceGazetteer.City> p : ctx.places) {
            if (p.begin() >= s.begin && p.begin() < s.end) {
                last = Math.max(last, p.begin());
            }
        }
        return last;
    }

    @Override
    public List<Fact.Visit> extract(ArticleContext ctx) {
        List<Fact.Visit> out = new ArrayList<>();
        for (SentenceView s : ctx.sentences) {
            int lastPlace = lastPlaceBegin(ctx, s);
            for (int t = 0; t < s.size(); t++) {
                if (!mayBeCue(s, t, lastPlace >= s.charEnd(t))) {
                    continue;
                }
                String lemma = s.lemma(t);
                String tag = s.tag(t);
                int destFrom;
                String rule;
                if (tag.startsWith("VB") && VERBS.contains(lemma) && !(t + 1 < s.size() && s.lower(t + 1).equals("with"))) {
                    destFrom = t + 1;
                    rule = "visit-verb";
                } else if (tag.startsWith("VB") && VERBS_TO.contains(lemma) && t + 1 < s.size() && s.lower(t + 1).equals("to")) {
                    destFrom = t + 2;
                    rule = "travel-to";
                } else if (tag.startsWith("VB") && VERBS_IN.contains(lemma) && t + 1 < s.size() && s.lower(t + 1).equals("in")) {
                    destFrom = t + 2;
                    rule = "arrive-in";
                } else if (tag.startsWith("NN") && NOUNS.contains(lemma) && t + 1 < s.size() && s.lower(t + 1).equals("to")) {
                    destFrom = t + 2;
                    rule = "visit-noun-to";
                } else if (tag.startsWith("NN") && NOUNS_IN.contains(lemma) && t + 1 < s.size() && s.lower(t + 1).equals("in")) {
                    destFrom = t + 2;
                    rule = "visit-noun-in";
                } else if (tag.startsWith("VB") && WELCOME.contains(lemma)) {
                    welcomed(ctx, s, t).ifPresent(out::add);
                    continue;
                } else {
                    continue;
                }
                if (ctx.cueBefore(s, t, 3, NOT_HAPPENED) || t > 1 && s.lower(t - 1).equals("to") && ctx.cueBefore(s, t - 1, 3, INTENTION)) {
                    continue;
                }
                List<String> destinations = destinations(ctx, s, destFrom);
                if (destinations.isEmpty()) {
                    continue;
                }
                Optional<Mention> visitor = visitor(ctx, s, t);
                if (visitor.isEmpty()) {
                    continue;
                }
                Tense tense = ctx.tenseAt(s, t);
                Optional<ResolvedDate> date = ctx.resolvedDateNear(s, t, tense, dates);
                int b = Math.min(visitor.get().begin(), s.charBegin(t));
                int e = Math.max(visitor.get().end(), s.charEnd(Math.min(destFrom, s.size() - 1)));
                for (String country : destinations) {
                    out.add(new Fact.Visit(visitor.get(), country, date, new Evidence(s.index, b, e, rule, 0.8)));
                }
            }
        }
        return out;
    }

    /**
     * Countries (or cities, as their countries) right after the trigger, joined by "and", commas or
     * semicolons: "traveled to Tel Aviv, Israel; Amman, Jordan; Ramallah; and New Delhi, India". A
     * place newskg does not know ("Sokoto", "Ramallah") is passed over inside such a list.
     */
    private static List<String> destinations(ArticleContext ctx, SentenceView s, int from) {
        List<String> out = new ArrayList<>();
        boolean inList = false;
        int i = from;
        while (i < s.size() && (s.lower(i).equals("the") || s.tagIs(i, PennTags.is("JJ")) && !Character.isUpperCase(s.word(i).charAt(0)))) {
            i++;
        }
        while (i < s.size()) {
            int at = s.charBegin(i);
            Optional<Mention> c = ctx.in(s.index, EntityType.COUNTRY).stream()
                .filter(m -> m.begin() == at && !m.rule().equals("country-demonym")).findFirst();
            if (c.isPresent()) {
                out.add(c.get().key());
                i = ctx.lastToken(c.get()) + 1;
            } else {
                Optional<PhraseTrie.Match<PlaceGazetteer.City>> city = ctx.places.stream().filter(p -> p.begin() == at).findFirst();
                if (city.isEmpty()) {
                    // "the Azerbaijani capital of Baku": skip the description to the city
                    if (s.tagIs(i, PennTags.ADJECTIVE) || s.lower(i).equals("capital") || s.lower(i).equals("city") || s.lower(i).equals("of")
                        || s.lower(i).equals("country") || s.lower(i).equals("'s") || s.lower(i).equals("’s")
                        || (!out.isEmpty() || inList) && s.lower(i).equals("the")) {
                        i++;
                        continue;
                    }
                    int unknown = unknownPlace(s, i);
                    if (unknown > i && (unknown >= s.size() || isSeparator(s, unknown) || s.word(unknown).equals("("))) {
                        i = unknown; // a place newskg does not know, inside a list of places
                    } else {
                        break;
                    }
                } else {
                    out.add(city.get().value().country());
                    i = s.tokenAt(city.get().end() - 1) + 1;
                }
            }
            if (i < s.size() && s.word(i).equals("(")) {
                while (i < s.size() && !s.word(i).equals(")")) {
                    i++; // "Seoul, the Republic of Korea (ROK)"
                }
                i++;
            }
            if (i < s.size() && isSeparator(s, i)) {
                inList = true; // "visits to Guam, Hawaii, and the Republic of Korea": places after the first are a list's
                i++;
                if (i < s.size() && s.lower(i).equals("and")) {
                    i++;
                }
                continue;
            }
            break;
        }
        return out.stream().distinct().toList();
    }

    /**
     * "Soldiers welcomed General Joseph F. Dunford, Chairman of the Joint Chiefs of Staff, to El
     * Gorah, Egypt": the person welcomed to a place visited its country.
     */
    private Optional<Fact.Visit> welcomed(ArticleContext ctx, SentenceView s, int t) {
        if (ctx.cueBefore(s, t, 3, NOT_HAPPENED)) {
            return Optional.empty();
        }
        Optional<Mention> guest = ctx.in(s.index, EntityType.PERSON).stream()
            .filter(p -> ctx.firstToken(p) > t && ctx.firstToken(p) <= t + 8).findFirst();
        if (guest.isEmpty()) {
            return Optional.empty();
        }
        int i = ctx.lastToken(guest.get()) + 1;
        if (i < s.size() && s.word(i).equals(",")) {
            // an apposition after the guest's name: ", Chairman of the Joint Chiefs of Staff,"
            int close = i + 1;
            while (close < s.size() && close <= i + 12 && !s.word(close).equals(",")) {
                close++;
            }
            i = close + 1;
        }
        if (i >= s.size() || !s.lower(i).equals("to")) {
            return Optional.empty();
        }
        List<String> destinations = destinations(ctx, s, i + 1);
        if (destinations.isEmpty()) {
            return Optional.empty();
        }
        Optional<ResolvedDate> date = ctx.resolvedDateNear(s, t, ctx.tenseAt(s, t), dates);
        Mention g = guest.get();
        return Optional.of(new Fact.Visit(g, destinations.get(0), date, new Evidence(s.index, s.charBegin(t), s.charEnd(Math.min(i + 1, s.size() - 1)),
            "welcomed-to", 0.75)));
    }

    private static boolean isSeparator(SentenceView s, int i) {
        return s.lower(i).equals("and") || s.word(i).equals(",") || s.word(i).equals(";");
    }

    /** The end of a run of proper nouns starting at {@code i} (a place name), or {@code i} when there is none. */
    private static int unknownPlace(SentenceView s, int i) {
        int j = i;
        while (j < s.size() && s.tagIs(j, PennTags.PROPER_NOUN) && j - i < 4) {
            j++;
        }
        return j;
    }

    /** Who travelled: the owner of "X's visit", the nearest person before, or after a leading participle clause. */
    private static Optional<Mention> visitor(ArticleContext ctx, SentenceView s, int t) {
        List<Mention> persons = ctx.in(s.index, EntityType.PERSON);
        if (t > 0 && (s.lower(t - 1).equals("her") || s.lower(t - 1).equals("his"))) {
            // "… during her visit to Ulaanbaatar": the sentence's subject, or the story's
            Optional<Mention> first = persons.stream().filter(p -> ctx.firstToken(p) < t).findFirst();
            return first.isPresent() ? first : ctx.referent(s, t);
        }
        Mention before = null;
        for (Mention p : persons) {
            if (ctx.lastToken(p) < t) {
                before = p;
            }
        }
        if (before != null) {
            return Optional.of(before);
        }
        if (s.tagIs(t, PennTags.is("VBG")) || t > 0 && s.lower(t - 1).equals("after") || s.tagIs(0, PennTags.is("IN"))) {
            // "After arriving in Baku yesterday, Gates visited with …", "During a stopover in Hanoi, Gates …":
            // a leading clause's traveller is the subject after it
            return persons.stream().filter(p -> ctx.firstToken(p) > t).findFirst();
        }
        Optional<Mention> referent = ctx.referent(s, t);
        if (referent.isEmpty() && s.index == 0 && persons.isEmpty() && s.tagIs(t, PennTags.NOUN)) {
            // a headline "Travel to Kenya, Nigeria and India": the traveller is the story's first person
            for (int k = 1; k < Math.min(ctx.sentences.size(), 4); k++) {
                List<Mention> next = ctx.in(k, EntityType.PERSON);
                if (!next.isEmpty()) {
                    return Optional.of(next.get(0));
                }
            }
        }
        return referent;
    }
}
