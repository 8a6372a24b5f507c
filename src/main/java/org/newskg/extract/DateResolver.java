package org.newskg.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.ingest.NewsDates;

/**
 * Resolves the date expressions of news text against the publication date and the tense of the
 * sentence: "met on Tuesday" in a Friday article is the Tuesday before, "will meet on Monday" the
 * Monday after, "yesterday" the day before; a month or day without a year never jumps forward
 * past the publication date in a past-tense sentence (CoreNLP's SUTime picks the nearest one,
 * which can be months ahead). Absolute dates are taken as written.
 */
public final class DateResolver {
    private static final String M = NewsDates.MONTH;
    private static final Pattern FULL = Pattern.compile("(?i)\\b(" + M + ")\\s+(\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)\\b(\\d{1,2})\\s+(" + M + ")\\s+(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)\\b(" + M + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*,?\\s*\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)\\b(" + M + ")\\s+(?:of\\s+)?(\\d{4})\\b");
    private static final Pattern MONTH_ONLY = Pattern.compile("(?i)^(?:in\\s+|on\\s+|during\\s+|since\\s+|until\\s+|by\\s+|early\\s+|late\\s+|mid-?)?(" + M + ")$");
    private static final Pattern YEAR = Pattern.compile("^(?:in\\s+|since\\s+|from\\s+|until\\s+|by\\s+)?((?:19|20)\\d{2})$");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

