package org.newskg.cli;

import org.newskg.nlp.AnnotatorProfile;
import picocli.CommandLine;

/** Reads {@code --profile} ("lean", "coref-statistical"); an unknown name is bad usage (exit 2) naming the valid ones. */
final class ProfileConverter implements CommandLine.ITypeConverter<AnnotatorProfile> {
    @Override
    public AnnotatorProfile convert(String value) {
        try {
            return AnnotatorProfile.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
