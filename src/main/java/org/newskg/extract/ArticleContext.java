package org.newskg.extract;

import edu.stanford.nlp.pipeline.CoreSentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.ingest.Article;
import org.newskg.ingest.PublicationDateFinder;
import org.newskg.lexicon.CountryGazetteer;
import org.newskg.lexicon.NewsServices;
import org.newskg.lexicon.PhraseTrie;
import org.newskg.lexicon.PlaceGazetteer;
import org.newskg.lexicon.TextWords;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.PennTags;

/**
 * What the relation extractors share about one article: its sentences with tokens and dates,
 * its mentions by sentence, the cities it names, its publication date (the anchor of relative
 * dates) and its home country (the publisher's, from a "U.S. Department of Defense" or
 * "American Forces Press Service" line), with the small amount of salience-based coreference
 * the extractors need ("he", "the secretary", "the Caspian country", "that effort").
 *
 * <p>Over 300 lines because it is the one read-only view every extractor is written against:
 * sentence views, mentions by sentence and type, datelines and referents are computed once per
 * article and shared, and each is a few lines over the same indexes.
 */
final class ArticleContext {
    private static final Pattern PUBLISHER = Pattern.compile("Department of|Ministry of|Press Service|News Service|Media Activity|Armed Forces|Embassy");
    private static final Pattern DATELINE_PLACE = Pattern.compile(PublicationDateFinder.DATELINE_PLACE);
    private static final Set<String> PERSON_PRONOUNS = RelationWords.of("person-pronoun");
    private static final Set<String> PERSON_DESCRIPTIONS = RelationWords.of("person-description");

    final Article article;
    final String text;
    final List<SentenceView> sentences = new ArrayList<>();
    final List<Mention> mentions;
    final Optional<LocalDate> anchor;
    final Optional<String> homeCountry;
    /** The facts the extractors that ran before found, in the order found. */
    final List<Fact> found = new ArrayList<>();
    private final CountryGazetteer countries;
    final List<PhraseTrie.Match<PlaceGazetteer.City>> places;
    private final Map<Integer, List<Mention>> bySentence = new HashMap<>();

