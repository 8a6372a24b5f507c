package org.newskg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The hand-written word scan must cut text exactly as {@link PhraseTrie#WORD} does. */
class TextWordsTest {

    /** Spans as "begin-end" strings, by the regex. */
    private static List<String> byRegex(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = PhraseTrie.WORD.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    private static List<String> byScan(String text) {
        TextWords w = TextWords.of(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            out.add(w.begin(i) + "-" + w.end(i));
            assertEquals(text.substring(w.begin(i), w.end(i)), w.word(i));
        }
        return out;
    }

    @Test
    void abbreviationsAndWords() {
        String text = "The U.S.-led force, e.g. S.Korea's 2nd A1 No.1 unit; a.m. x. U.S";
        assertEquals(byRegex(text), byScan(text));
        assertEquals(List.of("The", "U.S.", "led", "force", "e.g.", "S.K", "orea", "s", "2nd", "A1", "No", "1", "unit", "a.m.", "x", "U.S"),
            PhraseTrie.words(text));
    }

    @Test
    void sameAsTheRegexOnRandomText() {
        // letters, numbers of every category, abbreviation dots, joiners, surrogate pairs
        String[] alphabet = {"a", "B", "é", "Ж", "中", "1", "٣", "²", "Ⅻ", ".", ".", " ", "-", "'", "’", "\n", "𝐀", "😀", "_", "ʼ"};
        Random r = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(14);
            for (int i = 0; i < len; i++) {
                b.append(alphabet[r.nextInt(alphabet.length)]);
            }
            String text = b.toString();
            assertEquals(byRegex(text), byScan(text), () -> "text: [" + text + "]");
        }
    }

    @Test
    void sameAsTheRegexOnTheDevArticles() throws IOException {
        Path docs = Path.of("../shared/eval/dev/docs");
        try (Stream<Path> files = Files.list(docs)) {
            for (Path f : files.sorted().toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                assertEquals(byRegex(text), byScan(text), f::toString);
            }
        }
    }

    @Test
    void foldedOnce() {
        TextWords w = TextWords.of("NATO Kabul");
        assertEquals("nato", w.folded(0));
        assertEquals("kabul", w.folded(1));
        assertEquals(2, w.size());
    }
}
