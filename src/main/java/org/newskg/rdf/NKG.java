package org.newskg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The newskg ontology's terms ({@code ontology/newskg.ttl}), the only place their IRIs are
 * written in code. {@code NkgVocabularyTest} checks both ways that every term here is declared
 * in the ontology and that every class and property the ontology declares is here.
 */
public final class NKG {
    public static final String NS = "https://w3id.org/newskg/ontology#";
    public static final String ONTOLOGY_IRI = "https://w3id.org/newskg/ontology";

    // classes
    public static final Resource Article = cls("Article");
    public static final Resource Person = cls("Person");
    public static final Resource Country = cls("Country");
    public static final Resource Mission = cls("Mission");
    public static final Resource Organization = cls("Organization");
    public static final Resource Place = cls("Place");
    public static final Resource Fact = cls("Fact");
    public static final Resource Meeting = cls("Meeting");
    public static final Resource Visit = cls("Visit");
    public static final Resource Contribution = cls("Contribution");
    public static final Resource Position = cls("Position");
    public static final Resource Evidence = cls("Evidence");
    public static final Resource DateResolution = cls("DateResolution");

    // properties
    public static final Property sourceFile = prop("sourceFile");
    public static final Property text = prop("text");
    public static final Property contentHash = prop("contentHash");
    public static final Property mentions = prop("mentions");
    public static final Property publicationDateRule = prop("publicationDateRule");
    public static final Property isoCode = prop("isoCode");
    public static final Property ledBy = prop("ledBy");
    public static final Property locatedIn = prop("locatedIn");
    public static final Property metWith = prop("metWith");
    public static final Property participant = prop("participant");
    public static final Property participatedIn = prop("participatedIn");
    public static final Property date = prop("date");
    public static final Property place = prop("place");
    public static final Property reportCount = prop("reportCount");
    public static final Property reportedIn = prop("reportedIn");
    public static final Property contributedTo = prop("contributedTo");
    public static final Property hasContributor = prop("hasContributor");
    public static final Property contributor = prop("contributor");
    public static final Property mission = prop("mission");
    public static final Property troops = prop("troops");
    public static final Property since = prop("since");
    public static final Property earliest = prop("earliest");
    public static final Property latest = prop("latest");
    public static final Property holdsPosition = prop("holdsPosition");
    public static final Property heldBy = prop("heldBy");
    public static final Property title = prop("title");
    public static final Property country = prop("country");
    public static final Property visited = prop("visited");
    public static final Property visitor = prop("visitor");
    public static final Property destination = prop("destination");
    public static final Property evidence = prop("evidence");
    public static final Property inArticle = prop("inArticle");
    public static final Property sentenceText = prop("sentenceText");
    public static final Property beginOffset = prop("beginOffset");
    public static final Property endOffset = prop("endOffset");
    public static final Property extractor = prop("extractor");
    public static final Property confidence = prop("confidence");
    public static final Property dateResolution = prop("dateResolution");
    public static final Property dateText = prop("dateText");
    public static final Property anchorDate = prop("anchorDate");
    public static final Property dateRule = prop("dateRule");
    public static final Property resolvedDate = prop("resolvedDate");

    private NKG() {
    }

    private static Resource cls(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property prop(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    /** The ontology itself, as it travels inside newskg's jar (so commands and pages need no project folder). */
    public static org.apache.jena.rdf.model.Model ontology() {
        org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        try (java.io.InputStream in = NKG.class.getResourceAsStream("/ontology/newskg.ttl")) {
            if (in == null) {
                throw new IllegalStateException("ontology/newskg.ttl is missing from the jar; rebuild newskg");
            }
            org.apache.jena.riot.RDFDataMgr.read(m, in, org.apache.jena.riot.Lang.TURTLE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the ontology inside the jar", e);
        }
        return m;
    }
}
