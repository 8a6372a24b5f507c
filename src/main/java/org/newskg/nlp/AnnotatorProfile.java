package org.newskg.nlp;

import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Named CoreNLP settings, so that what each annotator costs and buys can be measured
 * ({@code newskg bench --profile}) and the default chosen by measurement. {@link #LEAN} is the
 * default; {@link #REFERENCE} is the fixed pipeline newskg's throughput is compared with;
 * {@link #CORENLP_FULL} is the naive pipeline.
 */
public enum AnnotatorProfile {
    /**
     * tokenize and ssplit on every sentence, ner with one CRF model on the stretches around
     * capitalised words ({@link WindowedNerAnnotator}), pos and lemma only on the sentences
     * extraction asks about ({@link TagsOnDemand}); no SUTime, numeric classifiers or
     * fine-grained regexner: newskg finds and resolves dates itself.
     */
    LEAN("tokenize,ssplit,windowedner", "pos,lemma", false, false, false),
    /** LEAN with ner run on every token of every sentence (the same annotators as CoreNLP runs them). */
    LEAN_FULL_NER("tokenize,ssplit,ner", "pos,lemma", false, false, false),
    /**
     * The fixed reference: tokenize, ssplit, pos, lemma, ner on every sentence, NER as in LEAN.
     * Bare, it is what {@code bench --baseline} compares newskg's throughput with; as newskg's
     * profile, it is LEAN with the tagger run everywhere (same facts, measured).
     */
    REFERENCE("tokenize,ssplit,pos,lemma,ner", false, false, false),
    /** LEAN plus SUTime and the numeric classifiers (newskg's dates do not need them). */
    LEAN_SUTIME("tokenize,ssplit,pos,lemma,ner", false, false, true),
    /** LEAN with the default three NER CRF models (all.3class, conll.4class, muc.7class). */
    NER_THREE_MODELS("tokenize,ssplit,pos,lemma,ner", true, false, false),
    /** CoreNLP's default NER: three models, fine-grained regexner, SUTime and numeric classifiers. */
    NER_DEFAULT("tokenize,ssplit,pos,lemma,ner", true, true, true),
    /** LEAN plus the dependency parser. */
    DEPPARSE("tokenize,ssplit,pos,lemma,ner,depparse", false, false, false),
    /** LEAN plus statistical coreference (needs depparse); newskg uses its chains for "he", "the secretary". */
    COREF_STATISTICAL("tokenize,ssplit,pos,lemma,ner,depparse,coref", false, false, false),
    /** LEAN plus fast neural coreference (needs depparse). */
    COREF_FASTNEURAL("tokenize,ssplit,pos,lemma,ner,depparse,coref", false, false, false),
    /** The naive pipeline: CoreNLP's default NER, depparse, statistical coref and KBP. */
    CORENLP_FULL("tokenize,ssplit,pos,lemma,ner,depparse,coref,kbp", true, true, true);

    private final String annotators;
    private final String onDemand;
    private final boolean allNerModels;
    private final boolean fineGrained;
    private final boolean sutime;

    AnnotatorProfile(String annotators, boolean allNerModels, boolean fineGrained, boolean sutime) {
        this(annotators, "", allNerModels, fineGrained, sutime);
    }

    AnnotatorProfile(String annotators, String onDemand, boolean allNerModels, boolean fineGrained, boolean sutime) {
        this.annotators = annotators;
        this.onDemand = onDemand;
        this.allNerModels = allNerModels;
        this.fineGrained = fineGrained;
        this.sutime = sutime;
    }

    /** The CoreNLP properties of this profile. */
    public Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        p.setProperty("tokenize.language", "en");
        // scraped articles keep one paragraph a line and often drop the final full stop
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        if (!allNerModels) {
            p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        }
        p.setProperty("ner.applyFineGrained", Boolean.toString(fineGrained));
        p.setProperty("ner.useSUTime", Boolean.toString(sutime));
        p.setProperty("ner.applyNumericClassifiers", Boolean.toString(sutime));
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.docdate.usePresent", "false");
        if (annotators.contains("windowedner")) {
            p.setProperty("customAnnotatorClass.windowedner", WindowedNerAnnotator.class.getName());
        }
        if (!onDemand.isEmpty()) {
            // ner runs before pos here; the CRF model reads no POS tags (measured: README)
            p.setProperty("enforceRequirements", "false");
        }
        if (annotators.contains("coref")) {
            p.setProperty("coref.algorithm", this == COREF_FASTNEURAL ? "fastneural" : "statistical");
        }
        return p;
    }

    /** The annotators run on every sentence. */
    public String annotators() {
        return annotators;
    }

    /** The annotators run only on the sentences extraction asks about; empty when none are. */
    public String onDemand() {
        return onDemand;
    }

    /** The properties of the on-demand annotators' pipeline (same settings, their annotator list). */
    public Properties onDemandProperties() {
        Properties p = properties();
        p.setProperty("annotators", onDemand);
        p.setProperty("enforceRequirements", "false");
        return p;
    }

    /** The profile a user names ("lean", "coref-statistical"). */
    public static AnnotatorProfile parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown annotator profile '" + name + "'; use one of " + names(), e);
        }
    }

    public static String names() {
        return Arrays.stream(values()).map(AnnotatorProfile::userName).collect(Collectors.joining(", "));
    }

    public String userName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
