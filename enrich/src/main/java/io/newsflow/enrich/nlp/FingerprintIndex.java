package io.newsflow.enrich.nlp;

import edu.stanford.nlp.util.Index;
import java.io.Writer;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * A CRF's feature index, read-only, that finds a feature string by a 64-bit fingerprint of its characters in one
 * open-addressing table, instead of CoreNLP's {@code HashIndex} (a {@code HashMap<String, Integer>}).
 *
 * <p>Why: the CRF looks up about 46 freshly built feature strings per token, and a HashMap look-up of a hit walks
 * from its table to a node, to the key String, to the key's bytes and back to an Integer, each a cache miss in a
 * map of several hundred thousand entries; that walk was 30% of the enrichment's time (BENCHMARKS.md section 10).
 * Here a look-up hashes the string once and reads one pair of longs (fingerprint, index) per probe, usually in one
 * cache line, and never compares strings.
 *
 * <p>Same answers as the index it copies: construction fails if two features share a fingerprint, so a hit is the
 * feature's own index; a string that is no feature would have to match a feature's 64-bit fingerprint on its probe
 * path to be taken for it, about one chance in 10^18 per look-up.
 *
 * <p>Thread-safe: immutable after construction.
 */
final class FingerprintIndex implements Index<String> {

    private static final long serialVersionUID = 1L;

    /** Marks an empty slot; a fingerprint that comes out 0 is stored and looked up as 1. */
    private static final long EMPTY = 0;

    private final List<String> features;
    /** Slot i holds the fingerprint at 2i and the feature's index at 2i+1. */
    private final long[] slots;
    private final int mask;

    /** A copy of {@code index}, whose features are looked up by fingerprint. */
    FingerprintIndex(Index<String> index) {
        this.features = List.copyOf(index.objectsList());
        int capacity = Integer.highestOneBit(Math.max(2, features.size() * 2 - 1)) << 1; // load factor at most 1/2
        this.slots = new long[2 * capacity];
        this.mask = capacity - 1;
        for (int i = 0; i < features.size(); i++) {
            long fingerprint = fingerprint(features.get(i));
            int slot = (int) fingerprint & mask;
            while (slots[2 * slot] != EMPTY) {
                if (slots[2 * slot] == fingerprint) {
                    throw new IllegalArgumentException("features '" + features.get((int) slots[2 * slot + 1])
                            + "' and '" + features.get(i) + "' have the same fingerprint");
                }
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = fingerprint;
            slots[2 * slot + 1] = i;
        }
    }

    /** FNV-1a over the UTF-16 characters, then MurmurHash3's finalizer so that the low bits pick slots well. */
    static long fingerprint(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0, n = s.length(); i < n; i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == EMPTY ? 1 : h;
    }

    @Override
    public int indexOf(String feature) {
        long fingerprint = fingerprint(feature);
        int slot = (int) fingerprint & mask;
        while (true) {
            long stored = slots[2 * slot];
            if (stored == fingerprint) {
                return (int) slots[2 * slot + 1];
            }
            if (stored == EMPTY) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    @Override
    public int indexOf(String feature, boolean add) {
        int index = indexOf(feature);
        if (index < 0 && add) {
            throw readOnly();
        }
        return index;
    }

    @Override
    public int size() {
        return features.size();
    }

    @Override
    public String get(int i) {
        return features.get(i);
    }

    @Override
    public List<String> objectsList() {
        return features;
    }

    @Override
    public Collection<String> objects(int[] indices) {
        return java.util.Arrays.stream(indices).mapToObj(features::get).toList();
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof String s && indexOf(s) >= 0;
    }

    @Override
    public Iterator<String> iterator() {
        return features.iterator();
    }

    @Override
    public boolean isLocked() {
        return true;
    }

    @Override
    public void lock() {
    }

    @Override
    public void unlock() {
        throw readOnly();
    }

    @Override
    public int addToIndex(String feature) {
        throw readOnly();
    }

    @Override
    public boolean add(String feature) {
        throw readOnly();
    }

    @Override
    public boolean addAll(Collection<? extends String> c) {
        throw readOnly();
    }

    @Override
    public void clear() {
        throw readOnly();
    }

    @Override
    public void saveToWriter(Writer out) {
        throw readOnly();
    }

    @Override
    public void saveToFilename(String file) {
        throw readOnly();
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("a model's feature index is read-only: it is not changed or saved again");
    }
}
