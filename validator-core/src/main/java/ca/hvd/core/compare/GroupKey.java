package ca.hvd.core.compare;

import java.util.Arrays;
import java.util.List;

/** How the values of a group's fields are joined into one key, and read back. */
final class GroupKey {

    /** Between the values of a key (the information separator "unit separator"). */
    static final char SEPARATOR = '\u001F';

    private GroupKey() {
    }

    static List<String> parts(String key) {
        return Arrays.asList(key.split(String.valueOf(SEPARATOR), -1));
    }
}
