package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicationDateFinderTest {
    private final PublicationDateFinder finder = new PublicationDateFinder();

    private Optional<PublicationDateFinder.Found> find(String... lines) {
        List<String> l = List.of(lines);
        return finder.find(l, ArticleReader.bodyStart(l));
    }

    @Test
    void datelineWithCityAndAbbreviatedMonth() {
        var f = find("WASHINGTON, Nov. 13, 2017 — Defense Secretary Jim Mattis and Georgian Defense Minister Levan Izoria discussed regional security today.");
        assertEquals(LocalDate.of(2017, 11, 13), f.orElseThrow().date());
        assertEquals("dateline", f.get().rule());
    }

    @Test
    void datelineWithLongPlace() {
        var f = find("ABOARD A MILITARY AIRCRAFT, June 7, 2010 — Calling Azerbaijan an important partner in the coalition’s efforts in Afghanistan, Gates spoke.");
        assertEquals(LocalDate.of(2010, 6, 7), f.orElseThrow().date());
    }

    @Test
    void datelineWithCityAndCountry() {
        var f = find("ULAANBAATAR, Mongolia, Oct. 22, 2005 – Defense Secretary Donald Rumsfeld applauded Mongolia's efforts here today.");
        assertEquals(LocalDate.of(2005, 10, 22), f.orElseThrow().date());
    }

    @Test
    void bylineDateWinsOverLastUpdate() {
        var f = find("Last update: March 29, 2024 01:04", "", "Newsroom logo", "", "Some Headline Here", "",
            "By Mushvig Mehdiyev December 7, 2018", "", "An official from the United States Department of Defense was in Azerbaijan this week to discuss bilateral security cooperation.");
        assertEquals(LocalDate.of(2018, 12, 7), f.orElseThrow().date());
        assertEquals("byline-date", f.get().rule());
    }

    @Test
    void releaseLines() {
        assertEquals(LocalDate.of(2013, 9, 18), find("IMMEDIATE RELEASE No. 667-13", "September 18, 2013", "", "Readout of a Visit").orElseThrow().date());
        assertEquals(LocalDate.of(2013, 8, 1), find("Date: 08.01.2013", "Posted: 09.07.2013 09:02").orElseThrow().date());
        assertEquals(LocalDate.of(2021, 10, 1), find("NEWS | Oct. 1, 2021", "", "Belgian F-16 Support Complete").orElseThrow().date());
        assertEquals(LocalDate.of(2021, 7, 25), find("07/25/2021 08:10 AM EDT", "", "Office of the Spokesperson").orElseThrow().date());
    }

    @Test
    void furnitureDateAloneGivesNothing() {
        assertTrue(find("Last update: March 29, 2024 01:04", "Posted: 09.07.2013 09:02", "Copyright 2019").isEmpty());
    }

    @Test
    void fileNameDateWhenTheTextGivesNone() {
        assertEquals(LocalDate.of(2013, 10, 30), finder.fromFileName("voa/VOA_EN_NW_2013.10.30.1779904.txt").orElseThrow().date());
        assertEquals(LocalDate.of(2021, 7, 25), finder.fromFileName("2021-07-25-readout.txt").orElseThrow().date());
        assertTrue(finder.fromFileName("0989_University_album_.txt").isEmpty());
        assertTrue(finder.fromFileName("report-2019.txt").isEmpty());
    }
}
