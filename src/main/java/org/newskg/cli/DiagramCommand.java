package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.newskg.rdf.ClassDiagram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newskg diagram}: the ontology's class hierarchy as Graphviz DOT. */
@Command(name = "diagram", mixinStandardHelpOptions = true,
    description = "Prints the ontology's class hierarchy as Graphviz DOT; render it with: dot -Tsvg -o ontology/classes.svg")
public final class DiagramCommand implements Callable<Integer> {
    @Option(names = "--ontology", description = "an ontology file to draw (default: the ontology inside newskg's jar)")
    Path ontology;

    @Override
    public Integer call() {
        Model m;
        if (ontology == null) {
            // the ontology travels inside the jar, so the command works from any folder
            m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
            try (java.io.InputStream in = DiagramCommand.class.getResourceAsStream("/ontology/newskg.ttl")) {
                if (in == null) {
                    throw new IllegalStateException("ontology/newskg.ttl is missing from the jar; rebuild newskg");
                }
                RDFDataMgr.read(m, in, org.apache.jena.riot.Lang.TURTLE);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read the ontology inside the jar", e);
            }
        } else {
            if (!Files.isRegularFile(ontology)) {
                throw new UserError("no ontology file at " + ontology + "; give --ontology FILE, or leave it out to draw the built-in ontology");
            }
            m = RDFDataMgr.loadModel(ontology.toString());
        }
        System.out.print(ClassDiagram.dot(m));
        System.out.flush();
        return 0;
    }
}
