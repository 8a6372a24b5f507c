package org.newskg.extract;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A date read from text and resolved to the calendar, with how it was done.
 *
 * @param value     ISO lexical form: YYYY-MM-DD, YYYY-MM or YYYY
 * @param precision which of the three it is
 * @param text      the words of the article that gave it ("on Tuesday")
 * @param anchor    the date relative words were resolved against (the publication date), if any was needed
 * @param rule      the rule that resolved it ("weekday-before-anchor")
 */
public record ResolvedDate(String value, Precision precision, String text, Optional<LocalDate> anchor, String rule) {
    /** How precise a date is; the RDF literal's datatype says it (xsd:date, xsd:gYearMonth, xsd:gYear). */
    public enum Precision { DAY, MONTH, YEAR }

    static ResolvedDate day(LocalDate d, String text, Optional<LocalDate> anchor, String rule) {
        return new ResolvedDate(d.toString(), Precision.DAY, text, anchor, rule);
    }

    static ResolvedDate month(int year, int month, String text, Optional<LocalDate> anchor, String rule) {
        return new ResolvedDate(String.format("%04d-%02d", year, month), Precision.MONTH, text, anchor, rule);
    }

    static ResolvedDate year(int year, String text, Optional<LocalDate> anchor, String rule) {
        return new ResolvedDate(String.format("%04d", year), Precision.YEAR, text, anchor, rule);
    }
}
