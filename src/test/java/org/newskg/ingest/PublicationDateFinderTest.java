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

    private LocalDate date(String... lines) {
        return find(lines).orElseThrow(() -> new AssertionError("no date in " + List.of(lines))).date();
    }

    private static final String BODY = "The two officials discussed regional security, training and the deployment of forces during the meeting today.";

    @Test
    void bylineRunIntoItsDate() {
        // the class: a byline whose date the page ran into the unit or place, without a space
        assertEquals(LocalDate.of(2016, 5, 17), date("By Maj. Audricia Harris (Middle East)May 17, 2016", "", BODY));
        assertEquals(LocalDate.of(2010, 3, 19), date("By Sgt. 1st Class Michael Hagburg, 166th Public Affairs DetachmentMarch 19, 2010", "", BODY));
        assertEquals(LocalDate.of(2012, 1, 4), date("By Staff Sgt. Ann Lee, 5th Brigade PAOJan. 4, 2012", "", BODY));
        assertEquals(LocalDate.of(2019, 8, 9), date("By John Mayfield August 9, 2019", "", BODY));
        // not: a byline with no date, or a date in the middle of a byline
        assertTrue(find("By Maj. Audricia Harris (Middle East)", "", BODY).isEmpty());
        assertTrue(find("By the staff of the May 17, 2016 conference report on Kosovo and its neighbours", "", BODY).isEmpty());
    }

    @Test
    void dayMonthYearDates() {
        // the class: "day Month year" alone, after an author and a bar, or before a bar and the byline
        assertEquals(LocalDate.of(2006, 6, 6), date("Indians, Pakistanis Partners in Peacekeeping", "", "06 June 2006", "", BODY));
        assertEquals(LocalDate.of(2010, 7, 14), date("Ayaz Gul | Islamabad 14 July 2010", "", BODY));
        assertEquals(LocalDate.of(2013, 9, 25), date("25 Sep 2013 | Master Sgt. Chad McMeen", "", BODY));
        assertEquals(LocalDate.of(2021, 3, 1), date("Jane Doe | 1 March 2021", "", BODY));
        // not: a day and month without a year, or a date inside a sentence
        assertTrue(find("Ayaz Gul | Islamabad 14 July", "", BODY).isEmpty());
        assertTrue(find("Troops arrived on 14 July 2010 and left later in the year after the elections.", "", BODY).isEmpty());
    }

    @Test
    void releaseHeaders() {
        // the class: a release header's date line, whatever the case of its label, with a clock time
        assertEquals(LocalDate.of(2004, 12, 6), date("Story Number: NNS041206-06", "Release Date: 12/6/2004 12:11:00 PM", "", BODY));
        assertEquals(LocalDate.of(1996, 12, 18), date("News Release", "Release No: 679-96", "December 18, 1996", "", BODY));
        assertEquals(LocalDate.of(2015, 2, 3), date("RELEASE DATE: Feb. 3, 2015", "", BODY));
        assertEquals(LocalDate.of(2015, 2, 3), date("Published: 2/3/2015 9:00 AM", "", BODY));
        // not: page furniture, or a release number alone
        assertTrue(find("Last update: March 29, 2024 01:04", "", BODY).isEmpty());
        assertTrue(find("Release No: 679-96", "", BODY).isEmpty());
    }

    @Test
    void datelinesWithTheDateInParenthesesOrAnAccentedPlace() {
        // the class: PLACE (AGENCY, DATE) - and PLACE, Country (DATE) --, and places in any alphabet's capitals
        assertEquals(LocalDate.of(2003, 1, 6), date("EAGLE BASE, Bosnia and Herzegovina (Army News Service, Jan. 6, 2003) - The changing of the year brought a transition."));
        assertEquals(LocalDate.of(2010, 3, 19), date("CAMP BONDSTEEL, Kosovo (March 19, 2010) -- The nation of Turkey officially has joined the group."));
        assertEquals(LocalDate.of(2017, 8, 31), date("ŠIAULIAI AIR BASE, Lithuania, Aug. 31, 2017 — The U.S. Air Force assumed control of the mission."));
        assertEquals(LocalDate.of(2008, 4, 2), date("KÖLN, Germany (Reuters, April 2, 2008) — Ministers met in the city today to talk."));
        // not: parentheses without a date, or a date in parentheses inside the body
        assertTrue(find("MANAMA, Bahrain (NNS) -- German Rear Adm. Henning Hoops assumed command of the task force today.").isEmpty());
        assertTrue(find("The ministers met (March 19, 2010) - and they talked about the future of the mission in the region.").isEmpty());
    }

    @Test
    void aDateLineAfterAPhotoCaption() {
        String caption = "Lieutenant General Richard Tryon, commander of the forces, presents two officers with awards for their actions during "
            + "the deployment in the province.";
        assertEquals(LocalDate.of(2013, 9, 25), date("Photo Information", "", caption, "", "Photo by Master Sgt. Chad McMeen", "",
            "Soldiers complete training", "", "25 Sep 2013 | Master Sgt. Chad McMeen", "", BODY));
        assertEquals(LocalDate.of(2013, 9, 25), date("Photo Information", caption, "September 25, 2013", BODY));
        assertEquals(LocalDate.of(2013, 9, 25), date(caption, "Release Date: 9/25/2013", BODY));
        // a date later in the running text is not the release's
        assertTrue(find(caption, BODY, "The unit returned on 25 Sep 2013 after nine months of training in the region.").isEmpty());
        assertTrue(find(caption, BODY, "Last update: March 29, 2024 01:04").isEmpty());
    }

    @Test
    void aBylineDateIsPreferredToAnEventDateInParentheses() {
        assertEquals(LocalDate.of(2016, 5, 17), date("By Maj. Audricia Harris (Middle East)May 17, 2016", "",
            "EL GORAH, Egypt (Feb. 21, 2016) -- Soldiers of the task force welcomed the general to the camp today."));
    }
}
