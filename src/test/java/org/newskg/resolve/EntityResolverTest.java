package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.ArticleFacts;
import org.newskg.testing.Texts;
import org.newskg.extract.EntityType;

class EntityResolverTest {
    private static List<Entity> persons(ResolvedArticle r) {
        return r.entities().stream().filter(e -> e.type() == EntityType.PERSON).toList();
    }

    @Test
    void surnameJoinsTheFullNameInTheArticle() throws Exception {
        ArticleFacts f = Texts.facts("Defense Secretary Robert M. Gates arrived in Baku. Gates said the visit went well.");
        ResolvedArticle r = EntityResolver.standard().resolve(List.of(f), KnownPersons.none()).get(0);
        List<Entity> p = persons(r);
        assertEquals(1, p.size(), p.toString());
        assertEquals("https://w3id.org/newskg/id/person/robert-gates", p.get(0).iri());
        assertEquals("Robert M. Gates", p.get(0).label());
        assertTrue(p.get(0).altLabels().contains("Gates"), p.get(0).toString());
    }

    @Test
    void differentTitlesKeepSameSurnamesApart() throws Exception {
        ArticleFacts f = Texts.facts("He met Foreign Secretary Sujatha Singh in Delhi. "
            + "They discussed the meeting between President Obama and Prime Minister Singh.");
        ResolvedArticle r = EntityResolver.standard().resolve(List.of(f), KnownPersons.none()).get(0);
        List<String> iris = persons(r).stream().map(Entity::iri).sorted().toList();
        assertTrue(iris.contains("https://w3id.org/newskg/id/person/singh"), iris.toString());
        assertTrue(iris.contains("https://w3id.org/newskg/id/person/sujatha-singh"), iris.toString());
    }

    @Test
    void surnameAloneJoinsTheOnePersonKnownElsewhere() throws Exception {
        ArticleFacts a = Texts.facts("Defense Secretary Mattis called on the community to unite.");
        ArticleFacts b = Texts.facts("Defense Secretary Jim Mattis met the minister.");
        List<ResolvedArticle> r = EntityResolver.standard().resolve(List.of(a, b), KnownPersons.none());
        assertEquals("https://w3id.org/newskg/id/person/james-mattis", persons(r.get(0)).get(0).iri());
        assertEquals("https://w3id.org/newskg/id/person/james-mattis", persons(r.get(1)).get(0).iri());
        // and the same against a store that already knows him
        List<ResolvedArticle> s = EntityResolver.standard().resolve(List.of(a), () -> List.of("James N. Mattis"));
        assertEquals("https://w3id.org/newskg/id/person/james-mattis", persons(s.get(0)).get(0).iri());
    }
}