    ArticleContext(AnnotatedArticle annotated, List<Mention> mentions, CountryGazetteer countries, TextWords words) {
        this.article = annotated.article();
        this.text = article.text();
        this.mentions = mentions;
        // an article with no publication date is still anchored by the first full date its text
        // writes ("Travel to Kenya, …, August 22-September 5, 2016"), so that "August 22" has a year
        this.anchor = article.published().or(() -> org.newskg.ingest.NewsDates.parseFirst(text));
        List<CoreSentence> ss = annotated.document().sentences();
        DateExpressionFinder dateFinder = new DateExpressionFinder();
        for (int i = 0; i < ss.size(); i++) {
            sentences.add(new SentenceView(i, ss.get(i), text, dateFinder, annotated.tags()));
        }
        for (Mention m : mentions) {
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        bySentence.values().forEach(l -> l.sort(Comparator.comparingInt(Mention::begin)));
        this.places = PlaceGazetteer.standard().find(words);
        this.countries = countries;
        this.homeCountry = publisherCountry(countries);
        this.corefPersons = corefPersons(annotated);
    }

    /** Token positions (sentence, token) that CoreNLP coreference ties to a named person, when coref ran. */
    private final Map<Long, Mention> corefPersons;

    private Map<Long, Mention> corefPersons(AnnotatedArticle annotated) {
        Map<Long, Mention> out = new HashMap<>();
        Map<Integer, edu.stanford.nlp.coref.data.CorefChain> chains = annotated.document().corefChains();
        if (chains == null) {
            return out;
        }
        for (edu.stanford.nlp.coref.data.CorefChain chain : chains.values()) {
            Mention named = null;
            for (edu.stanford.nlp.coref.data.CorefChain.CorefMention cm : chain.getMentionsInTextualOrder()) {
                SentenceView s = sentences.get(cm.sentNum - 1);
                int b = s.charBegin(cm.startIndex - 1);
                int e = s.charEnd(cm.endIndex - 2);
                named = in(s.index, EntityType.PERSON).stream().filter(m -> m.overlaps(b, e)).findFirst().orElse(null);
                if (named != null) {
                    break;
                }
            }
            if (named == null) {
                continue;
            }
            for (edu.stanford.nlp.coref.data.CorefChain.CorefMention cm : chain.getMentionsInTextualOrder()) {
                for (int t = cm.startIndex - 1; t < cm.endIndex - 1; t++) {
                    out.put(key(cm.sentNum - 1, t), named);
                }
            }
        }
        return out;
    }

    private static long key(int sentence, int token) {
        return ((long) sentence << 32) | token;
    }

    /**
     * The named person that a pronoun or description before a token ("he", "the secretary")
     * stands for: CoreNLP's coreference chain when coref ran, else the story's salient person.
     */
    Optional<Mention> referent(SentenceView s, int token) {
        for (int i = token - 1; i >= 0 && i >= token - 6; i--) {
            Mention m = corefPersons.get(key(s.index, i));
            if (m != null && (PERSON_PRONOUNS.contains(s.lower(i)) || PERSON_DESCRIPTIONS.contains(s.lower(i)))) {
                return Optional.of(m);
            }
        }
        return hasPersonReferenceBefore(s, token) ? salientPerson(s.index) : Optional.empty();
    }

    /** The country of a publisher line in the header ("U.S. Department of Defense"), if exactly one. */
    private Optional<String> publisherCountry(CountryGazetteer countries) {
        String[] lines = text.split("\n");
        for (int i = 0; i < Math.min(lines.length, 15); i++) {
            String l = lines[i].strip();
            if (l.split("\\s+").length > 12 || !PUBLISHER.matcher(l).find()) {
                continue;
            }
            List<String> found = countries.find(l).stream().map(m -> m.value().country().iso2()).distinct().toList();
            if (found.size() == 1) {
                return Optional.of(found.get(0));
            }
        }
        // "By Sgt. Joshua Dodds, 116th Public Affairs Detachment", "(Army News Service, Jan. 6, 2003)"
        for (int i = 0; i < Math.min(lines.length, 15); i++) {
            Optional<String> service = NewsServices.countryNamedIn(lines[i]);
            if (service.isPresent()) {
                return service;
            }
        }
        return Optional.empty();
    }

    /** The mention of a type that covers a token, if one does. */
    Optional<Mention> mentionAt(SentenceView s, int token, EntityType type) {
        int at = s.charBegin(token);
        return in(s.index, type).stream().filter(m -> m.begin() <= at && at < m.end()).findFirst();
    }

    List<Mention> in(int sentence, EntityType type) {
        return byType.computeIfAbsent(sentence * 4L + type.ordinal(),
            k -> bySentence.getOrDefault(sentence, List.of()).stream().filter(m -> m.type() == type).toList());
    }

    /** {@link #in} is asked for the same sentence and type many times: each list is made once. */
    private final Map<Long, List<Mention>> byType = new HashMap<>();

    /** The token index of a mention's first token in its sentence. */
    int firstToken(Mention m) {
        return sentences.get(m.sentence()).tokenAt(m.begin());
    }

    int lastToken(Mention m) {
        return sentences.get(m.sentence()).tokenAt(Math.max(m.begin(), m.end() - 1));
    }

    /**
     * The person a pronoun or description before a token stands for: the first person named in
     * the nearest earlier sentence that names one (the subject of the story so far).
     */
    Optional<Mention> salientPerson(int sentence) {
        for (int s = sentence - 1; s >= Math.max(0, sentence - 4); s--) {
            List<Mention> p = in(s, EntityType.PERSON);
            if (!p.isEmpty()) {
                return Optional.of(p.get(0));
            }
        }
        return Optional.empty();
    }

    /** True when the words before a token (in its clause) refer to a person without naming them. */
    boolean hasPersonReferenceBefore(SentenceView s, int token) {
        // the sentence's subject, however far: "The deputy secretary met with …", "He stopped by … to meet …"
        if (token > 0 && PERSON_PRONOUNS.contains(s.lower(0)) && !s.lower(0).equals("his") && !s.lower(0).equals("her")) {
            return true;
        }
        for (int i = 1; i < Math.min(token, 4); i++) {
            if (PERSON_DESCRIPTIONS.contains(s.lower(i)) && s.lower(0).equals("the")) {
                return true;
            }
        }
        for (int i = token - 1; i >= 0 && i >= token - 6; i--) {
            String w = s.lower(i);
            // "his" and "her" own what follows them: "her visit" is hers, "his aides met" is not his meeting
            boolean possessive = w.equals("his") || w.equals("her");
            if (PERSON_PRONOUNS.contains(w) && (!possessive || i == token - 1)) {
                return true;
            }
            if (PERSON_DESCRIPTIONS.contains(w) && i > 0 && s.lower(i - 1).equals("the")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The country the article talks about most up to a sentence ("the Caspian country"), other
     * than the publisher's own: a government release calls another state "the country".
     */
    Optional<String> salientCountry(int sentence) {
        Map<String, Integer> count = new HashMap<>();
        Map<String, Integer> last = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.COUNTRY && m.sentence() < sentence && !homeCountry.equals(Optional.of(m.key()))) {
                count.merge(m.key(), 1, Integer::sum);
                last.put(m.key(), m.begin());
            }
        }
        return count.entrySet().stream()
            .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).thenComparingInt(e -> last.get(e.getKey())))
            .map(Map.Entry::getKey);
    }

