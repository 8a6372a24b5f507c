package org.newskg.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the calendar dates that news headers write: "Nov. 13, 2017", "December 7, 2018", "08.01.2013". */
public final class NewsDates {
    /** A month name or its abbreviation, with an optional full stop. */
    public static final String MONTH =
        "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
            + "Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /** "Month day, year" as one regex fragment with groups named m, d, y. */
    public static final String MONTH_DAY_YEAR = "(?<m>" + MONTH + ")\\s+(?<d>\\d{1,2}),?\\s+(?<y>\\d{4})";
    /** "day Month year" ("14 July 2010", "25 Sep 2013", "06 June 2006") with groups named dd, mm, yy. */
    public static final String DAY_MONTH_YEAR = "(?<dd>\\d{1,2})\\s+(?<mm>" + MONTH + "),?\\s+(?<yy>\\d{4})";
    /** "MM.DD.YYYY" or "MM/DD/YYYY" (U.S. order; day first when the first number exceeds 12). */
    public static final String NUMERIC = "(?<n1>\\d{1,2})[./](?<n2>\\d{1,2})[./](?<ny>\\d{4})";

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
        Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
        Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
        Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Pattern ANY = Pattern.compile(MONTH_DAY_YEAR + "|" + DAY_MONTH_YEAR + "|" + NUMERIC);

    private NewsDates() {
    }

    /** The month number of a month name or abbreviation ("Sept." is 9), or empty. */
    public static Optional<Integer> month(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return key.length() < 3 ? Optional.empty() : Optional.ofNullable(MONTHS.get(key.substring(0, 3)));
    }

    /** Reads the date from a matcher built from {@link #MONTH_DAY_YEAR}, {@link #DAY_MONTH_YEAR} and/or {@link #NUMERIC}. */
    public static Optional<LocalDate> fromMatch(Matcher m) {
        try {
            if (hasGroup(m, "m") && m.group("m") != null) {
                return month(m.group("m").replace(".", ""))
                    .map(month -> LocalDate.of(Integer.parseInt(m.group("y")), month, Integer.parseInt(m.group("d"))));
            }
            if (hasGroup(m, "mm") && m.group("mm") != null) {
                return month(m.group("mm").replace(".", ""))
                    .map(month -> LocalDate.of(Integer.parseInt(m.group("yy")), month, Integer.parseInt(m.group("dd"))));
            }
            if (hasGroup(m, "n1") && m.group("n1") != null) {
                int a = Integer.parseInt(m.group("n1"));
                int b = Integer.parseInt(m.group("n2"));
                int y = Integer.parseInt(m.group("ny"));
                return Optional.of(a > 12 ? LocalDate.of(y, b, a) : LocalDate.of(y, a, b));
            }
        } catch (DateTimeException e) {
            return Optional.empty(); // "Feb. 31, 2018" is not a date; the caller looks elsewhere
        }
        return Optional.empty();
    }

    /** Parses the first date written anywhere in {@code text}. */
    public static Optional<LocalDate> parseFirst(String text) {
        Matcher m = ANY.matcher(text);
        while (m.find()) {
            Optional<LocalDate> d = fromMatch(m);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static boolean hasGroup(Matcher m, String name) {
        // Java 17 has no Pattern.namedGroups(): probe the pattern text instead.
        return m.pattern().pattern().contains("(?<" + name + ">");
    }
}
