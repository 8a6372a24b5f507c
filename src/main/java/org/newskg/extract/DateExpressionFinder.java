package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.ingest.NewsDates;

/**
 * Finds the date expressions of news text that the relation extractors resolve: "November 20,
 * 2002", "Oct. 22", "Sept. 16-18", "in October", "on Tuesday", "yesterday", "this week", "earlier
 * this year", "in 2015". newskg finds them itself rather than with CoreNLP's SUTime: the
 * {@link DateResolver} decides what they mean anyway, and SUTime costs half of the NLP time
 * (measured; see the README's annotator table).
 */
final class DateExpressionFinder {
    private static final String M = NewsDates.MONTH;
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    // every shape starts at a word boundary: one \b before the alternation, so that a position
    // inside a word fails once rather than once per shape (this regex was a third of extraction)
    private static final Pattern EXPRESSION = Pattern.compile("\\b(?:" + String.join("|",
        // absolute and partial calendar dates, longest shapes first
        M + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2})?,?\\s+(?:19|20)\\d{2}\\b",
        "\\d{1,2}\\s+" + M + "\\s+(?:19|20)\\d{2}\\b",
        "(?:19|20)\\d{2}-\\d{2}-\\d{2}\\b",
        M + "\\s+(?:of\\s+)?(?:19|20)\\d{2}\\b",
        M + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2})?\\b",
        // a month alone, only after a preposition: "in October" (not "May" the name or the verb)
        "(?:in|since|during|until|by|early|late|mid-)\\s*(?:" + M + ")(?![\\w-])",
        // weekdays, with what can stand before them
        "(?:(?:last|next|this|on)\\s+)?" + WEEKDAY + "\\b",
        // relative days, weeks, months, years
        "(?:earlier\\s+|later\\s+)?(?:today|tonight|yesterday|tomorrow)\\b",
        "(?:earlier\\s+|later\\s+)?this\\s+(?:morning|afternoon|evening)\\b",
        "(?:earlier\\s+|later\\s+)?(?:this|last|next)\\s+(?:week|month|year)\\b",
        // a year after a preposition: "in 2015", "since 2010"
        "(?:in|since|from|until|by)\\s+(?:19|20)\\d{2}\\b") + ")");

    /** The date expressions of a sentence, left to right, none overlapping. */
    List<SentenceView.DateMention> find(String text, SentenceView s) {
        List<SentenceView.DateMention> out = new ArrayList<>();
        String sentence = text.substring(s.begin, s.end);
        Matcher m = EXPRESSION.matcher(sentence);
        while (m.find()) {
            int b = s.begin + m.start();
            int e = s.begin + m.end();
            out.add(new SentenceView.DateMention(b, e, s.tokenAt(b), s.tokenAt(e - 1), m.group(), java.util.Optional.empty()));
        }
        return out;
    }
}
