package org.newskg.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's publication date in its header: a dateline ("WASHINGTON, Nov. 13, 2017 —"),
 * a byline date ("By Mushvig Mehdiyev December 7, 2018") or a release line ("September 18, 2013",
 * "Date: 08.01.2013", "NEWS | Oct. 1, 2021"). Page furniture ("Last update: …", "Posted: …") is
 * never taken: it says when a page changed, not when the article was published.
 */
public final class PublicationDateFinder {
    /** Where a publication date was found, and which rule found it. */
    public record Found(LocalDate date, String rule, int line) {
    }

    /** The place part of a dateline, up to the comma before the date: "ULAANBAATAR, Mongolia, ". */
    public static final String DATELINE_PLACE = "\\s*[A-Z][A-Za-z .'’\\-]*(?:,\\s*[A-Z][A-Za-z .'’\\-]*)*,\\s*";
    static final Pattern DATELINE = Pattern.compile("^" + DATELINE_PLACE + NewsDates.MONTH_DAY_YEAR + "\\s*[—–-]");
    static final Pattern BYLINE_DATE = Pattern.compile("^\\s*By\\s+.+?\\s" + NewsDates.MONTH_DAY_YEAR + "\\s*$");
    static final Pattern RELEASE_LINE = Pattern.compile(
        "^\\s*(?:(?:Date|Published|Released|Release date|Publication date|NEWS|News|Press release)\\s*[:|]\\s*)?"
            + "(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?"
            + "(?:" + NewsDates.MONTH_DAY_YEAR + "|" + NewsDates.NUMERIC + ")"
            + "(?:,?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s+[A-Z]{2,4})?)?\\s*$");

    /** How many lines from the top a header can take. */
    private static final int HEADER_LINES = 40;

    /**
     * Looks for the date in the header lines of an article.
     *
     * @param lines     the article's lines, furniture included (the finder knows which to ignore)
     * @param bodyStart index of the first body line; the dateline is looked for on it and before it
     */
    public Optional<Found> find(List<String> lines, int bodyStart) {
        int last = Math.min(lines.size() - 1, Math.min(Math.max(bodyStart, 0), HEADER_LINES));
        for (int i = 0; i <= last; i++) {
            Optional<LocalDate> d = match(DATELINE, lines.get(i));
            if (d.isPresent()) {
                return Optional.of(new Found(d.get(), "dateline", i));
            }
        }
        for (int i = 0; i <= last; i++) {
            Optional<LocalDate> d = match(BYLINE_DATE, lines.get(i));
            if (d.isPresent()) {
                return Optional.of(new Found(d.get(), "byline-date", i));
            }
        }
        for (int i = 0; i <= last; i++) {
            Optional<LocalDate> d = match(RELEASE_LINE, lines.get(i));
            if (d.isPresent()) {
                return Optional.of(new Found(d.get(), "release-line", i));
            }
        }
        return Optional.empty();
    }

    private static final Pattern FILE_NAME_DATE = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})[-._]?(0[1-9]|1[0-2])[-._]?(0[1-9]|[12]\\d|3[01])(?![0-9])");

    /**
     * The date in a file's name ("VOA_EN_NW_2013.10.30.1779904.txt"), for articles whose text gives
     * none: scrapers often name files by publication date. Only full year-month-day dates count.
     */
    public Optional<Found> fromFileName(String sourceFile) {
        String name = sourceFile.substring(sourceFile.lastIndexOf('/') + 1);
        Matcher m = FILE_NAME_DATE.matcher(name);
        if (m.find()) {
            try {
                return Optional.of(new Found(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))), "file-name", -1));
            } catch (java.time.DateTimeException e) {
                return Optional.empty(); // "2019-02-30" is not a date
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> match(Pattern p, String line) {
        Matcher m = p.matcher(line);
        return m.find() ? NewsDates.fromMatch(m) : Optional.empty();
    }
}
