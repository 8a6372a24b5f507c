package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;

/** Article IRIs: readable, and one per file name. */
class IrisTest {
    private final Iris iris = Iris.standard();

    @Test
    void fileNamesThatASlugMadeOneStayApart() {
        List<String> names = List.of("A.TXT", "a-txt", "a.txt", "报道.txt", "新闻.txt", "dir/a.txt", "dir-a.txt", "a b.txt", "a%20b.txt",
            "Ä.txt", "A\u0308.txt", "x\u0000.txt");
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            String iri = iris.article(n);
            assertTrue(seen.add(iri), n + " shares " + iri);
            IRIx parsed = IRIx.create(iri);
            assertTrue(parsed.isReference() && !parsed.hasViolations(), iri);
        }
        assertEquals("https://w3id.org/newskg/id/article/000_14b2a5db9d82385e.txt", iris.article("000_14b2a5db9d82385e.txt"));
        assertEquals("https://w3id.org/newskg/id/article/dir/a.txt", iris.article("dir/a.txt"));
        assertEquals("https://w3id.org/newskg/id/article/a%20b.txt", iris.article("a b.txt"));
        assertEquals("https://w3id.org/newskg/id/article/a%2520b.txt", iris.article("a%20b.txt"));
        assertEquals("https://w3id.org/newskg/id/article/x%00.txt", iris.article("x\u0000.txt"));
        assertEquals("https://w3id.org/newskg/id/article/报道.txt", iris.article("报道.txt"));
    }
    /** The README's rule for person slugs, on the examples it gives. */
    @Test
    void personSlugsFollowTheDocumentedRule() {
        Iris iris = Iris.standard();
        String base = "https://w3id.org/newskg/id/person/";
        assertEquals(base + "laura-cooper", iris.person(PersonName.parse("Laura Cooper")));
        assertEquals(base + "ilham-aliev", iris.person(PersonName.parse("Ilham Aliyev")));
        assertEquals(base + "ilham-aliev", iris.person(PersonName.parse("Ilham Aliev")));
        assertEquals(base + "recep-erdogan", iris.person(PersonName.parse("Recep Tayyip Erdoğan")));
        assertEquals(base + "james-mattis", iris.person(PersonName.parse("Jim Mattis")));
        assertEquals(base + "robert-gates", iris.person(PersonName.parse("Robert M. Gates")));
        assertEquals(base + "wladyslaw-kosiniakkamysz", iris.person(PersonName.parse("Władysław Kosiniak-Kamysz")));
        assertEquals(base + "charles-degaulle", iris.person(PersonName.parse("Charles de Gaulle")));
        assertEquals(base + "volodymyr-zelensky", iris.person(PersonName.parse("Volodymyr Zelenskyy")));
        assertEquals(base + "lloyd-austin", iris.person(PersonName.parse("Lloyd J. Austin III")));
    }
}
