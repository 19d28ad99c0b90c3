package ca.hvd.core.engine;

import ca.hvd.core.compare.ComparabilityPlan;
import ca.hvd.core.compare.ComparabilityTally;
import ca.hvd.core.compare.ComparisonBuilder;
import ca.hvd.core.report.ComparisonReport;
import ca.hvd.core.report.DatasetReport;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the files of several publishers along the comparability dimensions of a standard: each
 * file is validated in its own layout, and the same single pass feeds its canonical rows to a
 * {@link ComparabilityTally}; the tallies and the conformance reports then make a
 * {@link ComparisonReport}. A large file is read in parts on several threads like any validation
 * ({@link ComparisonRequest#threads()}): each part has a comparability tally of its own, and the
 * parts' tallies are combined in file order, like their conformance tallies, so the comparison is
 * the same whatever the number of threads.
 */
public final class Comparer {

    private Comparer() {
    }

    /**
     * Runs a comparison.
     *
     * @throws ca.hvd.core.SourceException when a file cannot be read at all
     */
    public static ComparisonReport compare(ComparisonRequest request) {
        ComparabilityPlan plan = ComparabilityPlan.of(request.standard(), request.exampleLimit());
        List<ComparisonBuilder.Input> inputs = new ArrayList<>();
        for (LabelledDataset dataset : request.datasets()) {
            ValidationRequest validation = dataset.request(request.standard(), request.severities(), request.exampleLimit(),
                    request.progress()).threads(request.threads()).chunkSize(request.chunkSize()).build();
            Observation<ComparabilityTally> tallies = Observation.inParts(plan::newTally, ComparabilityTally::combine);
            DatasetReport report = Validator.validate(validation, dataset.input(), 0, tallies);
            inputs.add(new ComparisonBuilder.Input(dataset.label(), dataset.profile(), dataset.constants(), report,
                    tallies.whole()));
        }
        return ComparisonBuilder.build(request.standard(), inputs);
    }
}
