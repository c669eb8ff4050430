package io.newsflow.enrich.topology;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * MinHash signatures of a text's word shingles, and the LSH bands that find candidates for similar texts.
 * A text is lower-cased and split into words (letters and digits); its shingles are the runs of {@link #SHINGLE}
 * consecutive words. The share of equal positions in two signatures estimates the Jaccard similarity of the two
 * shingle sets (standard error about 0.04 at 128 hashes). Two texts land in a common band with probability
 * {@code 1 - (1 - J^4)^32}: 0.999 at J = 0.7, 0.8 at J = 0.5, 0.2 at J = 0.3.
 */
public final class MinHash {

    public static final int SHINGLE = 5;
    static final int HASHES = 128;
    static final int ROWS = 4;
    static final int BANDS = HASHES / ROWS;
    /** Texts with fewer shingles are too short for a meaningful similarity (two sentences say too little). */
    static final int MIN_SHINGLES = 8;

    private static final long[] SEEDS = new long[HASHES];

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            s = mix(s + 0x632BE59BD9B4E019L);
            SEEDS[i] = s;
        }
    }

    private MinHash() {
    }

    /** The signature of the text, or null when it has fewer than {@link #MIN_SHINGLES} shingles. */
    public static int[] signature(String text) {
        List<String> words = words(text);
        int shingles = words.size() - SHINGLE + 1;
        if (shingles < MIN_SHINGLES) {
            return null;
        }
        long[] min = new long[HASHES];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        for (int i = 0; i < shingles; i++) {
            long h = 0xCBF29CE484222325L;
            for (int w = i; w < i + SHINGLE; w++) {
                String word = words.get(w);
                for (int c = 0; c < word.length(); c++) {
                    h = (h ^ word.charAt(c)) * 0x100000001B3L;
                }
                h = (h ^ ' ') * 0x100000001B3L;
            }
            for (int k = 0; k < HASHES; k++) {
                long v = mix(h ^ SEEDS[k]);
                if (Long.compareUnsigned(v, min[k]) < 0) {
                    min[k] = v;
                }
            }
        }
        int[] sig = new int[HASHES];
        for (int k = 0; k < HASHES; k++) {
            sig[k] = (int) (min[k] ^ (min[k] >>> 32));
        }
        return sig;
    }

    /** The estimated Jaccard similarity of the shingle sets of two signatures: the share of equal positions. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int k = 0; k < HASHES; k++) {
            if (a[k] == b[k]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    /** The LSH band keys of a signature: texts sharing one are candidates. */
    public static List<String> bands(int[] sig) {
        List<String> keys = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + sig[b * ROWS + r]);
            }
            keys.add(b + ":" + Long.toHexString(h));
        }
        return keys;
    }

    /** Whether two signatures share an LSH band, which is what makes them candidates for each other. */
    public static boolean shareABand(int[] a, int[] b) {
        for (int band = 0; band < BANDS; band++) {
            if (java.util.Arrays.equals(a, band * ROWS, (band + 1) * ROWS, b, band * ROWS, (band + 1) * ROWS)) {
                return true;
            }
        }
        return false;
    }

    static byte[] toBytes(int[] sig) {
        ByteBuffer b = ByteBuffer.allocate(HASHES * 4);
        for (int v : sig) {
            b.putInt(v);
        }
        return b.array();
    }

    static int[] fromBytes(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int[] sig = new int[HASHES];
        for (int k = 0; k < HASHES; k++) {
            sig[k] = b.getInt();
        }
        return sig;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= t.length(); i++) {
            boolean letter = i < t.length() && Character.isLetterOrDigit(t.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(t.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /** SplitMix64's finalizer: a cheap, well-mixed 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
