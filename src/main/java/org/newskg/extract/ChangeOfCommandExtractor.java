package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.newskg.lexicon.MissionGazetteer;

/**
 * Change-of-command stories: "German Rear Adm. Henning Hoops assumed command of Task Force 150
 * from British Royal Navy Commodore Tom Cunningham". The country of each commander (the demonym
 * before the rank) contributes to the mission, and each held its command. Only commands that
 * happened: "will assume command" says nothing yet.
 */
public final class ChangeOfCommandExtractor implements RelationExtractor {
    @Override
    public String name() {
        return "change-of-command";
    }

    private static final Set<String> VERBS = RelationWords.of("command-verb");
    private static final Set<String> NOT_YET = Set.of("will", "would", "shall", "to", "may", "might", "could", "should");

    /** What one change of command says. */
    record Found(List<Fact.Contribution> contributions, List<Fact.Position> positions) {
    }

    /** Contributions first, then positions, as the relations are registered. */
    @Override
    public List<Fact> extract(ArticleContext ctx) {
        Found f = find(ctx);
        List<Fact> out = new ArrayList<>();
        List<Fact.Contribution> known = new ArrayList<>(ctx.found.stream().filter(Fact.Contribution.class::isInstance)
            .map(Fact.Contribution.class::cast).toList());
        for (Fact.Contribution x : f.contributions()) {
            if (known.stream().noneMatch(y -> y.country().equals(x.country()) && y.mission().equals(x.mission()))) {
                out.add(x); // the contribution rules may have read the same sentence
                known.add(x);
            }
        }
        out.addAll(f.positions());
        return out;
    }

    Found find(ArticleContext ctx) {
        List<Fact.Contribution> contributions = new ArrayList<>();
        List<Fact.Position> positions = new ArrayList<>();
        for (SentenceView s : ctx.sentences) {
            for (int t = 0; t + 2 < s.size(); t++) {
                if (!s.lower(t + 1).equals("command") || !s.lower(t + 2).equals("of") || !VERBS.contains(s.lemma(t)) || !s.isVerb(t)) {
                    continue;
                }
                if (t > 0 && NOT_YET.contains(s.lower(t - 1)) || t > 1 && NOT_YET.contains(s.lower(t - 2))) {
                    continue; // "will assume command", "is to take command"
                }
                int verb = t;
                Optional<Mention> mission = ctx.in(s.index, EntityType.MISSION).stream()
                    .filter(m -> ctx.firstToken(m) > verb + 2 && ctx.firstToken(m) <= verb + 6).findFirst();
                Optional<Mention> incoming = ctx.in(s.index, EntityType.PERSON).stream().filter(p -> ctx.lastToken(p) < verb)
                    .reduce((a, b) -> b);
                if (mission.isEmpty() || incoming.isEmpty() || ctx.lastToken(incoming.get()) < t - 4) {
                    continue;
                }
                String title = "Commander of " + MissionGazetteer.standard().byId(mission.get().key()).map(m -> m.name())
                    .orElse(mission.get().text());
                Evidence e = new Evidence(s.index, incoming.get().begin(), mission.get().end(), "change-of-command", 0.8);
                add(ctx, s, incoming.get(), mission.get(), title, e, contributions, positions);
                // "… from British Royal Navy Commodore Tom Cunningham": the outgoing commander
                int after = ctx.lastToken(mission.get()) + 1;
                for (int k = after; k < Math.min(s.size(), after + 8); k++) {
                    if (!s.lower(k).equals("from")) {
                        continue;
                    }
                    int from = k;
                    ctx.in(s.index, EntityType.PERSON).stream().filter(p -> ctx.firstToken(p) > from && ctx.firstToken(p) <= from + 7)
                        .findFirst().ifPresent(outgoing -> add(ctx, s, outgoing, mission.get(), title,
                            new Evidence(s.index, incoming.get().begin(), outgoing.end(), "change-of-command-from", 0.75), contributions, positions));
                    break;
                }
            }
        }
        return new Found(contributions, positions);
    }

    private static void add(ArticleContext ctx, SentenceView s, Mention commander, Mention mission, String title, Evidence e,
                            List<Fact.Contribution> contributions, List<Fact.Position> positions) {
        Optional<String> country = TitleCountries.countryBeforeRank(ctx, s, ctx.firstToken(commander));
        positions.add(new Fact.Position(commander, title, country, e));
        country.ifPresent(c -> contributions.add(new Fact.Contribution(c, mission.key(), OptionalInt.empty(), Optional.empty(), e)));
    }
}
