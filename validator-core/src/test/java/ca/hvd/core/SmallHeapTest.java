package ca.hvd.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The hostile-input tests of the library run in a heap of 256 MB, as the issue on hostile input
 * asks of every case: they are tagged {@value #TAG}, and surefire runs that tag alone in a JVM of
 * {@code -Xmx256m} (execution {@code small-heap} of this module's pom), the Jazzer regression
 * tests in another (execution {@code fuzz-regression}).
 */
@Tag(SmallHeapTest.TAG)
public class SmallHeapTest {

    /** The tag of the tests that must pass in a heap of 256 MB. */
    public static final String TAG = "small-heap";

    @Test
    void theHostileInputTestsRunInAHeapOf256Megabytes() {
        assertThat(Runtime.getRuntime().maxMemory()).as("run by the surefire execution small-heap, with -Xmx256m")
                .isLessThanOrEqualTo(256L << 20);
    }
}