    /** A phrase that stands for a mission named just before, and the mission. */
    record MissionReference(Mention mission, int first, int last) {
    }

    private static final Set<String> MISSION_HEADS = Set.of("effort", "mission", "operation", "force");

    /**
     * "That effort", "the security effort", "this peacekeeping mission": a determiner, up to two
     * lower-case modifiers and a mission word stand for the mission named in the two sentences
     * before (the first one named there).
     */
    Optional<MissionReference> missionAnaphor(SentenceView s) {
        for (int i = 0; i + 1 < s.size(); i++) {
            String d = s.lower(i);
            if (!(d.equals("that") || d.equals("this") || d.equals("the"))) {
                continue;
            }
            int head = -1; // the mission word first, so that no tag is read (no tagger run) where there is none
            for (int j = i + 1; j < s.size() && j <= i + 3 && head < 0; j++) {
                head = MISSION_HEADS.contains(s.word(j)) ? j : -1;
            }
            if (head < 0) {
                continue;
            }
            for (int j = i + 1; j <= head; j++) {
                String w = s.word(j);
                if (MISSION_HEADS.contains(w)) {
                    for (int k = s.index - 1; k >= Math.max(0, s.index - 2); k--) {
                        List<Mention> ms = in(k, EntityType.MISSION);
                        if (!ms.isEmpty()) {
                            return Optional.of(new MissionReference(ms.get(0), i, j));
                        }
                    }
                    return Optional.empty();
                }
                if (!Character.isLowerCase(w.charAt(0)) || !s.tagIs(j, PennTags.NOUN_OR_ADJECTIVE)) {
                    break;
                }
            }
        }
        return Optional.empty();
    }

