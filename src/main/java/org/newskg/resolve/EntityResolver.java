package org.newskg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newskg.extract.ArticleFacts;
import org.newskg.extract.EntityType;
import org.newskg.extract.Mention;
import org.newskg.lexicon.CountryGazetteer;
import org.newskg.lexicon.Mission;
import org.newskg.lexicon.MissionGazetteer;

/**
 * Merges mentions into entities, within an article and across a batch of articles.
 *
 * <p>Within an article, a surname alone joins the one full name with that surname ("Gates" is
 * "Robert M. Gates") unless the titles written before them disagree ("Prime Minister Singh" is
 * not "Foreign Secretary Sujatha Singh"); spelling variants of a given name with one surname are
 * one person ("Ghengis Khan", "Genghis Khan"). Across articles, one person is one IRI: the key
 * ignores middle names, nicknames ("Jim" is James) and transliteration variants, and a surname
 * alone in an article that has no full name for it joins the one person of that surname that the
 * batch or the store knows. Countries are keyed by ISO code, missions by gazetteer id.
 */
public final class EntityResolver {
    private final Iris iris;
    private final CountryGazetteer countries;
    private final MissionGazetteer missions;

    public EntityResolver(Iris iris, CountryGazetteer countries, MissionGazetteer missions) {
        this.iris = iris;
        this.countries = countries;
        this.missions = missions;
    }

    public static EntityResolver standard() {
        return new EntityResolver(Iris.standard(), CountryGazetteer.standard(), MissionGazetteer.standard());
    }

    /** A cluster of one article's person mentions that name one person. */
    private static final class PersonCluster {
        final PersonName name;
        final List<Mention> mentions = new ArrayList<>();
        final Set<String> titles = new HashSet<>();

        PersonCluster(PersonName name) {
            this.name = name;
        }

        void add(Mention m) {
            mentions.add(m);
            if (!m.title().isEmpty()) {
                titles.add(m.title().toLowerCase(Locale.ROOT));
            }
        }
    }

    /** Resolves a batch of articles together, against the persons the store already knows. */
    public List<ResolvedArticle> resolve(List<ArticleFacts> batch, KnownPersons known) {
        return resolve(batch, PersonDirectory.of(known));
    }

