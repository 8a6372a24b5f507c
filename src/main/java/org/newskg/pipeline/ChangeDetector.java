package org.newskg.pipeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.newskg.ingest.InputFile;
import org.newskg.store.FileStamp;

/**
 * What a build can skip: a file whose stamp (size, time, inode) the store's index vouches for is
 * unchanged without being read; a file read whose bytes hash to what the store holds is unchanged
 * without being parsed; with {@code --force} nothing is. Also which stored graphs a build may
 * rebuild (left out of person resolution) and which stored article first had given bytes.
 */
final class ChangeDetector {
    private final Map<String, String> hashes;
    private final Map<String, FileStamp> stamps;
    private final boolean force;

    /**
     * @param hashes content hash of every stored article, by source file
     * @param stamps how each stored article's file looked when it was read
     */
    ChangeDetector(Map<String, String> hashes, Map<String, FileStamp> stamps, boolean force) {
        this.hashes = force ? Map.of() : hashes;
        this.stamps = force ? Map.of() : stamps;
        this.force = force;
    }

    /** The stored stamp of a file the index vouches for as unchanged, as its attributes say (not read). */
    Optional<FileStamp> vouched(InputFile f, FileStamp.Look look) {
        String stored = hashes.get(f.sourceFile());
        FileStamp old = stamps.get(f.sourceFile());
        return stored != null && old != null && old.contentHash().equals(stored) && old.vouchesFor(look) ? Optional.of(old) : Optional.empty();
    }

    /** Whether the store holds exactly these bytes for this file. */
    boolean sameBytes(InputFile f, String contentHash) {
        return contentHash.equals(hashes.get(f.sourceFile()));
    }

    /**
     * The stored graphs of the input files this build may rebuild: all of them with --force, else
     * those whose file the index does not vouch for as unchanged. They are left out of the person
     * directory, so that an article is never resolved against its own old graph (which made a
     * forced rebuild of unchanged input change the graph once).
     */
    Set<String> rebuiltGraphs(List<InputFile> files, Map<String, String> graphs) {
        Set<String> out = new HashSet<>();
        for (InputFile f : files) {
            String g = graphs.get(f.sourceFile());
            if (g != null && (force || vouched(f, look(f)).isEmpty())) {
                out.add(g);
            }
        }
        return out;
    }

    /**
     * The store's articles by content hash, except those this build reads again (they register
     * themselves, in file order, as their outcome comes in): the first file with given bytes is
     * the article, later ones are duplicates of it.
     */
    static Map<String, String> storedByHash(Map<String, String> stored, List<InputFile> files) {
        Set<String> rebuilt = new HashSet<>();
        files.forEach(f -> rebuilt.add(f.sourceFile()));
        Map<String, String> byHash = new HashMap<>();
        new TreeMap<>(stored).forEach((source, hash) -> {
            if (!rebuilt.contains(source)) {
                byHash.putIfAbsent(hash, source);
            }
        });
        return byHash;
    }

    /** The file's attributes, or a look that vouches for nothing when they cannot be read (reading it then says why). */
    static FileStamp.Look look(InputFile f) {
        try {
            return FileStamp.look(f.path());
        } catch (java.io.IOException e) {
            return new FileStamp.Look("", -1, -1, 0);
        }
    }
}