    /**
     * @param text   the words that name the date
     * @param sutime SUTime's normalised value for them, if any (used for shapes the rules do not cover)
     * @param anchor the publication date, if known
     * @param tense  the tense of the sentence
     */
    public Optional<ResolvedDate> resolve(String text, Optional<String> sutime, Optional<LocalDate> anchor, Tense tense) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        try {
            Matcher full = FULL.matcher(t);
            if (full.find()) {
                return month(full.group(1)).map(mo -> ResolvedDate.day(LocalDate.of(Integer.parseInt(full.group(3)), mo,
                    Integer.parseInt(full.group(2))), t, Optional.empty(), "absolute-date"));
            }
            Matcher m = DAY_MONTH_YEAR.matcher(t);
            if (m.find()) {
                Matcher fm = m;
                return month(m.group(2)).map(mo -> ResolvedDate.day(LocalDate.of(Integer.parseInt(fm.group(3)), mo,
                    Integer.parseInt(fm.group(1))), t, Optional.empty(), "absolute-date"));
            }
            m = ISO.matcher(t);
            if (m.find()) {
                return Optional.of(ResolvedDate.day(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))), t, Optional.empty(), "absolute-date"));
            }
            m = MONTH_YEAR.matcher(t);
            if (m.find()) {
                Matcher fm = m;
                return month(m.group(1)).map(mo -> ResolvedDate.month(Integer.parseInt(fm.group(2)), mo, t, Optional.empty(), "absolute-month"));
            }
            if (anchor.isPresent()) {
                Optional<ResolvedDate> rel = relative(t, lower, anchor.get(), tense);
                if (rel.isPresent()) {
                    return rel;
                }
            }
            m = YEAR.matcher(lower);
            if (m.find()) {
                return Optional.of(ResolvedDate.year(Integer.parseInt(m.group(1)), t, Optional.empty(), "absolute-year"));
            }
        } catch (DateTimeException e) {
            return Optional.empty(); // "February 30": not a date
        }
        return sutime.flatMap(v -> fromSutime(v, t, anchor));
    }

    private Optional<ResolvedDate> relative(String t, String lower, LocalDate anchor, Tense tense) {
        Optional<LocalDate> a = Optional.of(anchor);
        if (lower.matches("(?:earlier |later )?(?:today|tonight|this (?:morning|afternoon|evening))")) {
            return Optional.of(ResolvedDate.day(anchor, t, a, "today-is-anchor"));
        }
        if (lower.matches("yesterday|last night|yesterday (?:morning|afternoon|evening)")) {
            return Optional.of(ResolvedDate.day(anchor.minusDays(1), t, a, "yesterday-is-anchor-minus-1"));
        }
        if (lower.matches("tomorrow|tomorrow (?:morning|afternoon|evening)")) {
            return Optional.of(ResolvedDate.day(anchor.plusDays(1), t, a, "tomorrow-is-anchor-plus-1"));
        }
        Matcher wd = WEEKDAY.matcher(lower);
        if (wd.find() && !lower.matches(".*\\d.*")) {
            DayOfWeek day = DayOfWeek.valueOf(wd.group(1).toUpperCase(Locale.ROOT));
            if (lower.contains("next") || tense == Tense.FUTURE) {
                return Optional.of(ResolvedDate.day(anchor.with(TemporalAdjusters.next(day)), t, a, "weekday-after-anchor-future-tense"));
            }
            if (tense == Tense.PRESENT && anchor.getDayOfWeek() == day) {
                return Optional.of(ResolvedDate.day(anchor, t, a, "weekday-is-anchor-present-tense"));
            }
            return Optional.of(ResolvedDate.day(anchor.with(TemporalAdjusters.previous(day)), t, a, "weekday-before-anchor-past-tense"));
        }
        Matcher md = MONTH_DAY.matcher(t);
        if (md.find()) {
            Optional<Integer> mo = month(md.group(1));
            if (mo.isPresent()) {
                LocalDate d = LocalDate.of(anchor.getYear(), mo.get(), Integer.parseInt(md.group(2)));
                if (tense != Tense.FUTURE && d.isAfter(anchor)) {
                    return Optional.of(ResolvedDate.day(d.minusYears(1), t, a, "month-day-not-after-anchor-past-tense"));
                }
                if (tense == Tense.FUTURE && d.isBefore(anchor)) {
                    return Optional.of(ResolvedDate.day(d.plusYears(1), t, a, "month-day-not-before-anchor-future-tense"));
                }
                return Optional.of(ResolvedDate.day(d, t, a, "month-day-in-anchor-year"));
            }
        }
        Matcher mo = MONTH_ONLY.matcher(lower);
        if (mo.find()) {
            Optional<Integer> month = month(mo.group(1));
            if (month.isPresent()) {
                YearMonth ym = YearMonth.of(anchor.getYear(), month.get());
                YearMonth now = YearMonth.from(anchor);
                if (tense != Tense.FUTURE && ym.isAfter(now)) {
                    return Optional.of(ResolvedDate.month(ym.getYear() - 1, ym.getMonthValue(), t, a, "month-not-after-anchor-past-tense"));
                }
                if (tense == Tense.FUTURE && ym.isBefore(now)) {
                    return Optional.of(ResolvedDate.month(ym.getYear() + 1, ym.getMonthValue(), t, a, "month-not-before-anchor-future-tense"));
                }
                return Optional.of(ResolvedDate.month(ym.getYear(), ym.getMonthValue(), t, a, "month-in-anchor-year"));
            }
        }
        if (lower.matches("(?:earlier |later )?this (?:week|month)")) {
            return Optional.of(ResolvedDate.month(anchor.getYear(), anchor.getMonthValue(), t, a, "this-week-or-month-is-anchor-month"));
        }
        if (lower.matches("last (?:week)")) {
            LocalDate w = anchor.minusWeeks(1);
            return Optional.of(ResolvedDate.month(w.getYear(), w.getMonthValue(), t, a, "last-week-month"));
        }
        if (lower.matches("last month")) {
            YearMonth ym = YearMonth.from(anchor).minusMonths(1);
            return Optional.of(ResolvedDate.month(ym.getYear(), ym.getMonthValue(), t, a, "last-month"));
        }
        if (lower.matches("next month")) {
            YearMonth ym = YearMonth.from(anchor).plusMonths(1);
            return Optional.of(ResolvedDate.month(ym.getYear(), ym.getMonthValue(), t, a, "next-month"));
        }
        if (lower.matches("(?:earlier |later )?this year")) {
            return Optional.of(ResolvedDate.year(anchor.getYear(), t, a, "this-year-is-anchor-year"));
        }
        if (lower.matches("last year")) {
            return Optional.of(ResolvedDate.year(anchor.getYear() - 1, t, a, "last-year"));
        }
        if (lower.matches("next year")) {
            return Optional.of(ResolvedDate.year(anchor.getYear() + 1, t, a, "next-year"));
        }
        return Optional.empty();
    }

    private static Optional<ResolvedDate> fromSutime(String v, String text, Optional<LocalDate> anchor) {
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.of(new ResolvedDate(v, ResolvedDate.Precision.DAY, text, anchor, "sutime"));
        }
        if (v.matches("\\d{4}-\\d{2}")) {
            return Optional.of(new ResolvedDate(v, ResolvedDate.Precision.MONTH, text, anchor, "sutime"));
        }
        if (v.matches("\\d{4}")) {
            return Optional.of(new ResolvedDate(v, ResolvedDate.Precision.YEAR, text, anchor, "sutime"));
        }
        return Optional.empty();
    }

    private static Optional<Integer> month(String name) {
        return NewsDates.month(name.replace(".", ""));
    }
}
