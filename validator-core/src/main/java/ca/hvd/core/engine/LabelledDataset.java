package ca.hvd.core.engine;

import ca.hvd.core.standard.Profile;
import java.util.Map;
import java.util.Objects;

/**
 * One publisher's file among several read against one standard ({@code hvd compare},
 * {@code hvd harmonize}): the file, a short label, and the layout it is read in.
 *
 * @param label     the short name reports give it, e.g. {@code NS}
 * @param input     the file
 * @param profile   the publisher's layout, one of the standard's profiles, or {@code null} for the
 *                  standard's own
 * @param constants per field, a value for every record ({@code sex=F}); required for the profile's
 *                  parameters
 */
public record LabelledDataset(String label, DatasetInput input, Profile profile, Map<String, String> constants) {

    public LabelledDataset {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(input, "input");
        constants = Map.copyOf(constants);
    }

    /** A builder of a validation request for this file alone, with the run's settings. */
    ValidationRequest.Builder request(ca.hvd.core.standard.Standard standard, ca.hvd.core.report.Severities severities,
                                      int exampleLimit, ProgressListener progress) {
        ValidationRequest.Builder builder = ValidationRequest.builder(standard)
                .profile(profile)
                .severities(severities)
                .exampleLimit(exampleLimit)
                .progress(progress)
                .dataset(input);
        constants.forEach(builder::constant);
        return builder;
    }
}
