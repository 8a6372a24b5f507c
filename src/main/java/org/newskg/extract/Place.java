package org.newskg.extract;

/**
 * A city where something happened.
 *
 * @param city    the city's name ("Washington" for "the Pentagon")
 * @param country ISO 3166-1 alpha-2 code of its country
 * @param text    the words of the article that named it
 */
public record Place(String city, String country, String text) {
}
