package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dates resolved against the publication date and the tense of the sentence. */
class DateResolverTest {
    private final DateResolver r = new DateResolver();
    private static final Optional<LocalDate> FRIDAY = Optional.of(LocalDate.of(2018, 12, 7));

    private ResolvedDate resolve(String text, Tense tense) {
        return r.resolve(text, Optional.empty(), FRIDAY, tense).orElseThrow();
    }

    @Test
    void metOnTuesdayInAFridayArticleIsTheTuesdayBefore() {
        ResolvedDate d = resolve("Tuesday", Tense.PAST);
        assertEquals("2018-12-04", d.value());
        assertEquals(ResolvedDate.Precision.DAY, d.precision());
        assertEquals("weekday-before-anchor-past-tense", d.rule());
        assertEquals(FRIDAY, d.anchor());
    }

    @Test
    void willMeetOnMondayIsTheMondayAfter() {
        assertEquals("2018-12-10", resolve("Monday", Tense.FUTURE).value());
        assertEquals("2018-12-10", resolve("next Monday", Tense.PRESENT).value());
    }

    @Test
    void relativeDays() {
        assertEquals("2018-12-06", resolve("yesterday", Tense.PAST).value());
        assertEquals("2018-12-07", resolve("today", Tense.PAST).value());
        assertEquals("2018-12-08", resolve("tomorrow", Tense.FUTURE).value());
    }

    @Test
    void aMonthNeverJumpsForwardInThePast() {
        // SUTime's bias: "in October" in a December article must not become next October, nor
        // "in December" in a January article the coming December
        ResolvedDate oct = resolve("in October", Tense.PAST);
        assertEquals("2018-10", oct.value());
        assertEquals(ResolvedDate.Precision.MONTH, oct.precision());
        Optional<LocalDate> january = Optional.of(LocalDate.of(2019, 1, 10));
        assertEquals("2018-12", r.resolve("December", Optional.of("2019-12"), january, Tense.PAST).orElseThrow().value());
        assertEquals("2018-12-20", r.resolve("Dec. 20", Optional.of("2019-12-20"), january, Tense.PAST).orElseThrow().value());
        assertEquals("2019-12-20", r.resolve("Dec. 20", Optional.empty(), january, Tense.FUTURE).orElseThrow().value());
    }

    @Test
    void absoluteDatesNeedNoAnchor() {
        ResolvedDate d = r.resolve("November 20, 2002", Optional.empty(), Optional.empty(), Tense.PAST).orElseThrow();
        assertEquals("2002-11-20", d.value());
        assertEquals("absolute-date", d.rule());
        assertEquals("2013-09-16", r.resolve("Sept. 16-18, 2013", Optional.empty(), Optional.empty(), Tense.PAST).orElseThrow().value());
        assertEquals("2015", r.resolve("in 2015", Optional.empty(), Optional.empty(), Tense.PAST).orElseThrow().value());
    }

    @Test
    void relativeDatesWithoutAnAnchorStayUnresolved() {
        assertTrue(r.resolve("Tuesday", Optional.of("XXXX-WXX-2"), Optional.empty(), Tense.PAST).isEmpty());
        assertTrue(r.resolve("the 13th century", Optional.of("12XX"), FRIDAY, Tense.PAST).isEmpty());
    }

    @Test
    void yearsAndWeeks() {
        assertEquals("2018", resolve("earlier this year", Tense.PAST).value());
        assertEquals("2018-12", resolve("this week", Tense.PAST).value());
        assertEquals("2017", resolve("last year", Tense.PAST).value());
    }
}
