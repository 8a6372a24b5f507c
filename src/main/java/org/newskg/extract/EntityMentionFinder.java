package org.newskg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.ingest.Article;
import org.newskg.lexicon.CountryForm;
import org.newskg.lexicon.CountryGazetteer;
import org.newskg.lexicon.FunctionWords;
import org.newskg.lexicon.Mission;
import org.newskg.lexicon.MissionGazetteer;
import org.newskg.lexicon.NameParticles;
import org.newskg.lexicon.PhraseTrie;
import org.newskg.lexicon.Ranks;
import org.newskg.lexicon.ResourceLines;
import org.newskg.lexicon.Slug;
import org.newskg.lexicon.TextWords;
import org.newskg.lexicon.Titles;
import org.newskg.nlp.AnnotatedArticle;
import org.newskg.nlp.PennTags;
import org.newskg.nlp.TagsOnDemand;

/**
 * Turns an annotated article into typed mentions of persons (CoreNLP NER plus the byline),
 * countries (names, abbreviations, demonyms, capitals standing for governments) and missions
 * (gazetteer names and acronyms, acronyms defined in the text, "Operation X" names).
 *
 * <p>Over 300 lines because the three kinds of mention resolve their overlaps in one pass over a
 * sentence (a country's name inside a mission's, a rank inside a person's, a demonym before a
 * name), and the repairs of CoreNLP's person spans (cut names, titles read as names, furniture
 * run into a name) must see the other kinds' spans; split, each part would re-scan the tokens.
 */
