package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {
    private final ArticleReader reader = ArticleReader.create();

    @Test
    void seedArticleHeaderAndFurniture() throws Exception {
        Article a = reader.read(new InputFile(Path.of("seeds/000_14b2a5db9d82385e.txt"), "000_14b2a5db9d82385e.txt"));
        assertEquals(LocalDate.of(2018, 12, 7), a.published().orElseThrow());
        assertEquals("Mushvig Mehdiyev", a.author().orElseThrow());
        assertEquals("U.S. Defense Official Says Washington Wants Broader Defense Cooperation With Azerbaijan", a.title().orElseThrow());
        assertFalse(a.text().contains("Newsroom logo"));
        assertFalse(a.text().contains("Last update"));
        assertFalse(a.text().lines().anyMatch(l -> l.strip().equals("None")));
        assertTrue(a.text().contains("Laura Cooper, the U.S. Deputy Assistant Secretary of Defense"));
        assertEquals(64, a.contentHash().length());
    }

    @Test
    void inlineVideoFurnitureIsCut() throws Exception {
        Article a = reader.parse("x.txt", ("WASHINGTON, Nov. 13, 2017 — Mattis met Izoria today, White said in a statement following their meeting. "
            + "VIDEO | 01:07 | Mattis Welcomes Georgia’s Minister of Defense\n\nMore text follows here.").getBytes(StandardCharsets.UTF_8));
        assertFalse(a.text().contains("VIDEO"));
        assertTrue(a.text().contains("following their meeting."));
    }

    @Test
    void bylineWithRankAndUnit() {
        assertEquals("Bryan Spreitzer", ArticleReader.bylineAuthor("By U.S. Army Staff Sgt. Bryan Spreitzer").orElseThrow());
        assertEquals("Doug Sample", ArticleReader.bylineAuthor("By Sgt. 1st Class Doug Sample, USA").orElseThrow());
        assertTrue(ArticleReader.bylineAuthor("By the end of the year, troops will leave.").isEmpty());
    }

    @Test
    void emptyFileIsRefused() {
        var e = assertThrows(UnreadableArticleException.class, () -> reader.parse("empty.txt", "  \n\n ".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("empty.txt: empty file"), e.getMessage());
    }

    @Test
    void binaryFileIsRefused() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
        var e = assertThrows(UnreadableArticleException.class, () -> reader.parse("report.pdf", pdf));
        assertTrue(e.getMessage().contains("a PDF document"), e.getMessage());
        var n = assertThrows(UnreadableArticleException.class, () -> reader.parse("blob.bin", new byte[] {65, 0, 66, 0}));
        assertTrue(n.getMessage().contains("NUL bytes"), n.getMessage());
    }

    @Test
    void latin1FileIsRefusedWithOffset() {
        byte[] latin1 = "Caf\u00e9 talks in Paris".getBytes(StandardCharsets.ISO_8859_1);
        var e = assertThrows(UnreadableArticleException.class, () -> reader.parse("latin1.txt", latin1));
        assertTrue(e.getMessage().contains("not valid UTF-8 (bad byte near offset 3)"), e.getMessage());
    }

    @Test
    void hugeFileIsRefused() {
        var e = assertThrows(UnreadableArticleException.class,
            () -> reader.withMaxBytes(10).parse("big.txt", "this is more than ten bytes".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
    }
}