    /** The city named nearest to a token in the sentence, if any. */
    Optional<Place> placeIn(SentenceView s, int nearToken) {
        Place best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (PhraseTrie.Match<PlaceGazetteer.City> p : places) {
            if (p.begin() < s.begin || p.end() > s.end) {
                continue;
            }
            if (mentions.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.overlaps(p.begin(), p.end()))) {
                continue;
            }
            // a capital followed by a verb stands for its government, not a place ("Washington wants")
            int t = s.tokenAt(p.begin());
            int after = s.tokenAt(p.end());
            if (after < s.size() && s.tokens.get(after).beginPosition() >= p.end() && s.isVerb(after) && (t == 0 || !isPlacePreposition(s.lower(t - 1)))) {
                continue;
            }
            int d = Math.abs(t - nearToken);
            if (d < bestDistance) {
                bestDistance = d;
                best = new Place(p.value().city(), p.value().country(), p.text());
            }
        }
        return Optional.ofNullable(best);
    }

    /** "Saturday", "October": calendar words that stand before titles but are not part of them. */
    boolean isWeekdayOrMonth(String w) {
        String l = w.toLowerCase(Locale.ROOT).replace(".", "");
        // "May" and "March" are also a name and a verb: not taken as calendar words here
        return l.matches("monday|tuesday|wednesday|thursday|friday|saturday|sunday")
            || org.newskg.ingest.NewsDates.month(l).isPresent() && l.length() >= 3 && !l.equals("may") && !l.equals("march");
    }

    static boolean isPlacePreposition(String w) {
        return w.equals("in") || w.equals("at") || w.equals("to") || w.equals("of") || w.equals("from") || w.equals("near");
    }

    /** True for the date of the dateline ("WASHINGTON, Aug. 14, 2004 –"): when the article was written, not when things happened. */
    boolean isDateline(SentenceView.DateMention d) {
        int lineStart = text.lastIndexOf('\n', d.begin() - 1) + 1;
        String before = text.substring(lineStart, d.begin());
        String rest = text.substring(d.end(), Math.min(text.length(), d.end() + 4)).strip();
        return DATELINE_PLACE.matcher(before).matches() && (rest.startsWith("—") || rest.startsWith("–") || rest.startsWith("-"));
    }

    /**
     * A dateline with a date ("HANOI, Vietnam, June 5, 2006 —"): the sentence it opens, where its
     * line starts, its comma-separated parts before the date ("HANOI", "Vietnam") and the date.
     */
    record Dateline(int sentence, int lineStart, List<String> parts, SentenceView.DateMention date) {
    }

    /** Found on first use; null until then. */
    private Optional<Dateline> dateline;

    /** The article's dated dateline, if it has one. */
    Optional<Dateline> dateline() {
        if (dateline == null) {
            dateline = findDateline();
        }
        return dateline;
    }

    private Optional<Dateline> findDateline() {
        int line = -1;
        List<Integer> starts = List.of();
        for (SentenceView s : sentences) {
            int lineStart = text.lastIndexOf('\n', s.begin - 1) + 1;
            if (lineStart != line) {
                line = lineStart;
                starts = datelineDateStarts(lineStart);
            }
            if (starts.stream().noneMatch(p -> p >= s.begin && p < s.end)) {
                continue;
            }
            for (SentenceView.DateMention d : s.dates()) {
                if (isDateline(d)) {
                    List<String> parts = new ArrayList<>();
                    for (String p : text.substring(lineStart, d.begin()).split(",")) {
                        if (!p.isBlank()) {
                            parts.add(p.strip());
                        }
                    }
                    return parts.isEmpty() ? Optional.empty() : Optional.of(new Dateline(s.index, lineStart, List.copyOf(parts), d));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where on a line a dateline's date can start: a dateline's date follows only its place, which
     * ends with a comma ({@link #isDateline}), so only right after a comma (and the spaces after it)
     * whose text from the line's start is a place. Commas are tried in order until the line's text
     * can no longer begin a place. Only the sentences holding such a start have their dates (a
     * regex over the sentence) found to look for the dateline.
     */
    private List<Integer> datelineDateStarts(int lineStart) {
        List<Integer> out = new ArrayList<>();
        int lineEnd = text.indexOf('\n', lineStart);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        for (int c = text.indexOf(',', lineStart); c >= 0 && c < lineEnd; c = text.indexOf(',', c + 1)) {
            int p = c + 1;
            while (p < lineEnd && Character.isWhitespace(text.charAt(p))) {
                p++;
            }
            Matcher m = DATELINE_PLACE.matcher(text.substring(lineStart, p));
            if (m.matches()) {
                out.add(p);
            } else if (!m.hitEnd()) {
                break; // no longer text from this line's start is a place either
            }
        }
        return out;
    }

    /**
     * The city of the dateline ("WASHINGTON, Nov. 13, 2017 —", "NEW DELHI, India, …"), if the
     * dateline names one newskg knows; datelines write it in capitals.
     */
    Optional<Place> datelineCity() {
        return dateline().flatMap(d -> {
            String place = d.parts().get(0);
            Optional<Place> asWritten = places.stream().filter(p -> p.begin() == d.lineStart() && p.text().equalsIgnoreCase(place))
                .map(p -> new Place(p.value().city(), p.value().country(), p.text())).findFirst();
            if (asWritten.isPresent()) {
                return asWritten;
            }
            String city = titleCase(place);
            return countries.byCapital(city).map(c -> new Place(city, c.iso2(), place));
        });
    }

    /** The country of the dateline: its city's, else the country it names after the city ("EL GORAH, Egypt"). */
    Optional<String> datelineCountry() {
        Optional<Place> city = datelineCity();
        if (city.isPresent()) {
            return Optional.of(city.get().country());
        }
        return dateline().flatMap(d -> namedCountry(d.parts().subList(1, d.parts().size())));
    }

    /** The first of these dateline parts that is a country's name ("Vietnam"). */
    private Optional<String> namedCountry(List<String> parts) {
        for (String part : parts) {
            Optional<String> c = countries.lookup(part.strip()).filter(f -> f.kind() == org.newskg.lexicon.CountryForm.Kind.NAME)
                .map(f -> f.country().iso2());
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    private static final Pattern UNDATED_DATELINE = Pattern.compile(
        "^\\s*(\\p{Lu}{2}[\\p{Lu} .'’\\-]*)((?:,\\s*\\p{Lu}[\\p{L} .'’\\-]*?)*)\\s*[—–]\\s|^\\s*(\\p{Lu}{2}[\\p{Lu} .'’\\-]*)((?:,\\s*\\p{Lu}[\\p{L} .'’\\-]*?)*)\\s+--?\\s");

    /**
     * A dateline without a date ("GHAZNI PROVINCE, Afghanistan – It was …") at the start of one of
     * the first sentences: the sentence and the country it names (its own, or its capital's).
     */
    Optional<java.util.Map.Entry<Integer, String>> undatedDateline() {
        for (int i = 0; i < Math.min(sentences.size(), 10); i++) {
            SentenceView s = sentences.get(i);
            int lineStart = text.lastIndexOf('\n', s.begin) + 1;
            if (lineStart != s.begin && !text.substring(lineStart, s.begin).isBlank()) {
                continue;
            }
            java.util.regex.Matcher m = UNDATED_DATELINE.matcher(text.substring(s.begin, Math.min(text.length(), s.begin + 120)));
            if (!m.find()) {
                continue;
            }
            String place = m.group(1) != null ? m.group(1) : m.group(3);
            String rest = m.group(1) != null ? m.group(2) : m.group(4);
            Optional<String> country = namedCountry(List.of(rest.split(",")))
                .or(() -> countries.byCapital(titleCase(place.strip())).map(c -> c.iso2()));
            if (country.isPresent()) {
                return Optional.of(java.util.Map.entry(i, country.get()));
            }
        }
        return Optional.empty();
    }

    /** "NEW DELHI" is "New Delhi". */
    static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-';
        }
        return b.toString();
    }

    /** The date expressions of a sentence, nearest to a token first (the dateline's date left out). */
    List<SentenceView.DateMention> datesNear(SentenceView s, int token) {
        return s.dates().stream().filter(d -> !isDateline(d))
            .sorted(Comparator.comparingInt(d -> Math.min(Math.abs(d.firstToken() - token), Math.abs(d.lastToken() - token)))).toList();
    }

    /** The nearest date expression to a token that resolves to a calendar date ("13th century" does not). */
    Optional<ResolvedDate> resolvedDateNear(SentenceView s, int token, Tense tense, DateResolver resolver) {
        for (SentenceView.DateMention d : datesNear(s, token)) {
            Optional<ResolvedDate> r = resolver.resolve(d.text(), d.normalized(), anchor, tense);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    private static final Set<String> PAST_FORMS = Set.of("VBD", "VBN");

    /** The tense around a trigger: "will meet" is future, "met"/"had met" past, "meets" present. */
    Tense tenseAt(SentenceView s, int trigger) {
        for (int i = Math.max(0, trigger - 3); i < trigger; i++) {
            String w = s.lower(i);
            if (w.equals("will") || w.equals("shall") || w.equals("'ll")) {
                return Tense.FUTURE;
            }
        }
        if (s.tagIs(trigger, PennTags.in(PAST_FORMS))) {
            return Tense.PAST;
        }
        for (int i = 0; i < s.size(); i++) {
            if (s.tagIs(i, PennTags.is("VBD"))) {
                return Tense.PAST;
            }
        }
        return Tense.PRESENT;
    }

    /** True when a word of the role stands within the window before a token (or is the token). */
    boolean cueBefore(SentenceView s, int token, int window, Set<String> words) {
        for (int i = Math.max(0, token - window); i <= token && i < s.size(); i++) {
            if (words.contains(s.lower(i)) || s.mayHaveLemma(i, words) && words.contains(s.lemma(i))) {
                return true;
            }
        }
        return false;
    }

    /** True when a word of the role stands anywhere in the sentence. */
    boolean cueIn(SentenceView s, Set<String> words) {
        for (int i = 0; i < s.size(); i++) {
            if (words.contains(s.lower(i)) || s.mayHaveLemma(i, words) && words.contains(s.lemma(i))) {
                return true;
            }
        }
        return false;
    }
}
