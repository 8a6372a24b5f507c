package org.newskg.lexicon;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** National government and armed-forces news services ({@code news-services.tsv}): whose release a text is. */
public final class NewsServices {
    /** A service's name as written, the pattern that finds it as whole words, and its country. */
    private record Service(String literal, Pattern name, String country) {
    }

    private static final List<Service> SERVICES = ResourceLines.read("/org/newskg/lexicon/news-services.tsv").stream()
        .map(l -> l.split("\t"))
        // a capital may follow: bylines run into the date ("116th Public Affairs DetachmentMarch 30, 2010")
        .map(f -> new Service(f[0], Pattern.compile("(?<![\\p{L}])" + Pattern.quote(f[0]) + "(?![\\p{Ll}])"), f[1].strip()))
        .toList();

    private NewsServices() {
    }

    /** The country (ISO alpha-2) of the news service a line names, if it names one. */
    public static Optional<String> countryNamedIn(String line) {
        // the name as plain text first: a regex with look-arounds costs far more, and most lines name no service
        return SERVICES.stream().filter(s -> line.contains(s.literal()) && s.name().matcher(line).find()).map(Service::country).findFirst();
    }
}
