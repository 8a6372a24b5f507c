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
    long triples;
    long tokens;
    long tokensTagged;
    final List<BuildReport.Skipped> skipped = new ArrayList<>();
    final Map<String, String> duplicates = new LinkedHashMap<>();
    /** The store's graph of each source file as the build found it, read on first use. */
    Map<String, String> storedGraphs;
    /** Stamps of files read for this build, until their article is written. */
    final Map<String, FileStamp> pending = new HashMap<>();
    /** Stamps of files whose article the store now holds with the content they were read with. */
    final Map<String, FileStamp> verified = new HashMap<>();

    BuildTally(BuildListener listener) {
        this.listener = listener;
    }

    void skip(BuildReport.Skipped s) {
        skipped.add(s);
        listener.skipped(s.sourceFile(), s.reason());
    }
}
