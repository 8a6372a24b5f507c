package org.newskg.extract;

import java.util.Optional;
import org.newskg.lexicon.PhraseTrie;
import org.newskg.lexicon.PlaceGazetteer;
import org.newskg.lexicon.Ranks;

/**
 * Where a post's country is written outside its title: among or before the ranks ("British
 * Brig.", "Army Maj. Gen." in a national release), right after the name ("… of Egypt"), or as a
 * country or landmark mention at a token ({@link PositionExtractor} reads the title itself).
 */
final class TitleCountries {
    private TitleCountries() {
    }

    /** "President Abdul Fattah el-Sisi of Egypt", "Lt. Col. Ozgur Ozkurt of the Turkish Army": the country right after the name. */
    static Optional<String> countryAfterName(ArticleContext ctx, SentenceView s, int last) {
        int i = last + 1;
        if (i + 1 >= s.size() || !s.lower(i).equals("of")) {
            return Optional.empty();
        }
        i++;
        if (s.lower(i).equals("the") && i + 1 < s.size()) {
            i++;
        }
        return countryAt(ctx, s, i);
    }

    /**
     * "British Brig. Richard Bell", "U.S. Army Staff Sgt. Ann Roe": a country among or in front of
     * the ranks; else "Army Maj. Gen. Ann Roe", a service named with no country, in a release of a
     * national publisher, is that publisher's service.
     */
    static Optional<String> countryBeforeRank(ArticleContext ctx, SentenceView s, int first) {
        int i = first - 1;
        boolean service = false;
        while (i >= 0 && Ranks.isRankWord(s.word(i))) {
            Optional<String> c = countryAt(ctx, s, i);
            if (c.isPresent()) {
                return c;
            }
            service |= Ranks.isServiceWord(s.word(i));
            i--;
        }
        if (i < first - 1 && i >= 0) {
            Optional<String> c = countryAt(ctx, s, i);
            if (c.isPresent()) {
                return c;
            }
        }
        return service && (i < 0 || !s.lower(i).equals("of")) ? ctx.homeCountry : Optional.empty();
    }

    static int skipCountryPhrase(ArticleContext ctx, SentenceView s, int i) {
        if (i < s.size() && s.lower(i).equals("the")) {
            i++;
        }
        return i < s.size() && countryAt(ctx, s, i).isPresent() ? skipMention(ctx, s, i) : i;
    }

    /** The country named at a token, if a country mention starts there. */
    static Optional<String> countryAt(ArticleContext ctx, SentenceView s, int i) {
        return ctx.mentionAt(s, i, EntityType.COUNTRY).map(Mention::key);
    }

    static int skipMention(ArticleContext ctx, SentenceView s, int i) {
        return ctx.mentionAt(s, i, EntityType.COUNTRY).map(m -> ctx.lastToken(m) + 1).orElse(i + 1);
    }

    static Optional<String> landmarkCountry(ArticleContext ctx, SentenceView s, int i) {
        int at = s.charBegin(i);
        for (PhraseTrie.Match<PlaceGazetteer.City> p : ctx.places) {
            if (p.begin() == at && !p.text().equals(p.value().city())) {
                return Optional.of(p.value().country()); // a landmark in a title: "Pentagon spokesperson"
            }
        }
        return Optional.empty();
    }
}
