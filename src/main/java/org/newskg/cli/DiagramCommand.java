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
    @Option(names = "--ontology", defaultValue = "ontology/newskg.ttl", description = "the ontology file (default: ${DEFAULT-VALUE})")
    Path ontology;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(ontology)) {
            throw new UserError("no ontology at " + ontology + "; run from the project folder or give --ontology FILE");
        }
        Model m = RDFDataMgr.loadModel(ontology.toString());
        System.out.print(ClassDiagram.dot(m));
        System.out.flush();
        return 0;
    }
}
