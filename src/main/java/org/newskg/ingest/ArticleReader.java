package org.newskg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.lexicon.Ranks;

/**
 * Reads a plain-text article file into an {@link Article}: checks that it is non-empty UTF-8 text
 * of a sane size, drops page furniture, and finds the title, byline author and publication date.
 * Build one with {@link #create()}.
 */
public final class ArticleReader {
    /** Files larger than this are refused unless the limit is raised: no news article is this long. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private static final Pattern BYLINE = Pattern.compile("^\\s*By\\s+(.{3,160}?)\\s*$");
    private static final Pattern TRAILING_DATE = Pattern.compile("\\s+" + NewsDates.MONTH_DAY_YEAR + "\\s*$");

    private final long maxBytes;
    private final FurnitureFilter furniture;
    private final PublicationDateFinder dates = new PublicationDateFinder();

    private ArticleReader(long maxBytes, FurnitureFilter furniture) {
        this.maxBytes = maxBytes;
        this.furniture = furniture;
    }

    /** A reader with the standard furniture rules and size limit. */
    public static ArticleReader create() {
        return new ArticleReader(DEFAULT_MAX_BYTES, FurnitureFilter.standard());
    }

    /** A copy of this reader with another size limit. */
    public ArticleReader withMaxBytes(long bytes) {
        return new ArticleReader(bytes, furniture);
    }

    /** Reads one file. */
    public Article read(InputFile file) throws UnreadableArticleException {
        return parse(file.sourceFile(), bytes(file));
    }

    /**
     * The SHA-256 of a file's bytes and the bytes themselves: an incremental build compares the
     * hash with the store's before it parses anything.
     */
    public Raw readRaw(InputFile file) throws UnreadableArticleException {
        byte[] b = bytes(file);
        return new Raw(file.sourceFile(), b, sha256(b));
    }

    /** A file's bytes and their hash, not yet parsed. */
    public record Raw(String sourceFile, byte[] bytes, String contentHash) {
    }

    /** Parses bytes already read by {@link #readRaw}. */
    public Article parse(Raw raw) throws UnreadableArticleException {
        return parse(raw.sourceFile(), raw.bytes(), raw.contentHash());
    }

