package org.newskg.nlp;

import java.io.InvalidObjectException;
import java.io.Serial;
import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The CRF feature factory's word-cluster lexicon (word to cluster), read-only, looked up in
 * {@link StringSlots}. A model saved with it writes a {@code HashMap}, as CoreNLP's does.
 */
final class WordClusters extends AbstractMap<String, String> implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    private final String[] words;
    private final String[] clusters;
    private final int[] clusterOf;
    private final StringSlots slots;

    WordClusters(String[] words, String[] clusters, int[] clusterOf, StringSlots slots) {
        this.words = words;
        this.clusters = clusters;
        this.clusterOf = clusterOf;
        this.slots = slots;
    }

    String[] words() {
        return words;
    }

    String[] clusters() {
        return clusters;
    }

    int[] clusterOf() {
        return clusterOf;
    }

    StringSlots slots() {
        return slots;
    }

    static WordClusters of(Map<?, ?> map) throws InvalidObjectException {
        String[] words = new String[map.size()];
        int[] clusterOf = new int[map.size()];
        Map<String, Integer> clusterNumbers = new HashMap<>();
        StringSlots slots = new StringSlots(map.size());
        int i = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String word) || !(e.getValue() instanceof String cluster)) {
                throw new InvalidObjectException("a lexicon entry that is not two strings: " + e);
            }
            words[i] = word;
            clusterOf[i] = clusterNumbers.computeIfAbsent(cluster, c -> clusterNumbers.size());
            slots.putIfAbsent(word, i);
            i++;
        }
        String[] clusters = new String[clusterNumbers.size()];
        clusterNumbers.forEach((c, n) -> clusters[n] = c);
        return new WordClusters(words, clusters, clusterOf, slots);
    }

    @Override
    public String get(Object key) {
        if (!(key instanceof String word)) {
            return null;
        }
        int n = slots.find(word);
        return n < 0 ? null : clusters[clusterOf[n]];
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String word && slots.find(word) >= 0;
    }

    @Override
    public int size() {
        return words.length;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < words.length;
                    }

                    @Override
                    public Map.Entry<String, String> next() {
                        if (next >= words.length) {
                            throw new NoSuchElementException();
                        }
                        int n = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(words[n], clusters[clusterOf[n]]);
                    }
                };
            }

            @Override
            public int size() {
                return words.length;
            }
        };
    }

    @Serial
    private Object writeReplace() {
        return new HashMap<>(this);
    }
}
