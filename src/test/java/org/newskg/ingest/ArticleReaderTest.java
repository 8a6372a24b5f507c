package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
        assertTrue(n.getMessage().contains("NUL character at offset 1"), n.getMessage());
        // a NUL far past the start is found too: the whole file is looked at
        byte[] late = ("Defense Secretary Jim Mattis met Levan Izoria. ".repeat(400) + "\u0000 and more text.").getBytes(StandardCharsets.UTF_8);
        assertTrue(late.length > 16_384);
        var l = assertThrows(UnreadableArticleException.class, () -> reader.parse("late.txt", late));
        assertTrue(l.getMessage().contains("NUL character at offset 18800"), l.getMessage());
    }

    @Test
    void utf16AndUtf32AreReadWithOrWithoutAByteOrderMark() throws Exception {
        String text = "WASHINGTON, Nov. 13, 2017 — Defense Secretary Jim Mattis met with Georgian Defense Minister Levan Izoria.\n";
        for (String cs : List.of("UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32BE", "UTF-32LE")) {
            byte[] b = text.getBytes(java.nio.charset.Charset.forName(cs));
            byte[] withBom = cs.equals("UTF-16") ? b : concat(bom(cs), b);
            assertEquals(text.strip(), reader.parse("wide.txt", withBom).text(), cs + " with a byte-order mark");
            if (!cs.equals("UTF-16")) {
                assertEquals(text.strip(), reader.parse("wide.txt", b).text(), cs + " without one");
            }
        }
        byte[] broken = java.util.Arrays.copyOf("Hello world, this is text".getBytes(StandardCharsets.UTF_16LE), 49);
        var e = assertThrows(UnreadableArticleException.class, () -> reader.parse("odd.txt", concat(new byte[] {(byte) 0xff, (byte) 0xfe}, broken)));
        assertTrue(e.getMessage().contains("UTF-16LE") && e.getMessage().contains("iconv -f UTF-16LE -t UTF-8"), e.getMessage());
    }

    private static byte[] bom(String cs) {
        return switch (cs) {
            case "UTF-16LE" -> new byte[] {(byte) 0xff, (byte) 0xfe};
            case "UTF-16BE" -> new byte[] {(byte) 0xfe, (byte) 0xff};
            case "UTF-32BE" -> new byte[] {0, 0, (byte) 0xfe, (byte) 0xff};
            default -> new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0};
        };
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void htmlIsReadAsItsTextWithoutMarkupOrScripts() throws Exception {
        String html = "<!DOCTYPE html><html><head><title>Mattis Meets Georgian Counterpart</title><style>p{color:red}</style>"
            + "<script>var s = \"Ilham Aliyev met with Vladimir Putin in Moscow.\";</script></head><body>"
            + "<nav><a href=\"/\">Home</a> | <a href=\"/news\">News</a></nav>"
            + "<h1>Mattis Meets Georgian Counterpart</h1><p>By Jim Garamone</p>"
            + "<p>WASHINGTON, Nov. 13, 2017 &mdash; Defense Secretary Jim Mattis <b>met</b> with Georgian Defense Minister Levan Izoria "
            + "at the Pentagon today.</p><p>The two discussed &quot;shared&quot; goals.</p></body></html>";
        Article a = reader.parse("page.html", html.getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.of("Mattis Meets Georgian Counterpart"), a.title());
        assertEquals(Optional.of(java.time.LocalDate.of(2017, 11, 13)), a.published());
        assertTrue(a.text().contains("WASHINGTON, Nov. 13, 2017 — Defense Secretary Jim Mattis met with Georgian Defense Minister Levan Izoria "
            + "at the Pentagon today.\n"), a.text());
        assertTrue(a.text().contains("The two discussed \"shared\" goals."), a.text());
        assertFalse(a.text().contains("<") || a.text().contains("Putin") || a.text().contains("color"), a.text());
        // a text that merely mentions a tag is not HTML
        String plain = "WASHINGTON — The <p> tag and the <html> element were discussed by web developers today at length.\n";
        assertEquals(plain.strip(), reader.parse("plain.txt", plain.getBytes(StandardCharsets.UTF_8)).text());
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
    private static Article parse(String text) throws Exception {
        return ArticleReader.create().parse("voa.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aHeadlineRunIntoTheFirstParagraphAtAHyphen() throws Exception {
        // the sentence, and three variants it must catch
        Article a = parse("Kerry Heading to Ukraine as Russia Tightens Grip on Crimea-Secretary of State John Kerry will be heading to "
            + "Kyiv Monday for discussions there Tuesday\n\nThe Secretary will reaffirm support\n");
        assertEquals(Optional.of("Kerry Heading to Ukraine as Russia Tightens Grip on Crimea"), a.title());
        assertTrue(a.text().startsWith("Kerry Heading to Ukraine as Russia Tightens Grip on Crimea\n\nSecretary of State John Kerry will"),
            a.text());
        assertEquals(Optional.of("Suicide Blast at Pakistan Court Complex"), parse("Suicide Blast at Pakistan Court Complex-Officials in "
            + "Peshawar say the attack involved at least one suicide bomber\n").title());
        assertEquals(Optional.of("Protests and Rallies in Egypt"), parse("Protests and Rallies in Egypt-Supporters and opponents of ousted "
            + "Egyptian President Mohamed Morsi staged massive protests Sunday\n").title());
        assertEquals(Optional.of("Kerry Says Talks Were Constructive"), parse("Kerry Says Talks Were Constructive-“We made progress,” Kerry "
            + "told reporters in Geneva on Monday\n").title());
        // and two it must not: a hyphen inside running text; a hyphenated given name after four capitalised words
        assertTrue(parse("The minister said the talks in the Geneva-Lausanne corridor went well for both sides, officials said.\n")
            .text().contains("Geneva-Lausanne"));
        assertTrue(parse("German Foreign Minister Frank-Walter Steinmeier said on Tuesday that the talks would go on.\n")
            .text().startsWith("German Foreign Minister Frank-Walter Steinmeier said"));
        assertTrue(parse("General Shigeru Iwasaki, Chief of Staff, Joint Staff, Japan Self-Defense Forces was officially greeted upon "
            + "his arrival.\n").text().startsWith("General Shigeru Iwasaki, Chief of Staff, Joint Staff, Japan Self-Defense Forces was"));
    }
    @Test
    void aVideoPlayersCaptionLineIsFurniture() throws Exception {
        Article a = parse("Obama Speaks in Dallas\n\nWATCH: 'Not as Divided,' Obama Says-Video size-width-x-height-pixels-Obama: 'Not as "
            + "Divided'-Share this video-0:00:57-▶-0:00:00-/0:00:57-▶\n\nObama spoke in Dallas on Tuesday, officials said.\n");
        assertFalse(a.text().contains("size-width"), a.text());
        assertTrue(a.text().contains("Obama spoke in Dallas on Tuesday"), a.text());
        // a line that only mentions a video stays
        assertTrue(parse("Officials said a video of the talks was shared widely on Tuesday.\n").text().contains("video of the talks"));
    }
}
