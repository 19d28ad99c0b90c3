package ca.hvd.core.report;

import ca.hvd.core.i18n.Message;
import ca.hvd.core.standard.Dimension;
import java.util.Objects;

/**
 * The verdict along one comparability dimension, its reason in words, and the figures it rests on.
 *
 * @param dimension what the standard declares
 * @param verdict   comparable, with caveats, not comparable, or informational
 * @param reason    why, in plain words (rendered in the report's language)
 * @param evidence  the figures per dataset
 */
public record DimensionResult(Dimension dimension, Verdict verdict, Message reason, Evidence evidence) {

    public DimensionResult {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(evidence, "evidence");
    }
}
