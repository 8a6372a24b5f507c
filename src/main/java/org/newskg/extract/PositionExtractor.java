package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.lexicon.Ranks;
import org.newskg.lexicon.ResourceLines;
import org.newskg.lexicon.Titles;
import org.newskg.nlp.PennTags;

/**
 * Finds the posts people hold, from the title written right before a name ("Georgian Defense
 * Minister Levan Izoria", "[Indian] Prime Minister Modi", "Azerbaijan's President Ilham Aliev",
 * "Poland's Minister of Defense, Tomasz Siemoniak") or in an apposition after it ("Laura
 * Cooper, the U.S. Deputy Assistant Secretary of Defense for Russia", "Nirmala Sitharaman,
 * India's defense minister"). The title keeps neither rank nor name; the country is the one the
 * title's adjective, name or possessive gives ("Pentagon" gives the United States); a title
 * without one is left for the article-level rules. Countries written outside the title are
 * {@link TitleCountries}'; a plural title over a list of names is {@link PluralTitles}'.
 *
 * <p>Over 300 lines because its two title walks (before the name, in an apposition after it) share
 * the tests of a title's words, each asked by form first and by tag only where the form leaves it open.
 */
public final class PositionExtractor implements RelationExtractor {
    @Override
    public String name() {
        return "positions";
    }

    private static final Set<String> MODIFIERS = Set.copyOf(ResourceLines.read("/org/newskg/lexicon/title-modifiers.txt"));
    private static final Set<String> CONNECTORS = Set.of("of", "for", "the");
    private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation");
    private static final Set<String> LOCATED_UNITS = Set.of("command", "force", "forces");
    private static final Set<String> LEADING_NON_TITLE = Set.of("IN", "WRB", "CC", "DT", "RB", "TO", "PRP$", "PRP", "WDT", "CD");

