package org.newskg.extract;

/**
 * Where a fact was read: the sentence, the character span of the words that say it, the rule
 * that read them, and how confident the rule is.
 */
public record Evidence(int sentence, int begin, int end, String rule, double confidence) {
    public Evidence {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
        if (begin > end) {
            throw new IllegalArgumentException("evidence span ends before it begins: " + begin + ".." + end);
        }
    }

    /** The same span read by a further rule: "title-before-name+national-office", confidence at most {@code cap}. */
    public Evidence derived(String ruleSuffix, double cap) {
        return new Evidence(sentence, begin, end, rule + "+" + ruleSuffix, Math.min(confidence, cap));
    }
}
