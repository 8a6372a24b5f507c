package org.newskg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An office's name tells its country only where one country has that office. */
class NationalOfficesTest {
    @Test
    void usFederalOfficesInTheirVariants() {
        // the class: "Secretary of Defense Lloyd J. Austin", and titles built on such an office
        assertEquals(Optional.of("US"), NationalOffices.countryOf("Secretary of Defense"));
        assertEquals(Optional.of("US"), NationalOffices.countryOf("Deputy Assistant Secretary of Defense for Public Affairs"));
        assertEquals(Optional.of("US"), NationalOffices.countryOf("Chairman of the Joint Chiefs of Staff"));
        assertEquals(Optional.of("US"), NationalOffices.countryOf("Sgt. Maj. of the Army"));
        assertEquals(Optional.of("US"), NationalOffices.countryOf("defense  secretary"));
    }

    @Test
    void officesThatManyCountriesHaveTellNothing() {
        assertEquals(Optional.empty(), NationalOffices.countryOf("Defense Minister"));
        assertEquals(Optional.empty(), NationalOffices.countryOf("President"));
        assertEquals(Optional.empty(), NationalOffices.countryOf("Secretary of State for Defence"));
        assertEquals(Optional.empty(), NationalOffices.countryOf("Defence Secretary"));
        assertEquals(Optional.empty(), NationalOffices.countryOf("Secretary of Defenseless Affairs"));
        assertEquals(Optional.empty(), NationalOffices.countryOf("Chief of Staff"));
    }
}
