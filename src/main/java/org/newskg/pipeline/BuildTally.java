package org.newskg.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.store.FileStamp;

/** The running totals of one build, told to its listener as they change; owned by the build's writer thread. */
final class BuildTally {
    final BuildListener listener;
    int done;
    int loaded;
    int unchanged;
    int pruned;
    int writtenAgain;
    long triples;
    long tokens;
    long tokensTagged;
    final List<BuildReport.Skipped> skipped = new ArrayList<>();
    final Map<String, String> duplicates = new LinkedHashMap<>();
    /** The store's graph of each source file as the build found it, read on first use. */
    Map<String, String> storedGraphs;
    /** The store's graphs this build removed before writing (older IRIs of rebuilt files, duplicates' graphs). */
    final java.util.Set<String> removedGraphs = new java.util.HashSet<>();
    /** Stamps of files read for this build, until their article is written. */
    final Map<String, FileStamp> pending = new HashMap<>();
    /** Stamps of files whose article the store now holds with the content they were read with. */
    final Map<String, FileStamp> verified = new HashMap<>();

    BuildTally(BuildListener listener) {
        this.listener = listener;
    }

    /** Articles written inside the build's one transaction, reported once it commits. */
    private List<Loaded> held;

    private record Loaded(String sourceFile, long triples) {
    }

    /** From now on, written articles are held back until {@link #commitHeld()}: they are not in the store before. */
    void holdLoaded() {
        held = new ArrayList<>();
    }

    /** Whether written articles are held back: the build writes in one transaction. */
    boolean holding() {
        return held != null;
    }

    /** The transaction committed: every article held is in the store now. */
    void commitHeld() {
        List<Loaded> h = held;
        held = null;
        h.forEach(l -> loaded(l.sourceFile(), l.triples()));
    }

    /** The transaction was abandoned: nothing held was written. */
    void dropHeld() {
        held = null;
    }

    /** An article's graph is written (or, while held, will be once the transaction commits). */
    void loaded(String sourceFile, long triples) {
        if (held != null) {
            held.add(new Loaded(sourceFile, triples));
            return;
        }
        loaded++;
        FileStamp st = pending.remove(sourceFile);
        if (st != null) {
            verified.put(sourceFile, st);
        }
        this.triples += triples;
        listener.loaded(sourceFile, triples);
    }

    void skip(BuildReport.Skipped s) {
        skipped.add(s);
        listener.skipped(s.sourceFile(), s.reason());
    }
}
