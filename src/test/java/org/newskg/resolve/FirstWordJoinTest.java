package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityType;
import org.newskg.testing.HandAnnotated;

/** A one-word name that begins the article's one full name joins it (no model loaded). */
class FirstWordJoinTest {
    private static List<String> persons(String... sentences) {
        ResolvedArticle r = EntityResolver.standard().resolve(List.of(HandAnnotated.facts("2012-05-07", sentences)), KnownPersons.none()).get(0);
        return r.entities().stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::label).sorted().toList();
    }

    @Test
    void familyNameFirstOrGivenNameAlone() {
        // the sentence: a Chinese name, family name first, then the family name alone
        assertEquals(List.of("Liang Guanglie"), persons("Liang/NNP/PERSON Guanglie/NNP/PERSON met/VBD/meet reporters/NNS ./.",
            "Liang/NNP/PERSON said/VBD/say the/DT talks/NNS went/VBD/go well/RB ./."));
        // variants: a Vietnamese name, an Ethiopian given name, a three-word name
        assertEquals(List.of("Chi Haotian"), persons("General/NNP Chi/NNP/PERSON Haotian/NNP/PERSON arrived/VBD/arrive ./.",
            "Chi/NNP/PERSON thanked/VBD/thank his/PRP$ hosts/NNS ./."));
        assertEquals(List.of("Abiy Ahmed"), persons("Prime/NNP Minister/NNP Abiy/NNP/PERSON Ahmed/NNP/PERSON flew/VBD/fly to/TO Asmara/NNP/LOCATION ./.",
            "Abiy/NNP/PERSON was/VBD/be greeted/VBN/greet at/IN the/DT airport/NN ./."));
        assertEquals(List.of("Nguyen Tan Dung"), persons("Nguyen/NNP/PERSON Tan/NNP/PERSON Dung/NNP/PERSON spoke/VBD/speak ./.",
            "Nguyen/NNP/PERSON added/VBD/add that/IN ties/NNS grew/VBD/grow ./."));
    }

    @Test
    void notWhenTwoFullNamesBeginWithItOrASurnameMatches() {
        // two Kims: the bare "Kim" stays apart
        assertEquals(List.of("Kim", "Kim Jong Un", "Kim Yo Jong"), persons("Kim/NNP/PERSON Jong/NNP/PERSON Un/NNP/PERSON and/CC Kim/NNP/PERSON "
            + "Yo/NNP/PERSON Jong/NNP/PERSON arrived/VBD/arrive ./.", "Kim/NNP/PERSON spoke/VBD/speak ./."));
        // a surname that ends a full name wins over a first word
        assertEquals(List.of("Gates Hill", "Robert Gates"), persons("Robert/NNP/PERSON Gates/NNP/PERSON met/VBD/meet Gates/NNP/PERSON "
            + "Hill/NNP/PERSON ./.", "Gates/NNP/PERSON said/VBD/say so/RB ./."));
    }
}
