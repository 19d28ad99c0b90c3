package ca.hvd.core.engine;

import ca.hvd.core.report.DatasetReport;
import java.util.List;

/**
 * What a harmonized export wrote.
 *
 * @param sources   the conformance report of each file as published, in request order
 * @param canonical the conformance report of the canonical rows, all files together: what decided
 *                  which rows are rejected
 * @param written   rows written to the output
 * @param rejected  rows written to the rejects instead (0 with {@code keepInvalid})
 * @param invalid   rows with at least one error, rejected or kept
 */
public record HarmonizeResult(List<DatasetReport> sources, DatasetReport canonical, long written, long rejected,
                              long invalid) {

    public HarmonizeResult {
        sources = List.copyOf(sources);
    }
}
