package org.newskg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Capitals and their short forms. */
class CountryGazetteerTest {
    private final CountryGazetteer g = CountryGazetteer.standard();

    @Test
    void aCapitalWithInitialsIsAlsoWrittenWithoutThem() {
        assertEquals("US", g.byCapital("Washington").orElseThrow().iso2());
        assertEquals("US", g.byCapital("Washington D.C.").orElseThrow().iso2());
        assertEquals("KI", g.byCapital("South Tarawa").orElseThrow().iso2());
        assertEquals("MX", g.byCapital("Mexico City").orElseThrow().iso2());
    }

    @Test
    void theFirstWordOfATwoWordCapitalIsNotACity() {
        // "South Korean", "South Carolina": "South" is no capital; "Mexico" names the country, not its capital
        assertTrue(g.byCapital("South").isEmpty());
        assertTrue(g.byCapital("Mexico").isEmpty());
        assertTrue(g.byCapital("Kuwait").isEmpty());
    }
}
