package org.newskg.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A copy of a local store's article list (source file, content hash, graph name) kept in a small
 * file beside the TDB2 files, so that re-building an unchanged corpus can tell that nothing
 * changed without starting Jena and opening the store. The store stays the truth: the file also
 * holds a fingerprint of every store file (path, size, modification time), and it is used only
 * while those files are exactly as they were when it was written. Any write to the store by any
 * process (a build, live ingest, a SPARQL update through Fuseki) changes them, and the next build
 * then asks the store itself and writes the file again.
 *
 * @param articles by source file
 */
public record ArticleIndex(Map<String, Entry> articles) {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleIndex.class);

    /** The file's name inside the store folder. */
    public static final String FILE_NAME = "newskg-articles.tsv";
    private static final String FINGERPRINT = "# store-fingerprint ";
    private static final String HEADER = "# newskg article index: source file, content hash, graph name of every article in this store,\n"
        + "# and the path, size, modification time (ns) and time seen (ms) of the file that content was read from.\n"
        + "# A cache written by 'newskg build'; valid only while the store's files match the fingerprint. Safe to delete.\n";

    /**
     * One stored article.
     *
     * @param stamp how its file looked when that content was read, or null if not known
     */
    public record Entry(String contentHash, String graphIri, FileStamp stamp) {
    }

    /** Content hash by source file. */
    public Map<String, String> hashes() {
        Map<String, String> out = new HashMap<>();
        articles.forEach((f, e) -> out.put(f, e.contentHash()));
        return out;
    }

    /** The file stamps known, by source file (those whose content hash is the stored one). */
    public Map<String, FileStamp> stamps() {
        Map<String, FileStamp> out = new HashMap<>();
        articles.forEach((f, e) -> {
            if (e.stamp() != null && e.stamp().contentHash().equals(e.contentHash())) {
                out.put(f, e.stamp());
            }
        });
        return out;
    }

    /** Graph name by source file. */
    public Map<String, String> graphs() {
        Map<String, String> out = new HashMap<>();
        articles.forEach((f, e) -> out.put(f, e.graphIri()));
        return out;
    }

    /**
     * The index of the store in {@code storeDir}, if its file is there, reads cleanly and the
     * store's files are as they were when it was written; empty otherwise.
     */
    public static Optional<ArticleIndex> readIfCurrent(Path storeDir) {
        return read(storeDir, true);
    }

    /**
     * The index file as it is, current or not: its article list may be out of date, but each
     * {@link FileStamp} still says truly which content a file had, so a build can keep the stamps
     * whose hash is still the stored one.
     */
    public static Optional<ArticleIndex> readAnyway(Path storeDir) {
        return read(storeDir, false);
    }

    private static Optional<ArticleIndex> read(Path storeDir, boolean onlyIfCurrent) {
        Path file = storeDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (onlyIfCurrent) {
                String recorded = lines.stream().filter(l -> l.startsWith(FINGERPRINT)).findFirst()
                    .map(l -> l.substring(FINGERPRINT.length()).trim()).orElse("");
                if (!recorded.equals(fingerprint(storeDir))) {
                    LOG.debug("{} is out of date: the store has been written since", file);
                    return Optional.empty();
                }
            }
            Map<String, Entry> articles = new HashMap<>();
            for (String l : lines) {
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] f = l.split("\t", -1);
                if (f.length != 7) {
                    LOG.warn("{} has a malformed line; asking the store instead", file);
                    return Optional.empty();
                }
                FileStamp stamp = f[3].isEmpty() ? null
                    : new FileStamp(unescape(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]), f[1]);
                articles.put(unescape(f[0]), new Entry(f[1], f[2], stamp));
            }
            return Optional.of(new ArticleIndex(Map.copyOf(articles)));
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read {} ({}); asking the store instead", file, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Writes the index into the store folder with the fingerprint of the store's files as they
     * are now (written to a temporary file, then moved over the old one, so a reader never sees
     * half of it).
     */
    public void writeTo(Path storeDir) throws IOException {
        Path tmp = storeDir.resolve(FILE_NAME + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write(FINGERPRINT + fingerprint(storeDir) + "\n");
            for (Map.Entry<String, Entry> e : new java.util.TreeMap<>(articles).entrySet()) {
                Entry a = e.getValue();
                // a stamp is kept only for the content it was taken of
                FileStamp st = a.stamp() != null && a.stamp().contentHash().equals(a.contentHash()) ? a.stamp() : null;
                w.write(escape(e.getKey()) + "\t" + a.contentHash() + "\t" + a.graphIri() + "\t"
                    + (st == null ? "\t\t\t" : escape(st.path()) + "\t" + st.size() + "\t" + st.modifiedNanos() + "\t" + st.seenAtMillis())
                    + "\n");
            }
        }
        try {
            Files.move(tmp, storeDir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, storeDir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A hash over every file of the store (relative path, size, modification time in
     * nanoseconds) but the index itself and TDB2's lock files, which each process that opens the
     * store rewrites without changing any data.
     */
    static String fingerprint(Path storeDir) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(storeDir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String name = p.getFileName().toString();
                if (name.equals(FILE_NAME) || name.equals(FILE_NAME + ".tmp") || name.equals("tdb.lock")) {
                    continue;
                }
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (a.isRegularFile()) {
                    lines.add(storeDir.relativize(p) + " " + a.size() + " " + a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
                }
            }
        }
        lines.sort(null);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String l : lines) {
                md.update((l + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    // a source file name could hold a tab or a line break; the index must not split on them
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
