package org.newskg.lexicon;

/** One way a text can name a country, and of which kind it is (a capital needs context to count). */
public record CountryForm(Country country, Kind kind, String form) {
    /** How a form names its country. */
    public enum Kind { NAME, ABBREVIATION, DEMONYM, CAPITAL }
}
