package org.newskg.lexicon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Titles of international bodies' posts. */
class InternationalBodiesTest {
    @Test
    void postsOfOrganisationsAndMissions() {
        // the class, and three variants
        assertTrue(InternationalBodies.namedIn("NATO Secretary General"));
        assertTrue(InternationalBodies.namedIn("MONUC public information officer"));
        assertTrue(InternationalBodies.namedIn("chief of staff for Multi-National Battle Group-East"));
        assertTrue(InternationalBodies.namedIn("U.N. High Commissioner for Human Rights"));
        // not: national posts, or a word that contains a body's name
        assertFalse(InternationalBodies.namedIn("Defense Minister"));
        assertFalse(InternationalBodies.namedIn("Auditor General"));
        assertFalse(InternationalBodies.namedIn("Secretary of State for Eurasian Affairs"));
    }
}
