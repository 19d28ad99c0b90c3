package ca.hvd.core.check;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The codes of a code list, for the hot loop's membership test: an open-addressing table hashed on
 * a value's length and three of its characters ({@link #hash}), so that a test costs a few
 * character reads and an {@link String#equals}, where {@link String#hashCode} would read every
 * character of every new string. Immutable.
 */
final class CodeSet {

    private final String[] table;
    private final int mask;
    /** Each code by its lower-case form, for the hint of a value in other letter case. */
    private final Map<String, String> byLowerCase = new HashMap<>();

    CodeSet(Set<String> codes) {
        int slots = Integer.highestOneBit(Math.max(8, codes.size() * 4) - 1) << 1;
        table = new String[slots];
        mask = slots - 1;
        for (String code : codes) {
            int slot = hash(code) & mask;
            while (table[slot] != null) {
                slot = (slot + 1) & mask;
            }
            table[slot] = code;
            byLowerCase.putIfAbsent(code.toLowerCase(Locale.ROOT), code);
        }
    }

    boolean contains(String value) {
        for (int slot = hash(value) & mask; ; slot = (slot + 1) & mask) {
            String code = table[slot];
            if (code == null) {
                return false;
            }
            if (code.equals(value)) {
                return true;
            }
        }
    }

    /**
     * The code a value spells in other letter case ({@code f} for {@code F}), or {@code null}: a
     * hint for a value that is not a code.
     */
    String inOtherCase(String value) {
        return byLowerCase.get(value.toLowerCase(Locale.ROOT));
    }

    /** A hash of a string's length and its first, middle and last characters, spread over the bits. */
    static int hash(String value) {
        int length = value.length();
        int hash = length;
        if (length > 0) {
            hash = hash * 31 + value.charAt(0);
            hash = hash * 31 + value.charAt(length >> 1);
            hash = hash * 31 + value.charAt(length - 1);
        }
        hash *= 0x9E3779B9;
        return hash ^ hash >>> 16;
    }
}
