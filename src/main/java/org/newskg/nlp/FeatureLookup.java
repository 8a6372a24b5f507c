package org.newskg.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A CRF model's feature index with a lookup laid out for the cache. CoreNLP's NER builds each
 * token's feature names as strings and looks each up in the model's {@code HashIndex} (a
 * {@code HashMap} of 346,710 names for english.all.3class), a hundred lookups a token, most for
 * names the model never saw: a fifth of a fresh build's worker samples were in
 * {@code HashMap.getNode} under {@code CRFClassifier.documentToDataAndLabels} (JFR, the bench
 * corpus), waiting on memory (the map's table, then its entry, then the key). Here the names are
 * looked up in {@link StringSlots}, where a name the model lacks is told by one read. The answers
 * are the index's own (built from its list, in its order); every other method, and any lookup once
 * something changed the index, goes to the original, which is also what a model saved with this
 * index writes.
 */
final class FeatureLookup implements Index<String> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(FeatureLookup.class);

    /** The names by number, as the index lists them. */
    private final String[] names;
    private final StringSlots slots;
    /** CoreNLP's own index: the one laid out, or, for a model read in compact form, one made from the names when first needed. */
    private Index<String> original;
    /** Whether the index made from the names is locked, as the stored one was. */
    private final boolean locked;
    /** Set once a change reached the original: lookups go to it from then on. */
    private volatile boolean changed;

    FeatureLookup(Index<String> original) {
        this.original = original;
        this.locked = original.isLocked();
        int n = original.size();
        this.names = new String[n];
        this.slots = new StringSlots(n);
        for (int i = 0; i < n; i++) {
            String name = original.get(i);
            names[i] = name;
            if (name != null) {
                slots.putIfAbsent(name, i); // the first of equal names, as HashIndex keeps it
            }
        }
    }

    /** The lookup a compact model stored ({@link CompactCrfModel}): the names by number and their slots. */
    FeatureLookup(String[] names, StringSlots slots, boolean locked) {
        this.names = names;
        this.slots = slots;
        this.locked = locked;
    }

    /** The names by number and their slots, as {@link CompactCrfModel} stores them. */
    String[] names() {
        return names;
    }

    StringSlots slots() {
        return slots;
    }

    boolean locked() {
        return locked;
    }

    /** CoreNLP's own index, made from the names the first time a method needs it. */
    private synchronized Index<String> original() {
        if (original == null) {
            original = new HashIndex<>(java.util.Arrays.asList(names));
            if (locked) {
                original.lock();
            }
        }
        return original;
    }

    /** A model serialised with this index writes CoreNLP's own: the lookup table is rebuilt from it when installed. */
    private Object writeReplace() {
        return original();
    }

    @Override
    public int indexOf(String name) {
        if (changed || name == null) {
            return original().indexOf(name);
        }
        return slots.find(name);
    }

    @Override
    public int indexOf(String name, boolean add) {
        return add ? changing().indexOf(name, true) : indexOf(name);
    }

    /** The original, about to be changed: lookups go to it from now on. */
    private Index<String> changing() {
        Index<String> o = original();
        changed = true;
        return o;
    }

    @Override
    public int size() {
        return changed ? original().size() : names.length;
    }

    @Override
    public String get(int i) {
        return changed ? original().get(i) : names[i];
    }

    @Override
    public int addToIndex(String name) {
        return changing().addToIndex(name);
    }

    @Override
    public List<String> objectsList() {
        return original().objectsList();
    }

    @Override
    public Collection<String> objects(int[] indices) {
        return original().objects(indices);
    }

    @Override
    public synchronized boolean isLocked() {
        return original == null ? locked : original.isLocked();
    }

    @Override
    public void lock() {
        original().lock();
    }

    @Override
    public void unlock() {
        original().unlock();
    }

    @Override
    public void saveToWriter(Writer out) throws IOException {
        original().saveToWriter(out);
    }

    @Override
    public void saveToFilename(String file) {
        original().saveToFilename(file);
    }

    @Override
    public boolean contains(Object o) {
        return original().contains(o);
    }

    @Override
    public boolean add(String name) {
        return changing().add(name);
    }

    @Override
    public boolean addAll(Collection<? extends String> all) {
        return changing().addAll(all);
    }

    @Override
    public void clear() {
        changing().clear();
    }

    @Override
    public Iterator<String> iterator() {
        return original().iterator();
    }

    @Override
    public String toString() {
        return original().toString();
    }

    /**
     * Gives each CRF among these classifiers its feature index laid out for lookups. CoreNLP keeps
     * the index package-private; should a later CoreNLP lay it out otherwise, nothing changes (the
     * same tags, slower) and a warning says so.
     */
    @SuppressWarnings("unchecked")
    static void install(List<AbstractSequenceClassifier<?>> classifiers) {
        try {
            Field field = CRFClassifier.class.getDeclaredField("featureIndex");
            field.setAccessible(true);
            for (AbstractSequenceClassifier<?> c : classifiers) {
                if (c instanceof CRFClassifier<?> crf && field.get(crf) instanceof Index<?> index && !(index instanceof FeatureLookup)) {
                    field.set(crf, new FeatureLookup((Index<String>) index));
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("cannot reach the NER models' feature index in this CoreNLP version ({}): features are looked up in its own map", e.toString());
        }
    }
}
