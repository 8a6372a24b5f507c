package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonNameTest {
    @Test
    void middleInitialsAndNicknamesShareAKey() {
        assertEquals(PersonName.parse("Jim Mattis").key(), PersonName.parse("James N. Mattis").key());
        assertEquals(PersonName.parse("Robert M. Gates").key(), PersonName.parse("Robert Gates").key());
        assertEquals("donald rumsfeld", PersonName.parse("Donald H. Rumsfeld").key());
    }

    @Test
    void transliterationVariantsShareAKey() {
        assertEquals(PersonName.parse("Ilham Aliyev").key(), PersonName.parse("Ilham Aliev").key());
        assertEquals(PersonName.parse("Jüri Luik").key(), PersonName.parse("Juri Luik").key());
    }

    @Test
    void surnameParticlesStayWithTheSurname() {
        PersonName n = PersonName.parse("Filip Vanden Bulke");
        assertEquals("filip", n.given());
        assertEquals("vandenbulke", n.surname());
    }

    @Test
    void surnameAlone() {
        assertTrue(PersonName.parse("Gates").isSurnameOnly());
        assertFalse(PersonName.parse("Ashton B. Carter").isSurnameOnly());
    }

    @Test
    void spellingVariantsOfGivenNames() {
        assertTrue(PersonName.similarGiven("ghengis", "genghis"));
        assertFalse(PersonName.similarGiven("sujatha", "manmohan"));
    }

    @Test
    void titlesAgreeOnTheirHeadNoun() {
        assertTrue(EntityResolver.titlesAgree("Deputy Secretary", Set.of("deputy secretary of defense")));
        assertTrue(EntityResolver.titlesAgree("Readout of Deputy Secretary", Set.of("deputy secretary of defense")));
        assertFalse(EntityResolver.titlesAgree("Prime Minister", Set.of("foreign secretary")));
        assertTrue(EntityResolver.titlesAgree("", Set.of("foreign secretary")));
    }
}