public final class EntityMentionFinder {
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "to", "from", "at", "near", "via", "into", "of", "outside", "around", "toward", "towards");
    private static final Pattern PUNCT = Pattern.compile("\\p{Punct}+");
    private static final Pattern PUNCT_OR_BRACKET = Pattern.compile("\\p{Punct}+|-[LR]RB-");
    private static final Pattern OPERATION = Pattern.compile("\\bOperation\\s+((?:[A-Z][A-Za-z’']+)(?:\\s+[A-Z][A-Za-z’']+){0,3})");
    private static final List<String> MISSION_HEADS = ResourceLines.read("/org/newskg/lexicon/mission-heads.txt");
    private static final Set<String> NOT_PERSONS = Set.copyOf(ResourceLines.read("/org/newskg/lexicon/not-persons.txt"));
    /** Modals and finite auxiliaries that neither end in "s" nor take a past ending: the finite verbs after a subject {@link WordForms} does not foresee. */
    private static final Set<String> FINITE_VERB_FORMS = Set.of("will", "would", "can", "could", "may", "might", "must", "shall", "should",
        "are", "have", "do", "were", "am");
    /** Personal pronouns, which NER now and then takes for a person at a sentence's start: the tagger's PRP and PRP$. */
    private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her",
        "hers", "it", "its", "they", "them", "their", "himself", "herself", "themselves");
    private static final Set<String> FACILITY_WORDS = Set.copyOf(ResourceLines.read("/org/newskg/lexicon/facility-words.txt"));

    private final CountryGazetteer countries;
    private final MissionGazetteer missions;
    private final AcronymFinder acronyms = new AcronymFinder();

    public EntityMentionFinder(CountryGazetteer countries, MissionGazetteer missions) {
        this.countries = countries;
        this.missions = missions;
    }

    /** A finder over the standard gazetteers. */
    public static EntityMentionFinder standard() {
        return new EntityMentionFinder(CountryGazetteer.standard(), MissionGazetteer.standard());
    }

    public ArticleFacts find(AnnotatedArticle annotated) {
        return find(annotated, TextWords.of(annotated.article().text()));
    }

    /** The entities of an article whose text's words are already found (shared with the place gazetteer). */
    public ArticleFacts find(AnnotatedArticle annotated, TextWords words) {
        CoreDocument doc = annotated.document();
        Article article = annotated.article();
        String text = article.text();
        TokenIndex tokens = new TokenIndex(doc, annotated.tags());
        List<Mention> out = new ArrayList<>();
        Map<String, Mission> textMissions = new LinkedHashMap<>();

        List<Mention> missionMentions = findMissions(text, words, tokens, textMissions);
        out.addAll(missionMentions);
        List<Mention> persons = findPersons(doc, article, tokens, missionMentions);
        out.addAll(persons);
        out.addAll(findCountries(text, words, tokens, persons, missionMentions));
        out.sort(Comparator.comparingInt(Mention::begin));
        List<Sentence> sentences = new ArrayList<>();
        for (CoreSentence s : doc.sentences()) {
            sentences.add(new Sentence(sentences.size(), s.charOffsets().first(), s.charOffsets().second()));
        }
        return new ArticleFacts(article, List.copyOf(sentences), List.copyOf(out), Map.copyOf(textMissions));
    }

    // ------------------------------------------------------------------ persons

    private List<Mention> findPersons(CoreDocument doc, Article article, TokenIndex tokens, List<Mention> missionMentions) {
        List<Mention> out = new ArrayList<>();
        for (CoreEntityMention em : doc.entityMentions()) {
            if (!"PERSON".equals(em.entityType())) {
                continue;
            }
            List<CoreLabel> toks = new ArrayList<>(em.tokens());
            while (!toks.isEmpty() && Ranks.isRankWord(toks.get(0).word())) {
                toks.remove(0);
            }
            while (!toks.isEmpty() && isPossessiveOrPunct(toks.get(toks.size() - 1).word())) {
                toks.remove(toks.size() - 1);
            }
            // an editor's bracket inside a name ("[Barack] Obama"): the name is what follows it
            for (int k = toks.size() - 1; k >= 0; k--) {
                if (isBracket(toks.get(k))) {
                    toks = new ArrayList<>(toks.subList(k + 1, toks.size()));
                    break;
                }
            }
            toks = withoutRunInFurniture(toks, tokens);
            if (toks.isEmpty()) {
                continue;
            }
            int b = toks.get(0).beginPosition();
            int e = toks.get(toks.size() - 1).endPosition();
            String name = article.text().substring(b, e);
            // a caption or headline joined to a name at a hyphen: "Bilal Y. Saab-“When we talk…", "Conakry, Guinea-Okey Onyejekwe"
            Matcher quoteJoin = NAME_THEN_JOINED_NON_NAME.matcher(name);
            if (quoteJoin.matches()) {
                e = b + quoteJoin.group(1).length();
            }
            Matcher placeJoin = WORD_JOINED_TO_NAME.matcher(name);
            if (placeJoin.matches() && countries.lookup(placeJoin.group(1)).isPresent()) {
                b += placeJoin.group(1).length() + 1;
            }
            name = article.text().substring(b, e);
            int mb = b;
            int me = e;
            if (!looksLikeName(name) || NOT_PERSONS.contains(name) || missionMentions.stream().anyMatch(m -> m.overlaps(mb, me))) {
                continue;
            }
            if (namesAFacility(article.text(), toks.get(0).word(), b)) {
                continue; // "Fort Lesley J. McNair", "USS Ronald Reagan": a base or a ship named after a person
            }
            if (toks.size() == 1 && countryWordBefore(article.text(), b)) {
                continue; // "the Palestinian Authority", "Japan Self-Defense Forces": one word after a country is a body's name
            }
            // a name has a proper noun in it: NER sometimes tags a sentence-initial "He" or "His".
            // A pronoun is none; a capitalised word after a word, or any capitalised word that is
            // no function word, is one by its form; only what is left is asked of the tagger
            if (toks.stream().allMatch(t -> PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT)))
                || toks.stream().noneMatch(t -> tokens.capitalisedInRunningText(t) || capitalisedContentWord(t))
                && toks.stream().noneMatch(t -> tokens.tagIs(t, PennTags.PROPER_NOUN))) {
                continue;
            }
            // a lone country name tagged as a person ("Jordan") is the country
            Optional<CountryForm> asCountry = countries.lookup(name);
            if (asCountry.isPresent() && asCountry.get().kind() != CountryForm.Kind.CAPITAL) {
                continue;
            }
            out.add(new Mention(EntityType.PERSON, name, b, e, tokens.sentenceAt(b), "", titleBefore(article.text(), b, tokens),
                "corenlp-ner", 0.85));
        }
        out.addAll(namesAfterTitles(article, tokens, out, missionMentions));
        namesAfterRanks(article, tokens, out, missionMentions);
        // NER tags "Robert M. Gates" but often not a later "Gates said": a surname the article has
        // already given in full is that person wherever it stands as a proper noun
        Set<String> surnames = new java.util.HashSet<>();
        for (Mention m : out) {
            String[] words = m.text().split("\\s+");
            if (words.length > 1 && words[words.length - 1].length() > 2) {
                surnames.add(words[words.length - 1]);
            }
        }
        for (CoreLabel t : tokens.all()) {
            if (!surnames.contains(t.word())) {
                continue;
            }
            int b = t.beginPosition();
            int e = t.endPosition();
            if (out.stream().noneMatch(m -> m.overlaps(b, e)) && missionMentions.stream().noneMatch(m -> m.overlaps(b, e))
                && (tokens.capitalisedInRunningText(t) || capitalisedContentWord(t) && !tokens.inTitleCase(t) || tokens.tagIs(t, PennTags.PROPER_NOUN))) {
                out.add(new Mention(EntityType.PERSON, t.word(), b, e, tokens.sentenceAt(b), "", titleBefore(article.text(), b, tokens),
                    "known-surname", 0.8));
            }
        }
        article.author().ifPresent(author -> {
            int at = article.text().indexOf(author);
            boolean covered = at >= 0 && out.stream().anyMatch(m -> m.overlaps(at, at + author.length()));
            if (!covered) {
                out.add(new Mention(EntityType.PERSON, author, Math.max(at, 0), at >= 0 ? at + author.length() : 0,
                    at >= 0 ? tokens.sentenceAt(at) : 0, "", "", "byline", 0.95));
            }
        });
        return out;
    }

    private static final Set<String> TITLE_WORDS = Set.copyOf(ResourceLines.read("/org/newskg/lexicon/title-words.txt"));

    /**
     * Names NER misses but a title announces: "Speaker of the Mongolian Parliament Zandanshatar",
     * "Foreign Minister Battsetseg". The name is the proper nouns after a capitalised title that
     * holds an office word, up to the end of the run.
     */
    private List<Mention> namesAfterTitles(Article article, TokenIndex tokens, List<Mention> persons, List<Mention> missionMentions) {
        List<Mention> out = new ArrayList<>();
        List<CoreLabel> all = tokens.all();
        int i = 0;
        int runEnd = 0; // the end of the run of title or name words (tags not read) that i is in
        while (i < all.size()) {
            if (i >= runEnd) {
                // the tagger's verbs split these runs; a run with no office word in it cannot hold a
                // title, so its tags (which would run the tagger) are not read
                int k = i;
                while (k < all.size() && isTitleOrNameWord(all.get(k)) && tokens.sentenceOf(k) == tokens.sentenceOf(i)) {
                    k++;
                }
                boolean office = false;
                for (int j = i; j < k && !office; j++) {
                    office = Titles.isOfficeWord(all.get(j).word().toLowerCase(Locale.ROOT));
                }
                // nor can one where no word that ends a title stands right before a word that can
                // begin a name: every name found below starts so
                boolean nameAfterTitle = false;
                for (int j = i; j + 1 < k && office && !nameAfterTitle; j++) {
                    nameAfterTitle = endsTitle(all.get(j).word()) && mayBeNameWord(all.get(j + 1));
                }
                if (!nameAfterTitle) {
                    i = Math.max(k, i + 1);
                    continue;
                }
                runEnd = k;
            }
            if (!isTitleOrNameToken(all.get(i), tokens)) {
                i++;
                continue;
            }
            int start = i;
            while (i < all.size() && isTitleOrNameToken(all.get(i), tokens) && tokens.sentenceOf(i) == tokens.sentenceOf(start)) {
                i++;
            }
            int end = i; // exclusive
            int nameStart = end;
            while (nameStart > start && isNameWord(all.get(nameStart - 1), tokens) && end - nameStart < 3) {
                nameStart--;
            }
            if (nameStart == end || nameStart == start) {
                continue;
            }
            boolean office = false;
            for (int k = start; k < nameStart; k++) {
                office |= Titles.isOfficeWord(all.get(k).word().toLowerCase(Locale.ROOT));
                if (office && all.get(k).word().equals("for")) {
                    office = false; // "Deputy Commander for Task Force White Eagle": what follows "for" is the office's domain
                    break;
                }
            }
            boolean titleEnds = endsTitle(all.get(nameStart - 1).word());
            int b = all.get(nameStart).beginPosition();
            int e = all.get(end - 1).endPosition();
            if (!office || !titleEnds || persons.stream().anyMatch(p -> p.overlaps(b, e)) || missionMentions.stream().anyMatch(p -> p.overlaps(b, e))) {
                continue;
            }
            String name = article.text().substring(b, e);
            if (countries.lookup(name).isPresent() || NOT_PERSONS.contains(name)) {
                continue;
            }
            out.add(new Mention(EntityType.PERSON, name, b, e, tokens.sentenceAt(b), "", titleBefore(article.text(), b, tokens),
                "title-then-name", 0.7));
        }
        return out;
    }

    /** Military ranks written out that stand only before a name; abbreviated ranks ("Gen.", "Adm.") count too. */
    private static final Pattern NAME_ACRONYM_NUMBER = Pattern.compile("\\b((?:[A-Z][a-z]+ ){1,4}[A-Z][a-z]+) \\(([A-Z]{2,6})\\) (\\d{1,4})\\b");
    /** Months and weekdays end a name: "Gen. John Strickland September 3". */
    private static final Set<String> CALENDAR_WORDS = Set.of("January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private static final Set<String> NAME_RANKS = Set.of("Commodore", "Colonel", "Admiral", "Sergeant", "Lieutenant", "Captain", "Brigadier");

    /**
     * "Rear Adm. Henning Hoops", "Royal Navy Commodore Tom Cunningham": two or three proper nouns
     * right after a rank are a person's name even where NER cut the name short ("Henning") or took
     * it for an organisation; a shorter NER name inside it gives way to it.
     */
    private void namesAfterRanks(Article article, TokenIndex tokens, List<Mention> persons, List<Mention> missionMentions) {
        List<CoreLabel> all = tokens.all();
        for (int r = 0; r + 2 < all.size(); r++) {
            String rank = all.get(r).word();
            if (!Ranks.isRankWord(rank) || !(rank.endsWith(".") || NAME_RANKS.contains(rank))) {
                continue;
            }
            int k = r + 1;
            while (k < all.size() && k - r <= 3 && isNameWord(all.get(k), tokens) && !CALENDAR_WORDS.contains(all.get(k).word())
                && tokens.sentenceOf(k) == tokens.sentenceOf(r)) {
                k++;
            }
            if (k - (r + 1) < 2 || k < all.size() && isNameWord(all.get(k), tokens) && !CALENDAR_WORDS.contains(all.get(k).word())) {
                continue; // one word is a surname NER handles; four are no name
            }
            int b = all.get(r + 1).beginPosition();
            int e = all.get(k - 1).endPosition();
            String name = article.text().substring(b, e);
            if (missionMentions.stream().anyMatch(m -> m.overlaps(b, e)) || NOT_PERSONS.contains(name) || countries.lookup(name).isPresent()
                || persons.stream().anyMatch(p -> p.overlaps(b, e) && (p.begin() < b || p.end() > e))) {
                continue;
            }
            if (persons.stream().anyMatch(p -> p.begin() == b && p.end() == e)) {
                continue;
            }
            persons.removeIf(p -> p.begin() >= b && p.end() <= e); // "Henning" of "Henning Hoops"
            persons.add(new Mention(EntityType.PERSON, name, b, e, tokens.sentenceAt(b), "", titleBefore(article.text(), b, tokens),
                "rank-then-name", 0.75));
        }
    }

    /** A capitalised word of two letters or more that is no function word ({@code function-words.txt}). */
    private static boolean capitalisedContentWord(CoreLabel t) {
        String w = t.word();
        return w.length() > 1 && Character.isUpperCase(w.codePointAt(0)) && !FunctionWords.contains(w);
    }

    /** A title or name word that is no verb; only in title case (a headline's "Meets") is the tagger asked. */
    private static boolean isTitleOrNameToken(CoreLabel t, TokenIndex tokens) {
        return isTitleOrNameWord(t) && !(tokens.inTitleCase(t) && tokens.tagIs(t, PennTags.VERB));
    }

    /** A word a title or a name can be made of, by its form alone. */
    private static boolean isTitleOrNameWord(CoreLabel t) {
        String w = t.word();
        return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || w.equals("of") || w.equals("the") || w.equals("for"));
    }

    private boolean isNameWord(CoreLabel t, TokenIndex tokens) {
        // the tag last, and only where the form leaves it open (a sentence's first word, a
        // headline's words, whose base-form verbs only the tagger tells: "Trump, Saudi King Agree
        // to …"): reading a tag may run the tagger on the sentence
        return mayBeNameWord(t) && (tokens.capitalisedInRunningText(t) || tokens.tagIs(t, PennTags.PROPER_NOUN));
    }

    /** A word that can be part of a name by its form: capitalised, letters only, no title, rank or country. */
    private boolean mayBeNameWord(CoreLabel t) {
        String w = t.word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.length() > 2
            && !w.equals(w.toUpperCase(Locale.ROOT)) && !TITLE_WORDS.contains(w) && !Titles.isOfficeWord(w.toLowerCase(Locale.ROOT))
            && !Ranks.isRankWord(w) && countries.lookup(w).isEmpty() && w.chars().allMatch(Character::isLetter);
    }

    /** A word a title can end with, right before the name: an office ("Minister"), a title word ("Speaker"), a country. */
    private boolean endsTitle(String w) {
        return Titles.isOfficeWord(w.toLowerCase(Locale.ROOT)) || TITLE_WORDS.contains(w) || countries.lookup(w).isPresent();
    }

    private static boolean isPossessiveOrPunct(String w) {
        return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’") || PUNCT.matcher(w).matches();
    }

    private static boolean isBracket(CoreLabel t) {
        String w = t.originalText() != null ? t.originalText() : t.word();
        return w.contains("[") || w.contains("]") || t.word().equals("-LSB-") || t.word().equals("-RSB-");
    }

    /** True when the word right before an offset is a country's name or adjective ("Palestinian", "Japan"). */
    private boolean countryWordBefore(String text, int begin) {
        int[] w = wordBefore(text, begin, c -> c == ' ', Character::isLetter);
        return w[1] > w[0] && w[1] < begin && countries.lookup(text.substring(w[0], w[1]))
            .filter(f -> f.kind() == CountryForm.Kind.NAME || f.kind() == CountryForm.Kind.DEMONYM).isPresent();
    }

    /** The span {@code [start, end)} of the word before an offset: the gap passed over backwards, then the word's characters. */
    private static int[] wordBefore(String text, int begin, java.util.function.IntPredicate gap, java.util.function.IntPredicate inWord) {
        int end = begin;
        while (end > 0 && gap.test(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && inWord.test(text.charAt(start - 1))) {
            start--;
        }
        return new int[] {start, end};
    }

    /** True when a name starts with a facility word, or follows one: "Camp Lemonnier", "at Fort Lesley J. McNair". */
    static boolean namesAFacility(String text, String firstWord, int begin) {
        if (FACILITY_WORDS.contains(firstWord)) {
            return true;
        }
        int[] w = wordBefore(text, begin, Character::isWhitespace, c -> !Character.isWhitespace(c));
        return w[1] > w[0] && FACILITY_WORDS.contains(text.substring(w[0], w[1]));
    }

    private static final Pattern NAME_THEN_JOINED_NON_NAME = Pattern.compile("^(.*\\p{L}\\.?)-[^\\p{L}].*$");
    private static final Pattern WORD_JOINED_TO_NAME = Pattern.compile("^(\\p{Lu}\\p{L}+)-(\\p{Lu}.*)$");
    private static final Set<String> RUN_IN_VERB_TAGS = Set.of("VBZ", "VBG", "VBD");

    /**
     * A name's tokens without what page furniture ran into it: from the first lower-case word that
     * is no name particle on ("Trump rally-Trump held …": a caption), and a headline's verb after
     * it ("Kerry Heading to Ukraine …", "Obama Says").
     */
    static List<CoreLabel> withoutRunInFurniture(List<CoreLabel> toks, TokenIndex tokens) {
        int cut = toks.size();
        for (int k = 1; k < toks.size(); k++) {
            String w = toks.get(k).word();
            // "Kyung-wha", "Ki-moon": a lower-case part joined to the one before it is the same word
            boolean joined = toks.get(k).beginPosition() == toks.get(k - 1).endPosition();
            if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && !NameParticles.isParticle(w) && !joined) {
                cut = k;
                break;
            }
        }
        List<CoreLabel> out = new ArrayList<>(toks.subList(0, cut));
        // a capitalised verb after a name is a headline's: only in title case is the tagger asked
        while (out.size() > 1 && tokens.inTitleCase(out.get(out.size() - 1)) && WordForms.mayBeInflectedVerb(out.get(out.size() - 1).word())
            && tokens.tagIs(out.get(out.size() - 1), PennTags.in(RUN_IN_VERB_TAGS))) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static boolean looksLikeName(String name) {
        if (name.length() < 2 || !Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        String letters = name.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 2 && !letters.equals(letters.toUpperCase(Locale.ROOT));
    }

    /**
     * The title written right before a name: the capitalised words up to the name in the same
     * sentence ("Defense Minister Col. Gen. Safar Abiyev" gives "Defense Minister"), ranks dropped.
     */
    static String titleBefore(String text, int nameBegin, TokenIndex tokens) {
        List<CoreLabel> before = tokens.tokensBefore(nameBegin, 8);
        List<String> words = new ArrayList<>();
        for (int i = before.size() - 1; i >= 0; i--) {
            String w = before.get(i).word();
            boolean cap = Character.isUpperCase(w.charAt(0));
            boolean connector = w.equals("of") || w.equals("for") || w.equals("the");
            if (!(cap || connector) || PUNCT_OR_BRACKET.matcher(w).matches()) {
                break;
            }
            words.add(0, w);
        }
        while (!words.isEmpty() && (words.get(0).equals("of") || words.get(0).equals("for") || words.get(0).equals("the"))) {
            words.remove(0);
        }
        words.removeIf(Ranks::isRankWord);
        return String.join(" ", words);
    }

    // ------------------------------------------------------------------ countries

    private List<Mention> findCountries(String text, TextWords words, TokenIndex tokens, List<Mention> persons, List<Mention> missionMentions) {
        List<Mention> out = new ArrayList<>();
        for (PhraseTrie.Match<CountryForm> m : countries.find(words)) {
            if (persons.stream().anyMatch(p -> p.overlaps(m.begin(), m.end()))) {
                continue;
            }
            // a country's name inside a mission's ("Battle Group Latvia", "Kosovo Force") still names the
            // country; a demonym or abbreviation there ("U.N.", "Georgian Deployment Program") does not
            if (missionMentions.stream().anyMatch(p -> p.overlaps(m.begin(), m.end())) && m.value().kind() != CountryForm.Kind.NAME) {
                continue;
            }
            CountryForm form = m.value();
            double confidence;
            String rule;
            switch (form.kind()) {
                case CAPITAL -> {
                    if (!capitalActsAsGovernment(text, m, tokens)) {
                        continue;
                    }
                    rule = "capital-as-government";
                    confidence = 0.75;
                }
                case DEMONYM -> {
                    rule = "country-demonym";
                    confidence = 0.9;
                }
                case ABBREVIATION -> {
                    rule = "country-abbreviation";
                    confidence = 0.95;
                }
                default -> {
                    rule = "country-name";
                    confidence = 0.95;
                }
            }
            out.add(new Mention(EntityType.COUNTRY, m.text(), m.begin(), m.end(), tokens.sentenceAt(m.begin()),
                form.country().iso2(), "", rule, confidence));
        }
        return out;
    }

    /**
     * A capital stands for its government when it acts: it is the subject of a verb or owns
     * something ("Washington wants", "Moscow's decision"), and is not a place someone is in or goes
     * to ("in Washington") nor part of a longer name ("Kabul International Airport").
     */
    private static boolean capitalActsAsGovernment(String text, PhraseTrie.Match<CountryForm> m, TokenIndex tokens) {
        List<CoreLabel> before = tokens.tokensBefore(m.begin(), 1);
        if (!before.isEmpty() && PLACE_PREPOSITIONS.contains(before.get(0).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        Optional<CoreLabel> next = tokens.tokenAtOrAfter(m.end());
        if (next.isEmpty()) {
            return false;
        }
        String w = next.get().word();
        if (w.equals("'s") || w.equals("’s")) {
            return true;
        }
        // a finite verb or a modal: the tagger is asked only where the word can be one
        if (!FINITE_VERB_FORMS.contains(w.toLowerCase(Locale.ROOT)) && !WordForms.mayBeInflectedVerb(w)) {
            return false;
        }
        return tokens.tagIs(next.get(), PennTags.FINITE_VERB_OR_MODAL);
    }

    // ------------------------------------------------------------------ missions

    private List<Mention> findMissions(String text, TextWords words, TokenIndex tokens, Map<String, Mission> textMissions) {
        List<Mention> out = new ArrayList<>();
        Map<String, Mission> definedAcronyms = new HashMap<>();
        for (AcronymFinder.Definition d : acronyms.find(text)) {
            Optional<Mission> known = missions.lookup(d.longForm());
            if (known.isPresent()) {
                definedAcronyms.put(d.acronym(), known.get());
            } else if (isMissionName(d.longForm())) {
                Mission m = new Mission(Slug.of(d.longForm()), d.longForm(), List.of(d.acronym()), List.of(), "", "", "text");
                textMissions.put(m.id(), m);
                definedAcronyms.put(d.acronym(), m);
                out.add(new Mention(EntityType.MISSION, d.longForm(), d.longBegin(), d.longEnd(), tokens.sentenceAt(d.longBegin()),
                    m.id(), "", "acronym-definition", 0.7));
            }
        }
        for (PhraseTrie.Match<Mission> m : missions.find(words)) {
            out.add(new Mention(EntityType.MISSION, m.text(), m.begin(), m.end(), tokens.sentenceAt(m.begin()),
                m.value().id(), "", "mission-gazetteer", 0.95));
        }
        // "Task Force (TF) 150", "Combined Task Force (CTF) 153": a known mission's name with its
        // acronym written in before the number
        Matcher inner = NAME_ACRONYM_NUMBER.matcher(text);
        while (inner.find()) {
            int b = inner.start();
            int en = inner.end();
            Optional<Mission> known = missions.lookup(inner.group(1) + " " + inner.group(3));
            if (known.isPresent() && out.stream().noneMatch(x -> x.overlaps(b, en))) {
                out.add(new Mention(EntityType.MISSION, inner.group(), b, en, tokens.sentenceAt(b), known.get().id(), "",
                    "mission-name-with-acronym", 0.9));
            }
        }
        // acronyms the article defines for missions it names, used later on their own
        for (Map.Entry<String, Mission> e : definedAcronyms.entrySet()) {
            for (int[] at : wholeWordOccurrences(text, e.getKey())) {
                int b = at[0];
                int en = at[1];
                if (out.stream().noneMatch(x -> x.overlaps(b, en))) {
                    out.add(new Mention(EntityType.MISSION, text.substring(b, en), b, en, tokens.sentenceAt(b), e.getValue().id(), "",
                        "acronym-in-text", 0.85));
                }
            }
        }
        Matcher op = OPERATION.matcher(text);
        while (op.find()) {
            int b = op.start();
            int en = op.end();
            if (out.stream().anyMatch(x -> x.overlaps(b, en))) {
                continue;
            }
            String name = "Operation " + titleCase(op.group(1));
            Mission m = textMissions.computeIfAbsent(Slug.of(name),
                id -> new Mission(id, name, List.of(), List.of(op.group()), "", "", "text"));
            out.add(new Mention(EntityType.MISSION, op.group(), b, en, tokens.sentenceAt(b), m.id(), "", "operation-name", 0.7));
        }
        return out;
    }

    /** Where a word stands in the text with no letter or digit right before or after it. */
    static List<int[]> wholeWordOccurrences(String text, String word) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int b = text.indexOf(word, from);
            if (b < 0 || word.isEmpty()) {
                return out;
            }
            int e = b + word.length();
            boolean before = b > 0 && TextWords.isLetterOrNumber(text.codePointBefore(b));
            boolean after = e < text.length() && TextWords.isLetterOrNumber(text.codePointAt(e));
            if (!before && !after) {
                out.add(new int[] {b, e});
                from = e;
            } else {
                from = b + 1;
            }
        }
    }

    private static boolean isMissionName(String longForm) {
        for (String head : MISSION_HEADS) {
            if (head.equals("Operation") ? longForm.startsWith("Operation ") : longForm.matches(".*\\b" + Pattern.quote(head) + "(?:\\s+\\d+)?(?:\\s+in\\s+.*)?")) {
                return true;
            }
        }
        return false;
    }

    private static String titleCase(String words) {
        StringBuilder b = new StringBuilder();
        for (String w : words.split("\\s+")) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(w.equals(w.toUpperCase(Locale.ROOT)) && w.length() > 1
                ? w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT) : w);
        }
        return b.toString();
    }

    /** Token and sentence lookup by character offset. */
    static final class TokenIndex {
        private final List<CoreLabel> tokens = new ArrayList<>();
        private final int[] sentenceBegins;
        /** Each token's sentence, by the token's place in {@link #all()}. */
        private final int[] sentenceOfToken;
        private final TagsOnDemand tags;
        /** Each sentence's tokens. */
        private final List<List<CoreLabel>> sentences;

        TokenIndex(CoreDocument doc, TagsOnDemand tags) {
            this.tags = tags;
            List<CoreSentence> all = doc.sentences();
            this.sentences = all.stream().map(CoreSentence::tokens).toList();
            sentenceBegins = new int[all.size()];
            for (int i = 0; i < all.size(); i++) {
                sentenceBegins[i] = all.get(i).charOffsets().first();
                tokens.addAll(sentences.get(i));
            }
            sentenceOfToken = new int[tokens.size()];
            for (int i = 0, k = 0; i < sentences.size(); i++) {
                for (int n = sentences.get(i).size(); n > 0; n--) {
                    sentenceOfToken[k++] = i;
                }
            }
        }

        /** Whether the token's POS tag passes the test ({@link TagsOnDemand#tagIs}: the lexicon first, else the tagger). */
        boolean tagIs(CoreLabel t, java.util.function.Predicate<String> test) {
            return tags.tagIs(t, test);
        }

        /**
         * A capitalised word inside a sentence, after a word: the tagger's NNP, without running it
         * (what only a sentence's start or a quotation's can be — "He", "His" — is asked of it, and
         * so is every word of a headline in title case).
         */
        boolean capitalisedInRunningText(CoreLabel t) {
            String w = t.word();
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || t.index() <= 1 || inTitleCase(t)) {
                return false;
            }
            int i = firstTokenAtOrAfter(t.beginPosition());
            String before = i > 0 ? tokens.get(i - 1).word() : "";
            return !before.isEmpty() && Character.isLetterOrDigit(before.codePointAt(0));
        }

        /** Whether the token stands in title case, as a headline's words do ({@link SentenceView#inTitleCase}). */
        boolean inTitleCase(CoreLabel t) {
            List<CoreLabel> sentence = sentences.get(sentenceAt(t.beginPosition()));
            return SentenceView.titleCaseAround(sentence, indexIn(sentence, t));
        }

        private static int indexIn(List<CoreLabel> sentence, CoreLabel t) {
            int i = t.index() - 1; // CoreNLP counts a sentence's tokens from 1
            return i >= 0 && i < sentence.size() && sentence.get(i) == t ? i : sentence.indexOf(t);
        }

        /** The sentence of the token at place {@code k} of {@link #all()}. */
        int sentenceOf(int k) {
            return sentenceOfToken[k];
        }

        int sentenceAt(int offset) {
            int i = java.util.Arrays.binarySearch(sentenceBegins, offset);
            return i >= 0 ? i : Math.max(0, -i - 2);
        }

        private int firstTokenAtOrAfter(int offset) {
            int lo = 0;
            int hi = tokens.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tokens.get(mid).beginPosition() < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        List<CoreLabel> all() {
            return tokens;
        }

        Optional<CoreLabel> tokenAtOrAfter(int offset) {
            int i = firstTokenAtOrAfter(offset);
            return i < tokens.size() ? Optional.of(tokens.get(i)) : Optional.empty();
        }

        /** Up to n tokens ending right before the offset, in the same sentence, in text order. */
        List<CoreLabel> tokensBefore(int offset, int n) {
            int i = firstTokenAtOrAfter(offset);
            int sentence = sentenceAt(offset);
            List<CoreLabel> out = new ArrayList<>();
            for (int k = i - 1; k >= 0 && out.size() < n; k--) {
                if (sentenceAt(tokens.get(k).beginPosition()) != sentence) {
                    break;
                }
                out.add(0, tokens.get(k));
            }
            return out;
        }
    }
}