    /** Resolves a batch of articles together, against a directory of the persons known before it. */
    public List<ResolvedArticle> resolve(List<ArticleFacts> batch, PersonDirectory known) {
        List<List<PersonCluster>> clusters = new ArrayList<>();
        for (ArticleFacts facts : batch) {
            clusters.add(clusterPersons(facts));
        }
        // surname -> full names known before the batch, then the batch's own; only the batch's
        // surnames are looked up, so only they are copied
        Map<String, List<PersonName>> bySurname = new HashMap<>();
        for (List<PersonCluster> cs : clusters) {
            for (PersonCluster c : cs) {
                List<PersonName> same = bySurname.computeIfAbsent(c.name.surname(), k -> new ArrayList<>(known.withSurname(k)));
                if (!c.name.isSurnameOnly()) {
                    PersonDirectory.addVariant(same, c.name);
                }
            }
        }
        List<ResolvedArticle> out = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            out.add(resolveArticle(batch.get(i), clusters.get(i), bySurname));
        }
        return out;
    }

    private ResolvedArticle resolveArticle(ArticleFacts facts, List<PersonCluster> persons, Map<String, List<PersonName>> bySurname) {
        List<Entity> entities = new ArrayList<>();
        Set<String> surnamesWithFullName = new HashSet<>();
        persons.stream().filter(c -> !c.name.isSurnameOnly()).forEach(c -> surnamesWithFullName.add(c.name.surname()));
        Map<String, Entity> byIri = new LinkedHashMap<>();
        for (PersonCluster c : persons) {
            PersonName canonical = c.name;
            List<PersonName> global = bySurname.getOrDefault(c.name.surname(), List.of());
            if (c.name.isSurnameOnly()) {
                if (!surnamesWithFullName.contains(c.name.surname()) && global.size() == 1) {
                    canonical = global.get(0);
                }
            } else {
                for (PersonName g : global) {
                    if (PersonName.similarGiven(g.given(), c.name.given())) {
                        canonical = g;
                        break;
                    }
                }
            }
            String iri = iris.person(canonical);
            TreeSet<String> forms = new TreeSet<>();
            c.mentions.forEach(m -> forms.add(m.text()));
            String label = forms.stream().max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder())).orElseThrow();
            Entity previous = byIri.get(iri);
            if (previous != null) {
                List<Mention> ms = new ArrayList<>(previous.mentions());
                ms.addAll(c.mentions);
                TreeSet<String> alts = new TreeSet<>(previous.altLabels());
                alts.addAll(forms);
                String best = label.length() > previous.label().length() ? label : previous.label();
                alts.remove(best);
                alts.add(previous.label());
                alts.remove(best);
                byIri.put(iri, new Entity(iri, EntityType.PERSON, canonical.key(), best, alts, ms));
            } else {
                forms.remove(label);
                byIri.put(iri, new Entity(iri, EntityType.PERSON, canonical.key(), label, forms, List.copyOf(c.mentions)));
            }
        }
        entities.addAll(byIri.values());
        entities.addAll(groupByKey(facts, EntityType.COUNTRY));
        entities.addAll(groupByKey(facts, EntityType.MISSION));
        String articleIri = iris.article(facts.article().sourceFile());
        return new ResolvedArticle(facts, articleIri, List.copyOf(entities));
    }

    private List<Entity> groupByKey(ArticleFacts facts, EntityType type) {
        Map<String, List<Mention>> byKey = new LinkedHashMap<>();
        for (Mention m : facts.mentions()) {
            if (m.type() == type) {
                byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m);
            }
        }
        List<Entity> out = new ArrayList<>();
        for (Map.Entry<String, List<Mention>> e : byKey.entrySet()) {
            TreeSet<String> alts = new TreeSet<>();
            e.getValue().forEach(m -> alts.add(m.text()));
            String iri;
            String label;
            if (type == EntityType.COUNTRY) {
                iri = iris.country(e.getKey());
                label = countries.byIso2(e.getKey()).orElseThrow().name();
            } else {
                iri = iris.mission(e.getKey());
                Optional<Mission> m = missions.byId(e.getKey());
                label = m.map(Mission::name).orElseGet(() -> facts.textMissions().get(e.getKey()).name());
            }
            alts.remove(label);
            out.add(new Entity(iri, type, e.getKey(), label, alts, List.copyOf(e.getValue())));
        }
        return out;
    }

    /** Groups one article's person mentions into persons. */
    private static List<PersonCluster> clusterPersons(ArticleFacts facts) {
        List<PersonCluster> full = new ArrayList<>();
        List<Mention> single = new ArrayList<>();
        for (Mention m : facts.mentions()) {
            if (m.type() != EntityType.PERSON) {
                continue;
            }
            PersonName n = PersonName.parse(m.text());
            if (n.isSurnameOnly()) {
                single.add(m);
                continue;
            }
            PersonCluster same = full.stream()
                .filter(c -> c.name.surname().equals(n.surname()) && PersonName.similarGiven(c.name.given(), n.given()))
                .findFirst().orElse(null);
            if (same == null) {
                same = new PersonCluster(n);
                full.add(same);
            }
            same.add(m);
        }
        List<PersonCluster> alone = new ArrayList<>();
        for (Mention m : single) {
            PersonName n = PersonName.parse(m.text());
            List<PersonCluster> candidates = full.stream()
                .filter(c -> c.name.surname().equals(n.surname()))
                .filter(c -> titlesAgree(m.title(), c.titles))
                .toList();
            if (candidates.isEmpty()) {
                // no full name ends in it: a name written family name first ("Chi" of "Chi Haotian",
                // "Liang" of "Liang Guanglie") or a person called by the first name ("Abiy" of "Abiy
                // Ahmed") joins the one full name of the article that starts with it
                candidates = full.stream()
                    .filter(c -> c.name.words().size() > 1 && PersonName.parse(c.name.words().get(0)).surname().equals(n.surname()))
                    .filter(c -> titlesAgree(m.title(), c.titles))
                    .toList();
            }
            if (candidates.size() == 1) {
                candidates.get(0).add(m);
                continue;
            }
            PersonCluster same = alone.stream().filter(c -> c.name.surname().equals(n.surname())).findFirst().orElse(null);
            if (same == null) {
                same = new PersonCluster(n);
                alone.add(same);
            }
            same.add(m);
        }
        List<PersonCluster> all = new ArrayList<>(full);
        all.addAll(alone);
        return all;
    }

    /** A title agrees with a cluster's titles when it agrees with any of them (or either side has none). */
    static boolean titlesAgree(String title, Set<String> others) {
        return title.isEmpty() || others.isEmpty() || others.stream().anyMatch(o -> org.newskg.lexicon.Titles.agree(title, o));
    }
}
