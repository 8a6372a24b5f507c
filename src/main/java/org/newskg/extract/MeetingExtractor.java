package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.PennTags;

/**
 * Finds in-person meetings between named persons, sentence by sentence: "X met (with) Y and Z",
 * "X visited with Y", "X hosted Y", "X held talks with Y", "X and Y discussed … during their
 * meeting", "ahead of a meeting in Washington with Y", "in his meetings with A, B and C, X …",
 * "X and Y held a joint news conference". Meetings that are planned, hoped for, refused or
 * hypothetical, and calls and letters, are left out. The date is the date expression nearest
 * the trigger (or, failing that, one given for the same person in the sentences just before),
 * resolved against the publication date and the tense; the place is the city named in the
 * sentence (or with that earlier date), else the dateline city for a meeting "today".
 *
 * <p>Over 300 lines because its rules share the finders of their participants (counterparts after
 * the cue, coordinated persons before it, the subject) and the tests that spare the tagger.
 */
public final class MeetingExtractor implements RelationExtractor {
    @Override
    public String name() {
        return "meetings";
    }

    private static final Set<String> VERBS = RelationWords.of("meeting-verb");
    private static final Set<String> VERBS_WITH = RelationWords.of("meeting-verb-with");
    private static final Set<String> NOUNS = RelationWords.of("meeting-noun");
    private static final Set<String> JOINT = RelationWords.of("joint-event");
    private static final Set<String> NOT_HAPPENED = RelationWords.of("not-happened");
    private static final Set<String> REMOTE = RelationWords.of("remote");
    private static final Set<String> TRIP_VERBS = RelationWords.of("trip-verb");

    private static final Set<String> HOLD = Set.of("hold");

    private final DateResolver dates = new DateResolver();

    @Override
    public List<Fact.Meeting> extract(ArticleContext ctx) {
        List<Fact.Meeting> out = new ArrayList<>();
        for (SentenceView s : ctx.sentences) {
            List<Mention> persons = ctx.in(s.index, EntityType.PERSON);
            if (persons.isEmpty()) {
                continue;
            }
            List<Integer> cues = mayBeCues(s);
            if (cues.isEmpty() || ctx.cueIn(s, REMOTE)) {
                continue;
            }
            Set<Mention> consumed = new HashSet<>();
            for (int t : cues) {
                Optional<Fact.Meeting> m = at(ctx, s, t, persons, consumed);
                m.ifPresent(out::add);
            }
        }
        return out;
    }

