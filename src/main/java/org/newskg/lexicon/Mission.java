package org.newskg.lexicon;

import java.util.List;

/**
 * A named international mission or operation from the mission gazetteer, or one defined in an
 * article's text ("Combined Joint Task Force 101 (CJTF-101)").
 *
 * @param id        stable identifier: the resource id, or a slug of the name for missions defined in text
 * @param name      the full name
 * @param acronyms  acronyms (matched case-sensitively)
 * @param aliases   other names (matched ignoring case)
 * @param ledBy     the alliance, organisation or state that leads it
 * @param theatre   ISO 3166 alpha-2 code of the main country of operations, or empty
 * @param source    where the data came from (a URL), or the article for missions defined in text
 */
public record Mission(String id, String name, List<String> acronyms, List<String> aliases, String ledBy,
                      String theatre, String source) {
}
