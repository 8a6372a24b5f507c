package org.newskg.infer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.newskg.extract.Fact;

/**
 * "Polish President Alexander Kwasniewski, Prime Minister Leszek Miller and Defense Minister
 * Jerzy Szmajdzinski": in a list of titled persons, a title that names no country serves the
 * country of the title before it.
 */
final class ListNationality implements ArticleRule {
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|;)?\\s*(?:and\\s+)?");

    @Override
    public String name() {
        return "list-nationality";
    }

    @Override
    public String description() {
        return "a title with no country, next in a list after one with a country, serves that country";
    }

    @Override
    public void apply(WorkingFacts facts) {
        apply(facts.text(), facts.positions, name());
    }

    static void apply(String text, List<Fact.Position> positions, String rule) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> positions.get(i).evidence().begin()));
        for (int k = 1; k < order.size(); k++) {
            Fact.Position before = positions.get(order.get(k - 1));
            Fact.Position p = positions.get(order.get(k));
            if (p.country().isPresent() || before.country().isEmpty() || before.evidence().sentence() != p.evidence().sentence()) {
                continue;
            }
            int from = before.evidence().end();
            int to = p.evidence().begin();
            if (from < to && LIST_SEPARATOR.matcher(text.substring(from, to)).matches()) {
                positions.set(order.get(k), p.withCountry(before.country().get(), rule, 0.75));
            }
        }
    }
}
