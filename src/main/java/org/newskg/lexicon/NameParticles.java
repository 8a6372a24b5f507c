package org.newskg.lexicon;

import java.util.Locale;
import java.util.Set;

/** The lower-case particles of personal names ({@code name-particles.txt}): "de", "al", "bin", "van". */
public final class NameParticles {
    private static final Set<String> PARTICLES = Set.copyOf(ResourceLines.read("/org/newskg/lexicon/name-particles.txt"));

    private NameParticles() {
    }

    /** True for a particle ("de", "Van"), or a particle joined to the next part of the name ("al-Zarqawi", "el-Sisi"). */
    public static boolean isParticle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int hyphen = w.indexOf('-');
        return PARTICLES.contains(hyphen > 0 ? w.substring(0, hyphen) : w);
    }

    /** True for a particle folded as {@code PersonName} folds words. */
    public static boolean isFoldedParticle(String folded) {
        return PARTICLES.contains(folded);
    }
}
