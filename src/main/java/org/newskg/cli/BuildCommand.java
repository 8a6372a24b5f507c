package org.newskg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.ingest.ArticleReader;
import org.newskg.nlp.AnnotatorProfile;
import org.newskg.nlp.NlpPipeline;
import org.newskg.ingest.InputFile;
import org.newskg.ingest.InputFiles;
import org.newskg.pipeline.BuildListener;
import org.newskg.pipeline.BuildReport;
import org.newskg.pipeline.KnowledgeGraphBuilder;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.RemoteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newskg build}: extract from files or folders and load into the store. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Extracts entities and facts from articles (plain UTF-8 text files, or folders of them) and loads one named graph per article into the store. An article already in the store is replaced; one whose content is unchanged is skipped. Unreadable files are reported and skipped.")
public final class BuildCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "article files or folders (read recursively)")
    List<Path> inputs;

    @Option(names = "--endpoint", paramLabel = "URL",
        description = "load into a running Fuseki dataset (e.g. http://localhost:3030/kg) instead of the local store")
    String endpoint;

    @Option(names = "--password-file", paramLabel = "FILE",
        description = "with --endpoint: log in as a user of FILE ('user: password' lines, the server's own file will do)")
    Path passwordFile;

    @Option(names = "--user", paramLabel = "NAME", description = "with --password-file: the user to log in as (default: the file's only user)")
    String user;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--force", description = "rebuild articles even if unchanged")
    boolean force;

    @Option(names = "--prune", description = "remove from the store the articles whose files are no longer among the inputs")
    boolean prune;

    @Option(names = "--max-bytes", paramLabel = "N", description = "largest file accepted (default: 5 MiB)")
    long maxBytes = ArticleReader.DEFAULT_MAX_BYTES;

    @Option(names = "--profile", paramLabel = "P", defaultValue = "lean", converter = ProfileConverter.class,
        description = "CoreNLP annotator profile (default: ${DEFAULT-VALUE}); see README, 'NLP: annotators and what they cost'")
    AnnotatorProfile profile;

    @Override
    public Integer call() throws IOException {
        if (profile == AnnotatorProfile.LEAN && endpoint == null && (force || !StoreOptions.isStore(storeOptions.store))) {
            // every file will be annotated: load the models while the store opens and the files are read
            NlpPipeline.preload();
        }
        InputFiles.Scan scan = InputFiles.scan(inputs);
        List<InputFile> files = scan.files();
        PrintStream err = System.err;
        // what cannot be read is reported by name and skipped; the rest of the batch goes on
        scan.problems().forEach(p -> err.println("newskg: skipped " + p.name() + ": " + p.reason()));
        if (files.isEmpty()) {
            throw new UserError("no article files under " + inputs + (scan.problems().isEmpty() ? "" : " (" + scan.problems().size()
                + " skipped, see above)") + "; give article files or folders that contain some");
        }
        try (KnowledgeStore store = endpoint != null ? remote() : storeOptions.open()) {
            KnowledgeGraphBuilder.Builder b = KnowledgeGraphBuilder.create().store(store).force(force).prune(prune).profile(profile)
                .reader(ArticleReader.create().withMaxBytes(maxBytes))
                .listener(new Progress(err));
            if (threads != null) {
                b.threads(threads);
            }
            if (prune && !scan.problems().isEmpty()) {
                throw new UserError("--prune with inputs that could not be read would remove their articles; fix or drop them first");
            }
            BuildReport r = b.build().build(files);
            int skipped = r.skipped().size() + scan.problems().size();
            System.out.printf("built %d of %d files into %s: %d loaded, %d unchanged, %s%d skipped%s, %,d triples, %.1f s%n",
                r.loaded() + r.unchanged(), r.files() + scan.problems().size(), endpoint != null ? endpoint : storeOptions.store,
                r.loaded(), r.unchanged(), r.duplicates().isEmpty() ? "" : r.duplicates().size() + (r.duplicates().size() == 1 ? " duplicate, " : " duplicates, "),
                skipped, prune ? ", " + r.pruned() + " pruned" : "", r.triples(), r.millis() / 1000.0);
            scan.problems().forEach(p -> System.out.println("skipped " + p.name() + ": " + p.reason()));
            for (BuildReport.Skipped s : r.skipped()) {
                System.out.println("skipped " + s.sourceFile() + ": " + s.reason());
            }
            r.duplicates().forEach((dup, of) -> System.out.println("duplicate " + dup + ": the same bytes as " + of + ", which is kept"));
            return r.complete() && scan.problems().isEmpty() ? 0 : 1;
        }
    }

    private RemoteStore remote() {
        if (passwordFile == null) {
            return new RemoteStore(endpoint);
        }
        org.newskg.serve.PasswordFile.Credentials c = Credentials.from(passwordFile, user);
        return new RemoteStore(endpoint, c.user(), c.password());
    }

    /** Prints progress on stderr: every article on short runs, every 5 % on long ones. */
    static final class Progress implements BuildListener {
        private final PrintStream err;

        Progress(PrintStream err) {
            this.err = err;
        }

        @Override
        public void processed(int done, int total, String sourceFile) {
            int step = Math.max(1, total / 20);
            if (total <= 50 || done % step == 0 || done == total) {
                err.printf("[%d/%d] %s%n", done, total, sourceFile);
            }
        }

        @Override
        public void skipped(String sourceFile, String reason) {
            err.println("newskg: skipped " + sourceFile + ": " + reason);
        }
    }
}
