package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the windowed NER runs its CRF: words only, no model. */
class WindowedNerStretchesTest {
    private static String stretches(String sentence, boolean personsOnly) {
        List<String> words = Arrays.asList(sentence.split(" "));
        StringBuilder b = new StringBuilder();
        for (int[] s : WindowedNerAnnotator.stretches(words, 2, personsOnly)) {
            b.append('[').append(String.join(" ", words.subList(s[0], s[1]))).append(']');
        }
        return b.toString();
    }

    @Test
    void aWindowAroundEachCapitalisedWordAndNothingFarFromOne() {
        // radius 2 here: two words either side; touching windows merge
        assertEquals("[talks , Aliyev said on][, and Putin agreed]",
            stretches("after a long day of the talks , Aliyev said on the whole that it went well , and Putin agreed", false));
        // a sentence's first word opens a window unless it is a function word
        assertEquals("[Aliyev said on]", stretches("Aliyev said on the whole that it went well", false));
        assertEquals("", stretches("The talks went on the whole well", false));
        // a capital inside a word ("al-Qaida") is a capital
        assertEquals("[fighters of al-Qaida were killed]", stretches("some fighters of al-Qaida were killed today", false));
    }

    @Test
    void withPersonsOnlyAWindowOfCountriesOfficesAndDatesIsLeftOut() {
        String s = "on Monday the U.S. said that the long talks in the end between Aliyev and the president went well";
        assertEquals("[on Monday the U.S. said that][end between Aliyev and the]", stretches(s, false));
        assertEquals("[end between Aliyev and the]", stretches(s, true));
        // a capital may be a name ("Victoria"): its window stays
        assertEquals("[she said Victoria was there]", stretches("she said Victoria was there", true));
        // an office word alone opens no window for persons; beside a name it is in the name's window
        assertEquals("[then the President said nothing]", stretches("then the President said nothing", false));
        assertEquals("", stretches("then the President said nothing", true));
        assertEquals("[then the President Putin said nothing]", stretches("then the President Putin said nothing", true));
    }
}
