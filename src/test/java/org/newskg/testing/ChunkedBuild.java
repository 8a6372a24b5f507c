package org.newskg.testing;

import java.nio.file.Path;
import java.util.List;
import org.newskg.ingest.InputFiles;
import org.newskg.pipeline.BuildListener;
import org.newskg.pipeline.KnowledgeGraphBuilder;
import org.newskg.store.Tdb2Store;

/**
 * A child process for crash tests: builds a folder two articles a transaction, one thread, and
 * prints "loaded NAME" after each article is committed, so that a test can kill it between or
 * during commits.
 */
public final class ChunkedBuild {
    private ChunkedBuild() {
    }

    public static void main(String[] args) throws Exception {
        Tdb2Store store = Tdb2Store.open(Path.of(args[0]));
        KnowledgeGraphBuilder.create().store(store).chunk(2).threads(1).listener(new BuildListener() {
            @Override
            public void loaded(String sourceFile, long triples) {
                System.out.println("loaded " + sourceFile);
                System.out.flush();
            }
        }).build().build(InputFiles.list(List.of(Path.of(args[1]))));
        System.out.println("done");
    }
}
