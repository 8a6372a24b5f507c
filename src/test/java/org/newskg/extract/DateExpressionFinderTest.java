package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.NlpPipeline;
import org.newskg.ingest.ArticleReader;

/** The date expressions newskg finds without SUTime. */
class DateExpressionFinderTest {
    private static List<String> dates(String sentence) throws Exception {
        var article = ArticleReader.create().parse("t.txt", sentence.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var doc = NlpPipeline.shared().annotate(article).document();
        SentenceView s = new SentenceView(0, doc.sentences().get(0), article.text(), new DateExpressionFinder());
        return s.dates().stream().map(SentenceView.DateMention::text).toList();
    }

    @Test
    void calendarDates() throws Exception {
        assertEquals(List.of("November 20, 2002"), dates("The unit arrived on November 20, 2002 to join ISAF."));
        assertEquals(List.of("Sept. 16-18"), dates("Carter traveled to India from Sept. 16-18, where he met officials."));
        assertEquals(List.of("July 23", "July 25"), dates("She visited Ulaanbaatar from July 23 to July 25."));
        assertEquals(List.of("Oct. 22"), dates("They met in the capital city of Ulaanbaatar, Oct. 22."));
    }

    @Test
    void relativeExpressions() throws Exception {
        assertEquals(List.of("on Tuesday"), dates("Cooper met with President Ilham Aliyev in Baku on Tuesday."));
        assertEquals(List.of("yesterday", "today"), dates("Gates visited with Aliyev yesterday and met today with Abiyev."));
        assertEquals(List.of("this week"), dates("An official was in Azerbaijan this week."));
        assertEquals(List.of("in October"), dates("Bolton's visit in October was short."));
        assertEquals(List.of("earlier this year"), dates("The increase made earlier this year was welcome."));
        assertEquals(List.of("in 2015"), dates("Resolute Support began in 2015."));
    }

    @Test
    void wordsThatAreNotDates() throws Exception {
        assertEquals(List.of(), dates("May Smith said troops may march to the capital."));
        assertEquals(List.of(), dates("The 13th century warrior had 120 servicemen."));
    }
}