    /** The tokens where a rule of {@link #at} can match, by the words' forms alone (no tagger), in order. */
    private static List<Integer> mayBeCues(SentenceView s) {
        List<Integer> out = new ArrayList<>();
        for (int t = 0; t < s.size(); t++) {
            if (mayBeCue(s, t)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Whether a rule of {@link #at} can match at token t, by its form and the words after it:
     * the rules read the token's tag and lemma, which run the tagger, only where this holds.
     */
    private static boolean mayBeCue(SentenceView s, int t) {
        return s.mayHaveLemma(t, VERBS) || s.mayHaveLemma(t, VERBS_WITH) && nextIs(s, t, "with", 2)
            || s.mayHaveLemma(t, HOLD) && nextIs(s, t, "talks", 1) || NOUNS.contains(s.lower(t))
            || t + 1 < s.size() && JOINT.contains(s.lower(t) + " " + s.lower(t + 1));
    }

    /**
     * Whether a meeting at token t can have its participants: every rule of {@link #at} takes the
     * counterparts from the persons after the cue, or two coordinated persons before it; where
     * neither can be, its tag and lemma (which run the tagger) need not be read.
     */
    private static boolean mayHaveParticipants(ArticleContext ctx, int t, List<Mention> persons) {
        int before = 0;
        for (Mention p : persons) {
            if (ctx.firstToken(p) > t) {
                return true;
            }
            before += ctx.lastToken(p) < t ? 1 : 0;
        }
        return before >= 2;
    }

    /** The meeting a rule finds at token t, which {@link #mayBeCue} allows. */
    private Optional<Fact.Meeting> at(ArticleContext ctx, SentenceView s, int t, List<Mention> persons, Set<Mention> consumed) {
        if (!mayHaveParticipants(ctx, t, persons)) {
            return Optional.empty();
        }
        String lemma = s.lemma(t);
        String tag = s.tag(t);
        boolean verb = tag.startsWith("VB");
        boolean noun = tag.startsWith("NN");
        if (ctx.cueBefore(s, t, 4, NOT_HAPPENED) || precededByTo(s, t)) {
            return Optional.empty();
        }
        if (verb && (VERBS.contains(lemma) || VERBS_WITH.contains(lemma) && nextIs(s, t, "with", 2))
            || lemma.equals("hold") && nextIs(s, t, "talks", 1)) {
            int after = lemma.equals("hold") ? t + 2 : t + 1;
            List<Mention> counterparts = personsAfter(ctx, s, after, persons);
            if (counterparts.isEmpty()) {
                // "X and Y met": the coordinated subjects met each other
                List<Mention> pair = coordinatedBefore(ctx, s, t, persons);
                if (pair.size() >= 2 && lemma.equals("meet")) {
                    return Optional.of(fact(ctx, s, t, pair.get(0), pair.subList(1, pair.size()), true, "meeting-joint-subject", 0.8));
                }
                return Optional.empty();
            }
            Optional<Mention> subject = subjectBefore(ctx, s, t, persons, consumed, counterparts);
            if (subject.isEmpty()) {
                return Optional.empty();
            }
            consumed.addAll(counterparts);
            return Optional.of(fact(ctx, s, t, subject.get(), counterparts, false, "meeting-verb:" + lemma, 0.9));
        }
        if (noun && NOUNS.contains(s.lower(t))) {
            if (hasBefore(s, t, "their", 3)) {
                List<Mention> pair = coordinatedBefore(ctx, s, t, persons);
                if (pair.size() >= 2) {
                    return Optional.of(fact(ctx, s, t, pair.get(0), pair.subList(1, pair.size()), true, "meeting-their-meeting", 0.85));
                }
                return Optional.empty();
            }
            int with = indexAfter(s, t, "with", 5);
            if (with < 0) {
                return Optional.empty();
            }
            List<Mention> counterparts = new ArrayList<>(personsAfter(ctx, s, with + 1, persons));
            Optional<Mention> subjectAfter = Optional.empty();
            if (!counterparts.isEmpty()) {
                // "In his meetings with A, B and C, Deputy Secretary Carter reiterated": the last name is the clause's subject
                Mention last = counterparts.get(counterparts.size() - 1);
                int next = ctx.lastToken(last) + 1;
                boolean possessive = hasBefore(s, t, "his", 2) || hasBefore(s, t, "her", 2)
                    || with + 1 < s.size() && (s.lower(with + 1).equals("his") || s.lower(with + 1).equals("her"));
                if (counterparts.size() > 1 && next < s.size() && s.isVerb(next) && possessive) {
                    counterparts.remove(counterparts.size() - 1);
                    subjectAfter = Optional.of(last);
                }
            }
            if (counterparts.isEmpty()) {
                return Optional.empty();
            }
            Optional<Mention> subject = subjectAfter.isPresent() ? subjectAfter : subjectBefore(ctx, s, t, persons, consumed, counterparts);
            if (subject.isEmpty() && (hasBefore(s, t, "his", 2) || hasBefore(s, t, "her", 2))) {
                // "In his meetings with A, B and C, Deputy Secretary Carter reiterated …"
                int lastCounterpart = ctx.lastToken(counterparts.get(counterparts.size() - 1));
                subject = persons.stream().filter(p -> ctx.firstToken(p) > lastCounterpart && !counterparts.contains(p)).findFirst();
            }
            if (subject.isEmpty()) {
                return Optional.empty();
            }
            consumed.addAll(counterparts);
            return Optional.of(fact(ctx, s, t, subject.get(), counterparts, false, "meeting-noun-with", 0.85));
        }
        if (t + 1 < s.size() && JOINT.contains(s.lower(t) + " " + s.lower(t + 1))) {
            List<Mention> pair = coordinatedBefore(ctx, s, t, persons);
            if (pair.size() >= 2) {
                return Optional.of(fact(ctx, s, t, pair.get(0), pair.subList(1, pair.size()), true, "meeting-joint-event", 0.75));
            }
        }
        return Optional.empty();
    }

    private Fact.Meeting fact(ArticleContext ctx, SentenceView s, int t, Mention subject, List<Mention> counterparts, boolean joint,
                             String rule, double confidence) {
        // "traveled to Nairobi on August 22 to meet with …": the trip's tense, not the infinitive's
        Tense tense = ctx.tenseAt(s, t > 0 && s.lower(t - 1).equals("to") ? governingVerb(s, t - 1) : t);
        Optional<Place> place = ctx.placeIn(s, t);
        Optional<ResolvedDate> date = ctx.resolvedDateNear(s, t, tense, dates);
        if (date.isEmpty()) {
            // the date (and place) given for the same person just before: "Rumsfeld … during an Aug. 13
            // press conference in Baku. … Rumsfeld had met earlier with …"
            for (int k = s.index - 1; k >= Math.max(0, s.index - 4) && date.isEmpty(); k--) {
                SentenceView prev = ctx.sentences.get(k);
                Optional<SentenceView.DateMention> eventDate = prev.dates().stream().filter(d -> !ctx.isDateline(d)).findFirst();
                // named, or referred to without a name: "The Secretary traveled to Sokoto, and Abuja, Nigeria, on August 23-24. He met …"
                boolean samePerson = ctx.in(k, EntityType.PERSON).stream().anyMatch(p -> sameName(p, subject))
                    || ctx.in(k, EntityType.PERSON).isEmpty() && eventDate.isPresent() && ctx.cueIn(prev, TRIP_VERBS)
                    && ctx.referent(prev, eventDate.get().firstToken()).filter(p -> sameName(p, subject)).isPresent();
                // a sentence about what is still to come ("is scheduled to meet … tomorrow") dates nothing that happened
                boolean planned = ctx.cueIn(prev, NOT_HAPPENED);
                if (samePerson && eventDate.isPresent() && !(planned && tense == Tense.PAST)) {
                    SentenceView.DateMention d = eventDate.get();
                    date = dates.resolve(d.text(), d.normalized(), ctx.anchor, Tense.PAST)
                        .map(r -> new ResolvedDate(r.value(), r.precision(), r.text(), r.anchor(), r.rule() + "+previous-sentence"));
                    if (place.isEmpty()) {
                        place = ctx.placeIn(prev, d.firstToken());
                    }
                }
            }
        }
        if (place.isEmpty() && date.isPresent() && ctx.anchor.isPresent() && date.get().value().equals(ctx.anchor.get().toString())) {
            place = ctx.datelineCity();
        }
        int b = Math.min(subject.begin(), s.charBegin(t));
        int e = Math.max(counterparts.get(counterparts.size() - 1).end(), s.charEnd(t));
        return new Fact.Meeting(subject, List.copyOf(counterparts), joint, date, place, new Evidence(s.index, b, e, rule, confidence));
    }

    /** Two mentions of one person ({@link Mention#sameName}). */
    static boolean sameName(Mention a, Mention b) {
        return Mention.sameName(a, b);
    }

    /** The nearest verb before a token, within 14 tokens (the verb that governs an infinitive), or the token itself. */
    private static int governingVerb(SentenceView s, int t) {
        for (int i = t - 1; i >= 0 && i >= t - 14; i--) {
            if (s.isVerb(i)) {
                return i;
            }
        }
        return t;
    }

    /**
     * "to meet": a plan, unless it is the purpose of a trip already made ("traveled to Nairobi on
     * August 22 to meet with President Kenyatta", "stopped by the palace this morning to meet
     * with …"): the nearest verb before it is a movement verb in the past tense.
     */
    private static boolean precededByTo(SentenceView s, int t) {
        if (!(t > 0 && s.lower(t - 1).equals("to") && s.tagIs(t, PennTags.is("VB")))) {
            return false;
        }
        int v = governingVerb(s, t - 1);
        return v == t - 1 || !(s.tagIs(v, PennTags.is("VBD")) && TRIP_VERBS.contains(s.lemma(v)));
    }

    private static boolean nextIs(SentenceView s, int t, String word, int window) {
        for (int i = t + 1; i <= t + window && i < s.size(); i++) {
            if (s.lower(i).equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static int indexAfter(SentenceView s, int t, String word, int window) {
        for (int i = t + 1; i <= t + window && i < s.size(); i++) {
            if (s.lower(i).equals(word)) {
                return i;
            }
            if (s.isVerb(i)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean hasBefore(SentenceView s, int t, String word, int window) {
        for (int i = Math.max(0, t - window); i < t; i++) {
            if (s.lower(i).equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** Persons named after a token, up to the end of the clause (a verb, "to" + verb, ";" or the sentence end). */
    static List<Mention> personsAfter(ArticleContext ctx, SentenceView s, int from, List<Mention> persons) {
        int stop = s.size();
        for (int i = from; i < s.size(); i++) {
            boolean clauseVerb = s.tagIs(i, PennTags.FINITE_VERB_OR_MODAL);
            if (clauseVerb || s.word(i).equals(";") || s.lower(i).equals("to") && i + 1 < s.size() && s.tagIs(i + 1, PennTags.is("VB"))) {
                stop = i;
                break;
            }
        }
        int stopAt = stop;
        return persons.stream().filter(p -> ctx.firstToken(p) >= from && ctx.firstToken(p) < stopAt).toList();
    }

    /** The subject: the nearest person named before the trigger that is not already a counterpart; else the salient person for "he". */
    private static Optional<Mention> subjectBefore(ArticleContext ctx, SentenceView s, int t, List<Mention> persons, Set<Mention> consumed,
                                                   List<Mention> counterparts) {
        Mention best = null;
        for (Mention p : persons) {
            if (ctx.firstToken(p) < t && !consumed.contains(p) && !counterparts.contains(p)) {
                best = best == null || p.begin() > best.begin() ? p : best;
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        return ctx.referent(s, t).filter(p -> counterparts.stream().noneMatch(c -> sameName(c, p)));
    }

    /** "X and Y …": the persons coordinated as the subject before a token. */
    private static List<Mention> coordinatedBefore(ArticleContext ctx, SentenceView s, int t, List<Mention> persons) {
        List<Mention> before = persons.stream().filter(p -> ctx.lastToken(p) < t).toList();
        if (before.size() < 2) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        out.add(before.get(0));
        for (int i = 1; i < before.size(); i++) {
            int from = ctx.lastToken(before.get(i - 1)) + 1;
            int to = ctx.firstToken(before.get(i));
            boolean and = false;
            boolean verb = false;
            int depth = 0;
            for (int k = from; k < to; k++) {
                String w = s.word(k);
                depth += w.equals("(") || w.equals("-LRB-") ? 1 : w.equals(")") || w.equals("-RRB-") ? -1 : 0;
                and |= s.lower(k).equals("and");
                verb |= s.isVerb(k) && depth == 0 && !w.equals(")") && !w.equals("-RRB-");
            }
            if (!and || verb) {
                break;
            }
            out.add(before.get(i));
        }
        return out.size() >= 2 ? out : List.of();
    }
}
