package org.newskg.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's publication date in its header: a dateline ("WASHINGTON, Nov. 13, 2017 —"),
 * a byline date ("By Mushvig Mehdiyev December 7, 2018", "By Maj. A. Harris (Middle East)May 17,
 * 2016", "Ayaz Gul | Islamabad 14 July 2010"), a dateline with the date in parentheses ("CAMP
 * BONDSTEEL, Kosovo (March 19, 2010) --") or a release line ("September 18, 2013", "Date:
 * 08.01.2013", "NEWS | Oct. 1, 2021", "Release Date: 12/6/2004 12:11:00 PM", "25 Sep 2013 | …"). Page furniture ("Last update: …", "Posted: …") is
 * never taken: it says when a page changed, not when the article was published.
 */
public final class PublicationDateFinder {
    /** Where a publication date was found, and which rule found it. */
    public record Found(LocalDate date, String rule, int line) {
    }

    /** The place part of a dateline, up to the comma before the date: "ULAANBAATAR, Mongolia, ". */
    public static final String DATELINE_PLACE = "\\s*\\p{Lu}[\\p{L} .'’\\-]*(?:,\\s*\\p{Lu}[\\p{L} .'’\\-]*)*,\\s*";
    static final Pattern DATELINE = Pattern.compile("^" + DATELINE_PLACE + NewsDates.MONTH_DAY_YEAR + "\\s*[—–-]");
    /**
     * A dateline whose date stands in parentheses, maybe after the agency: "EAGLE BASE, Bosnia (Army
     * News Service, Jan. 6, 2003) -". The place starts in capitals, as datelines write it.
     */
    static final Pattern DATELINE_PARENTHESES = Pattern.compile("^\\s*\\p{Lu}{2}[\\p{Lu} .'’\\-]*(?:,\\s*\\p{Lu}[\\p{L} .'’\\-]*)*\\s*"
        + "\\((?:[^()]{0,60}?,\\s*)?" + NewsDates.MONTH_DAY_YEAR + "\\)\\s*[—–-]");
    /** A byline ending in a date, also when a page ran the two together: "… Public Affairs DetachmentMarch 19, 2010". */
    static final Pattern BYLINE_DATE = Pattern.compile("^\\s*By\\s+.+?" + NewsDates.MONTH_DAY_YEAR + "\\s*$");
    /** "Ayaz Gul | Islamabad 14 July 2010": an author, a bar, maybe a place, and the date. */
    static final Pattern BAR_BYLINE = Pattern.compile("^\\s*\\p{Lu}[^|]{1,60}\\|\\s*(?:\\p{Lu}[\\p{L} .'’\\-]*\\s+)?"
        + "(?:" + NewsDates.MONTH_DAY_YEAR + "|" + NewsDates.DAY_MONTH_YEAR + ")\\s*$");
    static final Pattern RELEASE_LINE = Pattern.compile(
        "^\\s*(?:(?i:Date|Published|Released|Release date|Publication date|News|Press release)\\s*[:|]\\s*)?"
            + "(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?"
            + "(?:" + NewsDates.MONTH_DAY_YEAR + "|" + NewsDates.DAY_MONTH_YEAR + "|" + NewsDates.NUMERIC + ")"
            + "(?:,?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s+[A-Z]{2,4})?)?"
            // a release line may go on after a bar with the byline: "25 Sep 2013 | Master Sgt. Chad McMeen"
            + "\\s*(?:\\|.*)?$");

    private record Rule(String name, Pattern pattern) {
    }

    /** After the plain dateline, in this order. */
    private static final List<Rule> LATER_RULES = List.of(new Rule("byline-date", BYLINE_DATE), new Rule("bar-byline", BAR_BYLINE),
        new Rule("dateline-parentheses", DATELINE_PARENTHESES), new Rule("release-line", RELEASE_LINE));

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
        // a byline's date is when the story was filed; a date in parentheses after the place can
        // be the event's ("EL GORAH, Egypt (Feb. 21, 2016)" in a story filed in May)
        for (Rule r : LATER_RULES) {
            for (int i = 0; i <= last; i++) {
                Optional<LocalDate> d = match(r.pattern(), lines.get(i));
                if (d.isPresent()) {
                    return Optional.of(new Found(d.get(), r.name(), i));
                }
            }
        }
        // a photo caption can read as the first body line; a line that is only a date (and a
        // byline after a bar) further down the header is still the release's date
        int header = Math.min(lines.size() - 1, HEADER_LINES);
        for (int i = last + 1; i <= header; i++) {
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
