package org.newskg.extract;

/** A sentence of an article: its index and character span in the cleaned text. */
public record Sentence(int index, int begin, int end) {
    /** The sentence's text, from the article text it was cut from. */
    public String text(String articleText) {
        return articleText.substring(begin, end);
    }
}
