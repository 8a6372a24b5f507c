package org.newskg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Header lines that say which government's news service published a release. */
class NewsServicesTest {
    @Test
    void aServiceNamedInABylineOrDateline() {
        assertEquals(Optional.of("US"), NewsServices.countryNamedIn("By Sgt. Joshua Dodds, 116th Public Affairs DetachmentMarch 30, 2010"));
        assertEquals(Optional.of("US"), NewsServices.countryNamedIn("EAGLE BASE, Bosnia and Herzegovina (Army News Service, Jan. 6, 2003) -"));
        assertEquals(Optional.of("US"), NewsServices.countryNamedIn("MANAMA, Bahrain (NNS) -- German Rear Adm. Henning Hoops assumed command"));
        assertEquals(Optional.of("US"), NewsServices.countryNamedIn("By Jim Garamone, American Forces Press Service"));
        // and two it must not: a wire service; words of a service's name that are not the name
        assertEquals(Optional.empty(), NewsServices.countryNamedIn("By Jim Garamone, Reuters"));
        assertEquals(Optional.empty(), NewsServices.countryNamedIn("the Ministry of Public Affairs said the Army News was late"));
    }
}
