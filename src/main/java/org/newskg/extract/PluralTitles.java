package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Defense Ministers George Robertson of Britain, Alain Richard of France and Rudolf Scharping of
 * Germany": a plural title before a list of names is each one's title, in the singular.
 */
final class PluralTitles {
    private PluralTitles() {
    }

    /**
     * "Defense Ministers George Robertson of Britain, Alain Richard of France and Rudolf Scharping
     * of Germany": a plural title before a list of names is each one's title (in the singular),
     * with the country written after each name.
     */
    static List<Fact.Position> sharedPluralTitles(ArticleContext ctx, List<Fact.Position> found, Set<String> seen) {
        List<Fact.Position> out = new ArrayList<>();
        for (Fact.Position f : found) {
            Optional<String> singular = singular(f.title());
            if (singular.isEmpty() || !f.evidence().rule().startsWith("title-before-name")) {
                out.add(f);
                continue;
            }
            out.add(new Fact.Position(f.person(), singular.get(), f.country(), f.evidence()));
            SentenceView s = ctx.sentences.get(f.person().sentence());
            List<Mention> persons = ctx.in(s.index, EntityType.PERSON);
            int at = ctx.lastToken(f.person()) + 1;
            for (Mention next : persons) {
                if (next.begin() <= f.person().end()) {
                    continue;
                }
                int first = ctx.firstToken(next);
                int i = at;
                if (i + 1 < first && s.lower(i).equals("of")) {
                    i = TitleCountries.skipCountryPhrase(ctx, s, i + 1);
                }
                if (!onlyListSeparators(s, i, first)) {
                    break;
                }
                int last = ctx.lastToken(next);
                Optional<String> country = TitleCountries.countryAfterName(ctx, s, last);
                if (seen.add(next.text() + "|" + singular.get().toLowerCase(Locale.ROOT) + "|" + country.orElse(""))) {
                    Evidence e = f.evidence();
                    out.add(new Fact.Position(next, singular.get(), country,
                        new Evidence(e.sentence(), e.begin(), Math.max(e.end(), next.end()), "plural-title-list", country.isPresent() ? 0.8 : 0.65)));
                }
                at = last + 1;
            }
        }
        return out;
    }

    /** "Defense Ministers" is "Defense Minister", "Foreign Secretaries" "Foreign Secretary"; empty when the head is not a plural office. */
    static Optional<String> singular(String title) {
        int sp = title.lastIndexOf(' ');
        String head = title.substring(sp + 1);
        String lower = head.toLowerCase(Locale.ROOT);
        String one = lower.endsWith("ies") ? lower.substring(0, lower.length() - 3) + "y" : lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : "";
        if (one.isEmpty() || !PositionExtractor.isOffice(one) || PositionExtractor.isOffice(lower)) {
            return Optional.empty();
        }
        for (String w : title.substring(0, sp + 1).split(" ")) {
            if (PositionExtractor.isOffice(w.toLowerCase(Locale.ROOT))) {
                return Optional.empty(); // "Chairman of the Joint Chiefs": the plural names a body, the Chairman is the office
            }
        }
        String written = head.substring(0, one.length() - (lower.endsWith("ies") ? 1 : 0)) + (lower.endsWith("ies") ? "y" : "");
        return Optional.of(title.substring(0, sp + 1) + written);
    }

    static boolean onlyListSeparators(SentenceView s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!s.word(k).equals(",") && !s.lower(k).equals("and")) {
                return false;
            }
        }
        return true;
    }
}