    private byte[] bytes(InputFile file) throws UnreadableArticleException {
        long size;
        try {
            size = Files.size(file.path());
        } catch (IOException e) {
            throw new UnreadableArticleException(file.sourceFile(), "cannot read it: " + e.getMessage(), e);
        }
        if (size > maxBytes) {
            throw new UnreadableArticleException(file.sourceFile(), String.format(
                "too large (%,d bytes; the limit is %,d): split it into articles or raise --max-bytes", size, maxBytes));
        }
        // read no more than the limit allows, whatever the size said: a file can grow while it is read
        try (java.io.InputStream in = Files.newInputStream(file.path())) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (b.length > maxBytes) {
                throw new UnreadableArticleException(file.sourceFile(), String.format(
                    "too large (over %,d bytes, the limit): split it into articles or raise --max-bytes", maxBytes));
            }
            return b;
        } catch (IOException e) {
            throw new UnreadableArticleException(file.sourceFile(), "cannot read it: " + e.getMessage(), e);
        }
    }

    /** Reads an article from bytes already in memory (live ingest, tests). */
    public Article parse(String sourceFile, byte[] bytes) throws UnreadableArticleException {
        return parse(sourceFile, bytes, null);
    }

    private Article parse(String sourceFile, byte[] bytes, String knownHash) throws UnreadableArticleException {
        if (bytes.length > maxBytes) {
            throw new UnreadableArticleException(sourceFile, String.format(
                "too large (%,d bytes; the limit is %,d): split it into articles", bytes.length, maxBytes));
        }
        String text;
        try {
            text = TextDecoder.decode(bytes).text();
        } catch (IllegalArgumentException e) {
            throw new UnreadableArticleException(sourceFile, e.getMessage());
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (HtmlText.isHtml(text)) {
            text = HtmlText.text(text);
        }
        if (text.isBlank()) {
            throw new UnreadableArticleException(sourceFile, "empty file: there is no text to read");
        }
        return fromText(sourceFile, text, knownHash != null ? knownHash : sha256(bytes));
    }

    /**
     * "Kerry Heading to Ukraine as Russia Tightens Grip on Crimea-Secretary of State John Kerry will
     * be heading …": scraped pages whose headline runs into the first paragraph at a hyphen with no
     * spaces. The headline is five or more words without a comma, each long word capitalised; the
     * rest reads on.
     */
    private static final Pattern HEADLINE_RUN_INTO_BODY = Pattern.compile("^(\\S+(?: \\S+){4,30}?[\\p{L}\\p{N})'’])-([\\p{Lu}“\"‘'].*\\S.*)$");

    /** The headline and the body of a first line that joins them, if it does. */
    static Optional<String[]> headlineRunIntoBody(String firstLine) {
        Matcher m = HEADLINE_RUN_INTO_BODY.matcher(firstLine.strip());
        // a comma before the hyphen is a sentence ("Gen. X, Chief of Staff, Japan Self-Defense Forces was …"), not a headline
        if (!m.matches() || m.group(2).split("\\s+").length < 6 || m.group(1).contains(",")) {
            return Optional.empty();
        }
        List<String> longWords = java.util.Arrays.stream(m.group(1).split("\\s+"))
            .filter(w -> w.replaceAll("[^\\p{L}]", "").length() >= 4).toList();
        if (longWords.size() < 2 || !longWords.stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)))) {
            return Optional.empty();
        }
        return Optional.of(new String[] {m.group(1), m.group(2)});
    }

    private Article fromText(String sourceFile, String text, String hash) {
        Optional<String> joinedHeadline = Optional.empty();
        int first = text.indexOf('\n');
        Optional<String[]> split = headlineRunIntoBody(first < 0 ? text : text.substring(0, first));
        if (split.isPresent()) {
            joinedHeadline = Optional.of(split.get()[0]);
            text = split.get()[0] + "\n\n" + split.get()[1] + (first < 0 ? "" : text.substring(first));
        }
        List<String> raw = List.of(text.split("\n", -1));
        List<String> kept = new ArrayList<>();
        List<Boolean> isFurniture = new ArrayList<>();
        for (String line : raw) {
            boolean f = furniture.isFurniture(line);
            isFurniture.add(f);
            kept.add(f ? "" : furniture.clean(line));
        }
        int bodyStart = bodyStart(kept);
        Optional<PublicationDateFinder.Found> date = dates.find(kept, bodyStart).or(() -> dates.fromFileName(sourceFile));
        int bylineLine = -1;
        Optional<String> author = Optional.empty();
        for (int i = 0; i <= Math.min(bodyStart, kept.size() - 1) && author.isEmpty(); i++) {
            author = bylineAuthor(kept.get(i));
            if (author.isPresent()) {
                bylineLine = i;
            }
        }
        Optional<String> title = joinedHeadline.isPresent() ? joinedHeadline
            : title(kept, bodyStart, bylineLine, date.map(PublicationDateFinder.Found::line).orElse(-1));
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < kept.size(); i++) {
            if (isFurniture.get(i)) {
                continue;
            }
            body.append(kept.get(i)).append('\n');
        }
        String cleaned = body.toString().replaceAll("\n{3,}", "\n\n").strip();
        return new Article(sourceFile, title, author, date.map(PublicationDateFinder.Found::date), cleaned, hash);
    }

    /** The first line that reads as running text: a dateline, or a long line that ends a sentence. */
    static int bodyStart(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (PublicationDateFinder.DATELINE.matcher(l).find()) {
                return i;
            }
            if (l.split("\\s+").length >= 20 && l.matches("(?s).*[.!?\"”’)]$")) {
                return i;
            }
        }
        return lines.size();
    }

    /** The author named on a byline ("By U.S. Army Staff Sgt. Bryan Spreitzer" is Bryan Spreitzer). */
    static Optional<String> bylineAuthor(String line) {
        Matcher m = BYLINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = TRAILING_DATE.matcher(m.group(1)).replaceFirst("");
        int comma = name.indexOf(',');
        if (comma > 0) {
            name = name.substring(0, comma);
        }
        String[] words = name.trim().split("\\s+");
        int first = 0;
        while (first < words.length && Ranks.isRankWord(words[first])) {
            first++;
        }
        List<String> rest = List.of(words).subList(first, words.length);
        if (rest.isEmpty() || rest.size() > 5 || !rest.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)))) {
            return Optional.empty();
        }
        return Optional.of(String.join(" ", rest));
    }

    /**
     * The headline: the nearest header line above the body that is not a byline, the unit line
     * just under a byline, a date line or a "Label: value" line.
     */
    static Optional<String> title(List<String> lines, int bodyStart, int bylineLine, int dateLine) {
        for (int i = Math.min(bodyStart, lines.size()) - 1; i >= 0; i--) {
            String l = lines.get(i).strip();
            if (l.isEmpty() || i == bylineLine || i == dateLine || (bylineLine >= 0 && i == bylineLine + 1 && l.split("\\s+").length <= 6)) {
                continue;
            }
            if (l.matches("^[A-Za-z ]{2,30}:.*") || NewsDates.parseFirst(l).isPresent() && l.length() < 40) {
                continue;
            }
            if (bylineLine >= 0 && i > bylineLine) {
                continue;
            }
            if (l.split("\\s+").length >= 3 && l.length() <= 200 && !l.endsWith(".")) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
