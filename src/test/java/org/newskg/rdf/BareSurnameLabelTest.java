package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A surname alone is not written as a person's label; other forms of the name are. */
class BareSurnameLabelTest {
    @Test
    void aSurnameAloneBesideAFullName() {
        assertTrue(ArticleGraphMapper.isBareSurname("Harris", "Kamala Harris"));
        assertTrue(ArticleGraphMapper.isBareSurname("Cooper", "Laura Cooper"));
        assertTrue(ArticleGraphMapper.isBareSurname("Kosiniak-Kamysz", "Władysław Kosiniak-Kamysz"));
        assertTrue(ArticleGraphMapper.isBareSurname("Aliev", "Ilham Aliyev")); // a transliteration of the surname is still a surname alone
        // and what stays a label: another spelling of the full name, a given name with the surname, the only name an article gives
        assertFalse(ArticleGraphMapper.isBareSurname("Ilham Aliev", "Ilham Aliyev"));
        assertFalse(ArticleGraphMapper.isBareSurname("K. Harris", "Kamala Harris"));
        assertFalse(ArticleGraphMapper.isBareSurname("Harris", "Harris"));
    }
}