    @Override
    public List<Fact.Position> extract(ArticleContext ctx) {
        List<Fact.Position> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Mention p : ctx.mentions) {
            if (p.type() != EntityType.PERSON) {
                continue;
            }
            SentenceView s = ctx.sentences.get(p.sentence());
            int first = ctx.firstToken(p);
            int last = ctx.lastToken(p);
            Optional<String> rankCountry = TitleCountries.countryBeforeRank(ctx, s, first);
            Optional<Fact.Position> front = before(ctx, s, p, first);
            // "Dupont, Belgian Air Component Commander, Filip Vanden Bulke, the Belgian Ambassador": in a list,
            // a title between two commas belongs to the name before it, so the apposition wins
            Optional<Fact.Position> found = front.isPresent() && front.get().evidence().rule().endsWith("-comma")
                ? after(ctx, s, p, last).or(() -> front)
                : front.or(() -> after(ctx, s, p, last));
            found = withCountryIfNone(withCountryIfNone(found, TitleCountries.countryAfterName(ctx, s, last)), rankCountry);
            if (found.isPresent() && seen.add(p.text() + "|" + found.get().title().toLowerCase(Locale.ROOT) + "|" + found.get().country().orElse(""))) {
                out.add(found.get());
            }
        }
        return PluralTitles.sharedPluralTitles(ctx, out, seen);
    }

    /** The title in front of the name. */
    private Optional<Fact.Position> before(ArticleContext ctx, SentenceView s, Mention p, int first) {
        int i = first - 1;
        while (i >= 0 && Ranks.isRankWord(s.word(i))) {
            i--;
        }
        // the title can reach no further left than the run the words' forms allow: without an office
        // word in that run there is none, and the tags the run's words would need are not read
        int titleEnd = i >= 1 && s.word(i).equals(",") ? i - 1 : i;
        int reach = titleEnd;
        while (reach >= 0 && (titleToken(s, reach, true) || joinsTwoTitleParts(ctx, s, reach, true)) && !inPerson(ctx, s, reach)) {
            reach--;
        }
        if (!mayHoldOffice(s, reach + 1, titleEnd)) {
            return Optional.empty();
        }
        boolean comma = false;
        if (i >= 1 && s.word(i).equals(",") && titleToken(s, i - 1)) {
            comma = true; // "Poland's Minister of Defense, Tomasz Siemoniak"
            i--;
        }
        int end = i;
        while (i >= 0 && (titleToken(s, i) || joinsTwoTitleParts(ctx, s, i)) && !inPerson(ctx, s, i)) {
            i--;
        }
        int start = i + 1;
        if (start > end || !mayHoldOffice(s, start, end)) {
            return Optional.empty();
        }
        Optional<String> outside = Optional.empty();
        // lower-case words of the title that the run left out: "Eritrea's information minister, Yemane Meskel";
        // the possessive is found by the words' forms, and only then are their tags read (which may run the tagger)
        int j = i;
        while (j >= 1 && j > i - 3 && Character.isLowerCase(s.word(j).charAt(0))) {
            j--;
        }
        boolean possessiveBefore = j < i && j >= 1 && (s.word(j).equals("'s") || s.word(j).equals("’s"));
        for (int k = i; possessiveBefore && k > j; k--) {
            possessiveBefore = s.tagIs(k, PennTags.NOUN_OR_ADJECTIVE);
        }
        if (possessiveBefore) {
            outside = TitleCountries.countryAt(ctx, s, j - 1);
        } else if (i >= 2 && isPossessive(s.word(i)) && s.lower(i - 2).equals("the") && COUNTRY_NOUNS.contains(s.lower(i - 1))) {
            outside = ctx.datelineCountry(); // "SANTIAGO, Chile – … the country's president, Michelle Bachelet"
        } else if (i >= 1 && isPossessive(s.word(i))) {
            outside = TitleCountries.countryAt(ctx, s, i - 1); // "Azerbaijan's President"
        } else if (i >= 1 && isCloseBracket(s.word(i))) {
            outside = TitleCountries.countryAt(ctx, s, i - 1); // "[Indian] Prime Minister"
        } else if (i >= 2 && s.word(i).equals(",") && s.lower(i - 1).equals("counterpart")) {
            outside = TitleCountries.countryAt(ctx, s, i - 2); // "his Estonian counterpart, Defense Minister"
        }
        return withCountryIfNone(title(ctx, s, p, start, end, "title-before-name" + (comma ? "-comma" : "")), outside);
    }

    /** The title in an apposition after the name: ", the U.S. Deputy Assistant Secretary …,". */
    private Optional<Fact.Position> after(ArticleContext ctx, SentenceView s, Mention p, int last) {
        int i = last + 1;
        if (i >= s.size() || !s.word(i).equals(",")) {
            return Optional.empty();
        }
        i++;
        Optional<String> possessor = Optional.empty();
        if (i < s.size() && (s.lower(i).equals("the") || s.lower(i).equals("a"))) {
            i++;
        }
        if (i + 1 < s.size() && (s.word(i + 1).equals("'s") || s.word(i + 1).equals("’s"))) {
            possessor = TitleCountries.countryAt(ctx, s, i); // "India's defense minister"
            if (possessor.isPresent()) {
                i += 2;
            }
        }
        int start = i;
        // as far as the words' forms allow first: without an office word there, no title (no tag read)
        int reach = i;
        while (reach < s.size() && (titleToken(s, reach, true) || joinsTwoTitleParts(ctx, s, reach, true)) && !inPerson(ctx, s, reach)) {
            reach++;
        }
        if (!mayHoldOffice(s, start, reach - 1)) {
            return Optional.empty();
        }
        // "commander of NATO Allied Air Command and U.S. Air Forces in Europe": one title over the "and"
        while (i < s.size() && (titleToken(s, i) && !verbInRun(s, i) || joinsTwoTitleParts(ctx, s, i)) && !inPerson(ctx, s, i)) {
            i++;
        }
        if (i == start || !mayHoldOffice(s, start, i - 1)) {
            return Optional.empty();
        }
        // "Richard Tryon, commander, U.S. Marine Forces, Europe", "Shigeru Iwasaki, Chief of Staff,
        // Joint Staff, Japan Self-Defense Forces": the bodies after further commas say whose the
        // post is when one starts with a country
        for (int k = i, segments = 0; possessor.isEmpty() && segments < 3 && k + 1 < s.size() && s.word(k).equals(","); segments++) {
            possessor = TitleCountries.countryAt(ctx, s, k + 1);
            k++;
            while (k < s.size() && Character.isUpperCase(s.word(k).charAt(0)) && !capitalisedVerb(s, k) && !inPerson(ctx, s, k)) {
                k++;
            }
        }
        return withCountryIfNone(title(ctx, s, p, start, i - 1, "title-apposition"), possessor);
    }

    /** The fact with the country from outside its title ("India's", "[Indian]", "British Brig."), when the title names none. */
    private static Optional<Fact.Position> withCountryIfNone(Optional<Fact.Position> f, Optional<String> country) {
        return f.map(x -> x.country().isPresent() ? x : new Fact.Position(x.person(), x.title(), country, x.evidence()));
    }

    /**
     * Builds the fact from a run of title tokens: country words at its start are taken out, others
     * set the country. Its callers have asked {@link #mayHoldOffice} of the run first.
     */
    private Optional<Fact.Position> title(ArticleContext ctx, SentenceView s, Mention p, int start, int end, String rule) {
        // drop what is not the title: "Readout of Deputy Secretary", "first U.S. defense secretary"
        while (start <= end && (CONNECTORS.contains(s.lower(start))
            || start + 1 <= end && s.lower(start + 1).equals("of") && !isOffice(s.lower(start)) && TitleCountries.countryAt(ctx, s, start).isEmpty()
            || Character.isLowerCase(s.word(start).charAt(0)) && !MODIFIERS.contains(s.lower(start)) && !isOffice(s.lower(start)))) {
            start++;
        }
        // "When President Obama", "On Saturday President Obama": sentence words before the title
        while (start <= end && (s.tagIs(start, PennTags.in(LEADING_NON_TITLE)) && !CONNECTORS.contains(s.lower(start))
            || ctx.isWeekdayOrMonth(s.word(start)))) {
            start++;
        }
        Optional<String> country = Optional.empty();
        while (start <= end) {
            Optional<String> c = TitleCountries.countryAt(ctx, s, start);
            if (c.isEmpty()) {
                break;
            }
            country = c;
            start = TitleCountries.skipMention(ctx, s, start);
        }
        while (end >= start && CONNECTORS.contains(s.lower(end))) {
            end--;
        }
        if (start > end) {
            return Optional.empty();
        }
        boolean office = false;
        for (int k = start; k <= end; k++) {
            office |= isOffice(s.lower(k)) || k == end && PluralTitles.singular(s.word(k)).isPresent(); // "Defense Ministers George Robertson of Britain, …"
            boolean domain = k > start && (s.lower(k - 1).equals("for") || s.lower(k - 1).equals("to") || s.lower(k - 1).equals("on")
                || LOCATED_UNITS.contains(s.lower(k - 1))); // "Combined Forces Command Afghanistan" is where the command is
            if (country.isEmpty() && !domain) {
                // "Envoy for Syria", "Ambassador to Jordan": a country after for/to is the post's domain, not whom it serves
                country = TitleCountries.countryAt(ctx, s, k);
            }
            if (country.isEmpty()) {
                country = TitleCountries.landmarkCountry(ctx, s, k);
            }
            if (s.lower(k).equals("former") || s.lower(k).equals("late") || s.lower(k).equals("counterpart")) {
                return Optional.empty();
            }
        }
        if (!office) {
            return Optional.empty();
        }
        String title = canonical(ctx.text.substring(s.charBegin(start), s.charEnd(end)));
        int b = Math.min(p.begin(), s.charBegin(start));
        int e = Math.max(p.end(), s.charEnd(end));
        return Optional.of(new Fact.Position(p, title, country, new Evidence(s.index, b, e, rule, country.isPresent() ? 0.85 : 0.7)));
    }

    /**
     * One spelling per title, so that "President" and "president" (or "defense minister" and
     * "Defense Minister") are one post: words capitalised, small words and acronyms kept.
     */
    static String canonical(String title) {
        StringBuilder b = new StringBuilder();
        for (String w : title.split(" ")) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            boolean small = CONNECTORS.contains(w) || w.equals("and") || w.equals("to") || w.equals("on");
            b.append(small || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
    }

    private static boolean titleToken(SentenceView s, int i) {
        return titleToken(s, i, false);
    }

    /**
     * {@link #titleToken(SentenceView, int)}, or with {@code byForm} what the word's form allows,
     * its tag not read: true wherever the tag could make it true.
     */
    private static boolean titleToken(SentenceView s, int i, boolean byForm) {
        String w = s.word(i);
        if (w.isEmpty()) {
            return false;
        }
        if (i > 0 && i + 1 < s.size() && s.word(i - 1).matches("[A-Z0-9]{2,}") && s.word(i + 1).matches("[A-Z0-9]{2,}")
            && (w.equals("-") || !Character.isLetterOrDigit(w.codePointAt(0)) && (byForm || s.tagIs(i, PennTags.is("HYPH"))))) {
            return true; // "CJTF-OIR Deputy Commander": acronyms joined by a hyphen
        }
        if (w.contains("-") && !w.matches("[A-Z0-9]{2,}(?:-[A-Z0-9]{2,})+|[A-Z][a-z]+-[a-z]+")) {
            return false; // "Surge-When": words run together, not a title
        }
        if (CONNECTORS.contains(s.lower(i))) {
            return true;
        }
        if (Character.isUpperCase(w.charAt(0))) {
            return byForm || !capitalisedVerb(s, i);
        }
        return (MODIFIERS.contains(s.lower(i)) || isOffice(s.lower(i)) || s.lower(i).equals("staff") || s.lower(i).equals("affairs")
            || s.lower(i).equals("security")) && (byForm || s.tagIs(i, PennTags.NOUN_OR_ADJECTIVE));
    }

    /**
     * A capitalised word the tagger takes for a verb: only a headline's, in title case ("Mattis
     * Meets Defense Minister"); prose capitalises no verb, so the tagger is not asked there.
     */
    private static boolean capitalisedVerb(SentenceView s, int i) {
        return s.inTitleCase(i) && s.tagIs(i, PennTags.VERB);
    }

    /** A word of a title run that is a verb: a connector never is; a capitalised word only in title case. */
    private static boolean verbInRun(SentenceView s, int i) {
        if (CONNECTORS.contains(s.lower(i))) {
            return false;
        }
        return Character.isUpperCase(s.word(i).charAt(0)) ? capitalisedVerb(s, i) : s.isVerb(i);
    }

    /**
     * Whether the words from start to end hold an office word (or a plural title), without which
     * {@link #title} finds no position: asked before it, and before what reads tags.
     */
    private static boolean mayHoldOffice(SentenceView s, int start, int end) {
        for (int k = Math.max(0, start); k <= end && k < s.size(); k++) {
            if (isOffice(s.lower(k)) || PluralTitles.singular(s.word(k)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Deputy Prime Minister and Defense Minister", "Ambassador to Paraguay": an "and" between two
     * offices, or a "to" after an office and before a name, is inside one title.
     */
    private static boolean joinsTwoTitleParts(ArticleContext ctx, SentenceView s, int i) {
        return joinsTwoTitleParts(ctx, s, i, false);
    }

    /** {@link #joinsTwoTitleParts(ArticleContext, SentenceView, int)}, by form alone with {@code byForm} (a superset). */
    private static boolean joinsTwoTitleParts(ArticleContext ctx, SentenceView s, int i, boolean byForm) {
        if (i < 1 || i + 1 >= s.size() || !Character.isUpperCase(s.word(i + 1).charAt(0)) || inPerson(ctx, s, i + 1)) {
            return false;
        }
        String w = s.lower(i);
        if (!Character.isUpperCase(s.word(i - 1).charAt(0))) {
            return false;
        }
        // "Peace and Security Affairs" too, but not "Pakistan and Defense Minister X": a country or a name ends the title
        return w.equals("to") && isOffice(s.lower(i - 1))
            || w.equals("and") && (isOffice(s.lower(i - 1)) || titleToken(s, i - 1, byForm) && TitleCountries.countryAt(ctx, s, i - 1).isEmpty() && !inPerson(ctx, s, i - 1));
    }

    /** True when the token is part of a person's name: a title never runs into another name. */
    private static boolean inPerson(ArticleContext ctx, SentenceView s, int i) {
        return ctx.mentionAt(s, i, EntityType.PERSON).isPresent();
    }

    static boolean isOffice(String lower) {
        return Titles.isOfficeWord(lower);
    }

    private static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("’s");
    }

    private static boolean isCloseBracket(String w) {
        return w.equals("]") || w.equals("-RSB-") || w.equals(")") || w.equals("-RRB-");
    }

}
