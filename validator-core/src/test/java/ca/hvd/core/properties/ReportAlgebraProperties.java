package ca.hvd.core.properties;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.check.CompiledStandard;
import ca.hvd.core.check.Tally;
import ca.hvd.core.engine.DatasetInput;
import ca.hvd.core.engine.SourceOptions;
import ca.hvd.core.engine.ValidationRequest;
import ca.hvd.core.engine.Validator;
import ca.hvd.core.i18n.Message;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.Example;
import ca.hvd.core.report.FieldStats;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.report.FindingGroup;
import ca.hvd.core.report.FindingKey;
import ca.hvd.core.report.Severities;
import ca.hvd.core.report.SourceInfo;
import ca.hvd.core.source.ColumnBinding;
import ca.hvd.core.source.CsvFile;
import ca.hvd.core.source.HeaderMatcher;
import ca.hvd.core.source.Notice;
import ca.hvd.core.standard.Field;
import ca.hvd.core.standard.Standard;
import ca.hvd.core.standard.StandardRegistry;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The algebra of reports: {@link DatasetReport#combine} is associative with
 * {@link DatasetReport#empty} as its identity, and the report of a file is the combination of the
 * reports of its consecutive parts.
 */
class ReportAlgebraProperties {

    private static final String SOURCE = "data.csv";
    private static final SourceInfo FORMAT = new SourceInfo("UTF-8", null, ',', 1);
    private static final Map<String, String> COLUMNS = columns();

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("year", "Year");
        columns.put("name", "Prénom");
        columns.put("count", null);
        return columns;
    }

    // ---- combine on random reports -------------------------------------------------------------

    /** Three reports of parts of one file, with the same settings. */
    record Parts(DatasetReport a, DatasetReport b, DatasetReport c) {
    }

    @Property(tries = 300)
    void combineIsAssociative(@ForAll("threeParts") Parts parts) {
        DatasetReport left = parts.a().combine(parts.b()).combine(parts.c());
        DatasetReport right = parts.a().combine(parts.b().combine(parts.c()));

        assertThat(left).isEqualTo(right);
    }

    @Property(tries = 300)
    void emptyIsTheIdentityOfCombineOnBothSides(@ForAll("threeParts") Parts parts) {
        DatasetReport report = parts.a();
        DatasetReport empty = DatasetReport.empty(SOURCE, FORMAT, COLUMNS, report.exampleLimit());

        assertThat(empty.combine(report)).isEqualTo(report);
        assertThat(report.combine(empty)).isEqualTo(report);
    }

    @Property(tries = 300)
    void combineAddsCountsAndKeepsTheFirstExamplesInOrder(@ForAll("threeParts") Parts parts) {
        DatasetReport a = parts.a();
        DatasetReport b = parts.b();
        DatasetReport both = a.combine(b);

        assertThat(both.records()).isEqualTo(a.records() + b.records());
        TreeSet<FindingKey> keys = new TreeSet<>();
        a.findings().forEach(group -> keys.add(group.key()));
        b.findings().forEach(group -> keys.add(group.key()));
        assertThat(both.findings()).extracting(FindingGroup::key).containsExactlyInAnyOrderElementsOf(keys);
        for (FindingKey key : keys) {
            Optional<FindingGroup> mine = a.finding(key);
            Optional<FindingGroup> theirs = b.finding(key);
            FindingGroup group = both.finding(key).orElseThrow();
            assertThat(group.count()).isEqualTo(mine.map(FindingGroup::count).orElse(0L) + theirs.map(FindingGroup::count).orElse(0L));
            List<Example> examples = new ArrayList<>();
            mine.ifPresent(g -> examples.addAll(g.examples()));
            theirs.ifPresent(g -> examples.addAll(g.examples()));
            assertThat(group.examples()).isEqualTo(examples.subList(0, Math.min(examples.size(), both.exampleLimit())));
        }
        both.fields().forEach((field, stats) -> {
            assertThat(stats.filled()).isEqualTo(a.fields().get(field).filled() + b.fields().get(field).filled());
            assertThat(stats.empty()).isEqualTo(a.fields().get(field).empty() + b.fields().get(field).empty());
        });
    }

    /**
     * Three reports of one file's parts: the same source, format, fields and example limit (0 to
     * 4); each with up to eight groups drawn from a pool of keys, a group's severity and message
     * being those of its key (as a compiled standard gives them), its count at least one and at
     * least its number of examples, its examples at most the limit; fields filled and empty
     * adding up to the part's records.
     */
    @Provide
    Arbitrary<Parts> threeParts() {
        return Arbitraries.integers().between(0, 4).flatMap(limit -> {
            Arbitrary<DatasetReport> report = report(limit);
            return Combinators.combine(report, report, report).as(Parts::new);
        });
    }

    private static final List<FindingKey> KEYS = List.of(
            FindingKey.of(FindingCode.MALFORMED_CSV),
            FindingKey.of(FindingCode.BLANK_ROW),
            FindingKey.of(FindingCode.RAGGED_ROW),
            new FindingKey(FindingCode.MISSING_COLUMN, "count", null, null),
            new FindingKey(FindingCode.TYPE_MISMATCH, "year", "Year", null),
            new FindingKey(FindingCode.OUT_OF_RANGE, "year", "Year", null),
            new FindingKey(FindingCode.LEADING_TRAILING_SPACE, "name", "Prénom", null),
            new FindingKey(FindingCode.LENGTH_OUT_OF_RANGE, "name", "Prénom", null),
            new FindingKey(FindingCode.DUPLICATE_KEY, null, null, "year-name"),
            new FindingKey(FindingCode.RULE_VIOLATION, "year", "Year", "year-requires-name"));

    private static Arbitrary<DatasetReport> report(int limit) {
        Arbitrary<Example> example = Combinators.combine(
                Arbitraries.longs().between(0, 1000), Arbitraries.longs().between(0, 1000),
                Arbitraries.of("1899", "", "Zoë", "\uD83D\uDE00").injectNull(0.2),
                Arbitraries.of(List.<Object>of(), List.<Object>of(7L), List.<Object>of("x", 2)))
                .as(Example::new);
        Arbitrary<FindingGroup> group = Combinators.combine(
                Arbitraries.of(KEYS), example.list().ofMaxSize(limit), Arbitraries.longs().between(0, 50))
                .as((key, examples, extra) -> new FindingGroup(key, key.code().defaultSeverity(),
                        Message.of(key.code().messageKey(), key.field() == null ? "-" : key.field()),
                        Math.max(1, examples.size()) + extra, examples));
        Arbitrary<List<FindingGroup>> groups = group.list().ofMaxSize(8).uniqueElements(FindingGroup::key);
        Arbitrary<List<Long>> filled = Arbitraries.longs().between(0, 100).list().ofSize(COLUMNS.size());
        return Combinators.combine(Arbitraries.longs().between(0, 100), groups, filled).as((records, found, fills) -> {
            Map<String, FieldStats> fields = new LinkedHashMap<>();
            int i = 0;
            for (Map.Entry<String, String> column : COLUMNS.entrySet()) {
                long full = Math.min(records, fills.get(i++));
                fields.put(column.getKey(), new FieldStats(column.getValue(), full, records - full));
            }
            return new DatasetReport(SOURCE, FORMAT, records, found, fields, limit);
        });
    }

    // ---- a file whole and in parts -------------------------------------------------------------

    /** A file for a bundled standard, where to cut it, and how many examples to keep. */
    record Split(String standard, RandomDatasets.Plan plan, List<Integer> cuts, int exampleLimit) {
    }

    private static final StandardRegistry BUNDLED = StandardRegistry.bundled();

    /**
     * Validating a file whole gives the report that combining the reports of its consecutive parts
     * gives.
     *
     * <p>A random file for a bundled standard (see {@link RandomDatasets}; sometimes malformed at
     * its end) is read once; its data records are cut into one to five consecutive, non-empty parts
     * (one empty part when there are no records). Each part is checked by the same
     * {@link CompiledStandard} into its own {@link Tally}, with each record's real line and record
     * number, which {@link CompiledStandard#check} takes from its caller. What
     * reading and the header found is tallied with the first part, the notice that stopped reading
     * with the last; each part is turned into a report, and the reports are combined in order. The
     * whole is validated by {@link Validator}. The two reports are equal in everything: counts,
     * examples with their lines, record numbers and values, field statistics.
     *
     * <p>Splitting the file's text into files of their own (each with a copy of the header) is not
     * how chunks would be validated: each part would detect its encoding, delimiter and header
     * anew, report the header's findings again and number lines from its own start.
     *
     * <p>Two findings cannot be made from parts' reports today, because they are decided on the
     * whole file: {@code duplicate-key} (a tally only knows the keys of its own records, so a key
     * repeated in two parts is reported by neither) and {@code inconsistent-case} (the less common
     * case style is known only once every value is counted). The property turns them off, on both
     * sides. Validating in parts combines the tallies ({@link Tally#combine}), not their reports, and
     * decides those on the whole: {@link ParallelValidationProperties} holds that with every check on.
     */
    @Property(tries = 150)
    void validatingAFileWholeEqualsCombiningItsConsecutiveParts(@ForAll("splits") Split split) throws IOException {
        Standard standard = BUNDLED.resolve(split.standard());
        Severities severities = Severities.of(Map.of(FindingCode.DUPLICATE_KEY, Optional.empty(),
                FindingCode.INCONSISTENT_CASE, Optional.empty()));
        Path file = Files.createTempFile("hvd-parts-", ".csv");
        try {
            Files.writeString(file, RandomDatasets.text(standard, split.plan()), StandardCharsets.UTF_8);
            DatasetInput input = new DatasetInput(file, SOURCE);
            DatasetReport whole = Validator.validate(ValidationRequest.builder(standard)
                    .dataset(input).severities(severities).exampleLimit(split.exampleLimit()).build()).datasets().get(0);

            assertThat(inParts(standard, input, severities, split)).isEqualTo(whole);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** One record as read. */
    private record Read(long line, long record, CsvRecord cells) {
    }

    private static DatasetReport inParts(Standard standard, DatasetInput input, Severities severities, Split split) {
        HeaderMatcher matcher = HeaderMatcher.of(standard);
        CsvFile file = CsvFile.open(input.path(), SourceOptions.DETECT, matcher);
        ColumnBinding binding = matcher.bind(file.header());
        CompiledStandard compiled = CompiledStandard.compile(standard, null, matcher, binding, severities, Map.of());
        List<Read> records = new ArrayList<>();
        Notice stop = file.read((line, record, cells, noInvalidCharacter) -> records.add(new Read(line, record, cells)));

        List<List<Read>> parts = cut(records, split.cuts());
        DatasetReport combined = DatasetReport.empty(input.name(), file.info(), binding.columnNames(standard.fields().stream().map(Field::name).toList()), split.exampleLimit());
        for (int p = 0; p < parts.size(); p++) {
            Tally tally = compiled.newTally(split.exampleLimit(), ValidationRequest.DEFAULT_KEY_MEMORY);
            if (p == 0) {
                file.notices().forEach(notice -> compiled.notice(notice, tally));
                if (file.info().headerLine() > 0) {
                    compiled.start(tally, file.info().headerLine());
                }
            }
            for (Read read : parts.get(p)) {
                compiled.check(read.line(), read.record(), read.cells(), false, tally);
            }
            if (p == parts.size() - 1 && stop != null) {
                compiled.notice(stop, tally);
            }
            combined = combined.combine(compiled.report(tally, input.name(), file.info()));
        }
        return combined;
    }

    /** Consecutive non-empty parts, cut before the records at the given positions (one part when there are no records). */
    private static List<List<Read>> cut(List<Read> records, List<Integer> cuts) {
        TreeSet<Integer> at = new TreeSet<>();
        for (int c : cuts) {
            if (!records.isEmpty() && c % records.size() > 0) {
                at.add(c % records.size());
            }
        }
        List<List<Read>> parts = new ArrayList<>();
        int from = 0;
        for (int to : at) {
            parts.add(records.subList(from, to));
            from = to;
        }
        parts.add(records.subList(from, records.size()));
        return parts;
    }

    @Provide
    Arbitrary<Split> splits() {
        return Combinators.combine(
                Arbitraries.of("newborn-names", "civic-addresses"),
                RandomDatasets.perhapsMalformed(),
                Arbitraries.integers().between(0, 1000).list().ofMaxSize(4),
                Arbitraries.integers().between(0, 3)).as(Split::new);
    }
}
