package org.newskg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The newskg ontology's terms ({@code ontology/newskg.ttl}), the only place their IRIs are
 * written in code. A test checks both ways that every term here is declared in the ontology and
 * that every term the ontology declares is here.
 */
public final class NKG {
    public static final String NS = "https://w3id.org/newskg/ontology#";
    public static final String ONTOLOGY_IRI = "https://w3id.org/newskg/ontology";

    // classes
    public static final Resource Article = cls("Article");
    public static final Resource Person = cls("Person");
    public static final Resource Country = cls("Country");
    public static final Resource Mission = cls("Mission");
    public static final Resource Meeting = cls("Meeting");
    public static final Resource Visit = cls("Visit");
    public static final Resource Contribution = cls("Contribution");
    public static final Resource Position = cls("Position");

    // article properties
    public static final Property sourceFile = prop("sourceFile");
    public static final Property contentHash = prop("contentHash");
    public static final Property mentions = prop("mentions");
    public static final Property publicationDateRule = prop("publicationDateRule");

    // entity properties
    public static final Property isoCode = prop("isoCode");
    public static final Property ledBy = prop("ledBy");

    // fact properties
    public static final Property metWith = prop("metWith");
    public static final Property participant = prop("participant");
    public static final Property date = prop("date");
    public static final Property place = prop("place");
    public static final Property contributedTo = prop("contributedTo");
    public static final Property holdsPosition = prop("holdsPosition");
    public static final Property title = prop("title");
    public static final Property country = prop("country");
    public static final Property visited = prop("visited");

    private NKG() {
    }

    private static Resource cls(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property prop(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
