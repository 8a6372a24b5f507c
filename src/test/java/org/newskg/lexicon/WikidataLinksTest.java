package org.newskg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Countries' Wikidata items come from the cited table; a country it does not list gets no link. */
class WikidataLinksTest {
    @Test
    void countriesOfTheTableAndNoGuesses() {
        assertEquals(Optional.of("http://www.wikidata.org/entity/Q227"), WikidataLinks.country("AZ"));
        assertEquals(Optional.of("http://www.wikidata.org/entity/Q30"), WikidataLinks.country("US"));
        assertEquals(Optional.of("http://www.wikidata.org/entity/Q889"), WikidataLinks.country("AF"));
        assertEquals(Optional.empty(), WikidataLinks.country("XK")); // Kosovo has no ISO row in the table
        assertEquals(Optional.empty(), WikidataLinks.country("AQ"));
        // every country of the gazetteer but Kosovo has one
        CountryGazetteer.standard().all().stream().filter(c -> !c.iso2().equals("XK"))
            .forEach(c -> assertEquals(true, WikidataLinks.country(c.iso2()).isPresent(), c.iso2()));
    }
}
