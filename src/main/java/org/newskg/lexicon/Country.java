package org.newskg.lexicon;

import java.util.List;

/**
 * A sovereign state from the country gazetteer.
 *
 * @param iso2      ISO 3166-1 alpha-2 code: the country's identity in the graph
 * @param iso3      ISO 3166-1 alpha-3 code
 * @param name      common English name
 * @param official  official name
 * @param capitals  capital cities
 */
public record Country(String iso2, String iso3, String name, String official, List<String> capitals) {
}
