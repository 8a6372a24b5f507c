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
}
