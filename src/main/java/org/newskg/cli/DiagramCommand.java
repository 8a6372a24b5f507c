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
            m = org.newskg.rdf.NKG.ontology(); // inside the jar, so the command works from any folder
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
