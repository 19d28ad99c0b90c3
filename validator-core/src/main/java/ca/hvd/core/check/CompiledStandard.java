package ca.hvd.core.check;

import ca.hvd.core.i18n.Message;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.Example;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.report.FindingKey;
import ca.hvd.core.report.Severities;
import ca.hvd.core.report.SourceInfo;
import ca.hvd.core.report.ValueProfile;
import ca.hvd.core.source.ColumnBinding;
import ca.hvd.core.source.HeaderMatcher;
import ca.hvd.core.source.Notice;
import ca.hvd.core.source.Wanted;
import ca.hvd.core.standard.Code;
import ca.hvd.core.standard.CodeList;
import ca.hvd.core.standard.ConstraintWords;
import ca.hvd.core.standard.Constraints;
import ca.hvd.core.standard.Field;
import ca.hvd.core.standard.FieldSource;
import ca.hvd.core.standard.LinearPattern;
import ca.hvd.core.standard.Profile;
import ca.hvd.core.standard.Rule;
import ca.hvd.core.standard.Standard;
import ca.hvd.core.standard.UniqueKey;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * A standard compiled against one file's layout: everything that can be decided before the first
 * row is decided here, once — which column holds which field (through a profile when one is given),
 * constants, transforms, parsed bounds, code-list sets, compiled patterns. Immutable and shareable
 * between threads; each thread checks records into its own {@link Tally}.
 */
public final class CompiledStandard {

    private final Standard standard;
    private final ColumnBinding binding;
    private final HeaderMatcher matcher;
    private final Slots slots;
    private final int headerWidth;
    private final FieldCheck[] reads;
    private final int[] constantFields;
    private final String[] constantValues;
    private final List<FieldCheck> constantChecks = new ArrayList<>();
    private final RowRule[] recordRules;
    private final RowRule[] cellRules;
    private final UniqueCheck[] uniqueChecks;
    private final Filter filter;
    private final WideLayout wide;
    /** The check of a wide layout's keys (the headers of its spread columns), or {@code null}. */
    private final FieldCheck wideKeys;
    private final CaseCheck[] caseChecks;
    private final boolean[] perCell;
    private final Slot raggedRow;
    private final Slot blankRow;
    private final Map<FindingCode, Slot> fileSlots = new EnumMap<>(FindingCode.class);
    private final List<HeaderFinding> headerFindings = new ArrayList<>();
    private final List<ValueCounter.Domain> domains;

    private record UniqueCheck(int index, int[] fields, Slot slot) {
    }

    /** A finding of the header: its slot, the column's name as written and its 1-based position (0 for none). */
    private record HeaderFinding(Slot slot, String value, int position) {
    }

    private record CaseCheck(int field, Slot slot) {
    }

    /** Keeps the records whose filter column holds one of the kept values. */
    private record Filter(int column, Set<String> keep, Slot slot) {
        boolean keeps(CsvRecord cells, int width) {
            String value = column < width ? CellValues.trim(cells.getField(column)).toLowerCase(Locale.ROOT) : "";
            return keep.contains(value);
        }
    }

    private CompiledStandard(Standard standard, Profile profile, ColumnBinding binding, HeaderMatcher matcher,
                             Severities severities, Map<String, String> constants) {
        this.standard = standard;
        this.binding = binding;
        this.matcher = matcher;
        this.slots = new Slots(severities);
        this.headerWidth = binding.header().size();
        for (FindingCode code : List.of(FindingCode.ENCODING_FALLBACK, FindingCode.ENCODING_MISMATCH, FindingCode.EMPTY_FILE, FindingCode.NO_RECORDS,
                FindingCode.PREAMBLE_SKIPPED, FindingCode.MALFORMED_CSV, FindingCode.LIMIT_EXCEEDED, FindingCode.KNOWN_LAYOUT)) {
            fileSlots.put(code, slots.of(FindingKey.of(code), Message.of(code.messageKey())));
        }
        compileHeader();
        this.raggedRow = slots.of(FindingKey.of(FindingCode.RAGGED_ROW), Message.of(FindingCode.RAGGED_ROW.messageKey(), headerWidth));
        this.blankRow = slots.of(FindingKey.of(FindingCode.BLANK_ROW), Message.of(FindingCode.BLANK_ROW.messageKey()));
        this.filter = compileFilter(profile);
        List<Field> fields = standard.fields();
        this.perCell = new boolean[fields.size()];
        List<Integer> caseFields = new ArrayList<>();
        for (Field field : fields) {
            if (field.text().consistentCase()) {
                caseFields.add(fields.indexOf(field));
            }
        }
        this.caseChecks = caseFields.stream()
                .map(i -> new CaseCheck(i, cellSlot(FindingCode.INCONSISTENT_CASE, fields.get(i).name(), columnName(i))))
                .toArray(CaseCheck[]::new);

        List<FieldCheck> reads = new ArrayList<>();
        List<Integer> constantFields = new ArrayList<>();
        List<String> constantValues = new ArrayList<>();
        Profile.Wide wideLayout = profile == null ? null : profile.wide();
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            FieldSource source = profile == null ? null : profile.fields().get(field.name());
            String constant = constants.containsKey(field.name()) ? constants.get(field.name())
                    : source instanceof FieldSource.Constant c ? c.value() : null;
            if (constant != null) {
                constantFields.add(i);
                constantValues.add(CellValues.trim(constant));
                constantChecks.add(fieldCheck(i, -1, null, null, caseIndex(caseFields, i), null));
            } else if (wideLayout != null && (field.name().equals(wideLayout.key()) || field.name().equals(wideLayout.value()))) {
                perCell[i] = true;
            } else {
                FieldCheck read = columnRead(i, source instanceof FieldSource.Column column ? column : null, caseIndex(caseFields, i));
                if (read != null) {
                    reads.add(read);
                }
            }
        }
        this.reads = reads.toArray(new FieldCheck[0]);
        this.constantFields = constantFields.stream().mapToInt(Integer::intValue).toArray();
        this.constantValues = constantValues.toArray(new String[0]);
        this.wide = wideLayout == null ? null : compileWide(wideLayout, caseFields);
        this.wideKeys = wide == null ? null : fieldCheck(wide.keyField(), -2, null, null, -1, null);
        List<RowRule> rules = compileRules();
        Set<Integer> spreadFields = wide == null ? Set.of() : Set.of(wide.keyField(), wide.valueField());
        this.recordRules = rules.stream().filter(r -> r.fields().stream().noneMatch(spreadFields::contains)).toArray(RowRule[]::new);
        this.cellRules = rules.stream().filter(r -> r.fields().stream().anyMatch(spreadFields::contains)).toArray(RowRule[]::new);
        this.uniqueChecks = compileKeys();
        this.domains = standard.fields().stream()
                .map(field -> new ValueCounter.Domain(kind(field), standard.codeListOf(field).map(CodeList::codes).orElse(null),
                        field.constraints()))
                .toList();
    }

    private ValueProfile.Kind kind(Field field) {
        if (field.codeList() != null) {
            return ValueProfile.Kind.CODE;
        }
        return switch (field.type()) {
            case INTEGER -> ValueProfile.Kind.INTEGER;
            case NUMBER -> ValueProfile.Kind.NUMBER;
            case BOOLEAN -> ValueProfile.Kind.BOOLEAN;
            case DATE -> ValueProfile.Kind.DATE;
            case STRING -> ValueProfile.Kind.TEXT;
        };
    }

    /**
     * Compiles a standard for a file whose header was bound to its layout.
     *
     * @param standard   the standard
     * @param profile    the publisher's layout, or {@code null} for the standard's own
     * @param matcher    the matcher that bound the header
     * @param binding    which column holds what
     * @param severities the severity of each code in this run (the profile's expectations included)
     * @param constants  per field, a value given for the whole file ({@code --set}); these win over
     *                   the file's columns and the profile's constants
     */
    public static CompiledStandard compile(Standard standard, Profile profile, HeaderMatcher matcher, ColumnBinding binding,
                                           Severities severities, Map<String, String> constants) {
        return new CompiledStandard(standard, profile, binding, matcher, severities, Map.copyOf(constants));
    }

    /**
     * A new, empty tally for one thread's share of the file.
     *
     * @param exampleLimit the most examples kept per finding key
     * @param keyMemory    the bytes of unique keys kept in memory before they are spilled to a
     *                     temporary file
     */
    public Tally newTally(int exampleLimit, long keyMemory) {
        return newTally(exampleLimit, keyMemory, null);
    }

    /**
     * A new, empty tally for one thread's share of the file, whose canonical rows and findings an
     * observer hears (see {@link RowObserver}); {@code null} for none.
     *
     * @param exampleLimit the most examples kept per finding key
     * @param keyMemory    the bytes of unique keys kept in memory before they are spilled to a
     *                     temporary file
     * @param observer     hears the share's canonical rows and findings, or {@code null}
     */
    public Tally newTally(int exampleLimit, long keyMemory, RowObserver observer) {
        boolean keyed = Arrays.stream(uniqueChecks).anyMatch(unique -> unique.slot().enabled());
        return new Tally(slots.all(), domains, caseChecks.length, wide == null ? 0 : wide.columns().length, exampleLimit,
                keyMemory, keyed, observer);
    }

    /**
     * Records what is known before the first record: the header's findings (missing, extra,
     * duplicate, blank columns), and the checks of the constants and of a wide layout's keys.
     */
    public void start(Tally tally, long headerLine) {
        for (HeaderFinding finding : headerFindings) {
            // where in the header: two blank headers, or two copies of a column, differ by nothing else
            tally.add(finding.slot(), headerLine, 0, finding.value(),
                    finding.position() > 0 ? List.of(finding.position()) : List.of());
        }
        for (int i = 0; i < constantFields.length; i++) {
            constantChecks.get(i).check(constantValues[i], 0, 0, tally);
        }
        if (wide != null) {
            for (String key : wide.keys()) {
                wideKeys.check(key, headerLine, 0, tally);
            }
        }
    }

    /** Records something reading the file noticed. */
    public void notice(Notice notice, Tally tally) {
        Slot slot = fileSlots.get(notice.code());
        if (slot == null) {
            throw new IllegalArgumentException("not a file-level finding: " + notice.code());
        }
        tally.add(slot, notice.line(), 0, notice.value(), notice.args());
        // a file cut short is said so by this finding, unless it is turned off: then "no records" still says something
        boolean stops = notice.code() == FindingCode.MALFORMED_CSV || notice.code() == FindingCode.LIMIT_EXCEEDED;
        if (stops && slot.severity() != null) {
            tally.cutShort();
        }
    }

    // ---- the hot loop: every record of every file passes through here ----------------------------

    /**
     * Checks one data record.
     *
     * @param line   the physical line it starts on
     * @param record its 1-based number among data records
     * @param cells  its cells
     * @param noInvalidCharacter {@code true} when decoding found no {@linkplain CellValues#isInvalidCharacter
     *               invalid character} in its cells, which are then not scanned for one
     *               ({@link ca.hvd.core.source.CsvFile.RecordSink})
     * @param tally  the calling thread's tally
     */
    public void check(long line, long record, CsvRecord cells, boolean noInvalidCharacter, Tally tally) {
        int width = cells.getFieldCount();
        if (isBlank(cells, width)) {
            tally.record();
            tally.add(blankRow, line, record, null);
            return;
        }
        if (filter != null && !filter.keeps(cells, width)) {
            tally.add(filter.slot(), line, record, filter.column() < width ? cells.getField(filter.column()) : "");
            return;
        }
        if (wide != null && wide.isTotalsRow(cells, width)) {
            String[] totals = new String[wide.columns().length];
            for (int w = 0; w < totals.length; w++) {
                totals[w] = wide.columns()[w] < width ? CellValues.trim(cells.getField(wide.columns()[w])) : "";
            }
            tally.totalsRow(new Tally.TotalsRow(line, record, totals));
            return;
        }
        tally.record();
        if (width != headerWidth) {
            tally.add(raggedRow, line, record, null, List.of(width));
        }
        String[] values = tally.values;
        for (FieldCheck read : reads) {
            String value = read.read(cells, width, noInvalidCharacter, line, record, tally);
            values[read.field] = value;
            if (!value.isEmpty()) {
                tally.filled(read.field, value);
            }
        }
        for (int i = 0; i < constantFields.length; i++) {
            values[constantFields[i]] = constantValues[i];
            if (!constantValues[i].isEmpty()) {
                tally.filled(constantFields[i], constantValues[i]);
            }
        }
        checkRules(recordRules, values, line, record, tally);
        if (wide == null) {
            checkKeys(values, line, record, 0, tally);
            if (tally.observer != null) {
                tally.observer.row(line, record, values);
            }
        } else {
            checkSpread(cells, width, noInvalidCharacter, values, line, record, tally);
        }
    }

    /**
     * Makes one record of each spread cell that is not suppressed, and checks the row total. A
     * suppressed cell is not a missing value (the profile expects it, and {@code suppressed-value}
     * counts it), so only a cell left empty otherwise counts as the value field's empty; the key field
     * (the column's header) is counted only with the records it makes, so its fill rate is that of the
     * records, as in the long layout the records make.
     */
    private void checkSpread(CsvRecord cells, int width, boolean noInvalidCharacter, String[] values, long line, long record,
                             Tally tally) {
        int[] columns = wide.columns();
        long sum = 0;
        boolean bounded = false;
        for (int w = 0; w < columns.length; w++) {
            String raw = columns[w] < width ? cells.getField(columns[w]) : "";
            String trimmed = CellValues.trim(raw);
            if (wide.isSuppressed(trimmed)) {
                tally.add(wide.suppressedSlot(), line, record, raw, List.of(binding.header().get(columns[w])));
                if (!CellValues.isInteger(trimmed)) {
                    bounded = true;
                    tally.boundSpread(w);
                }
                continue;
            }
            String value = wide.valueChecks()[w].check(raw, noInvalidCharacter, line, record, tally);
            if (value.isEmpty()) {
                tally.empty(wide.valueField());
                continue;
            }
            values[wide.keyField()] = wide.keys()[w];
            values[wide.valueField()] = value;
            tally.filled(wide.keyField(), wide.keys()[w]);
            tally.filled(wide.valueField(), value);
            if (CellValues.isInteger(value) && value.length() < 19) {
                long number = Long.parseLong(value.charAt(0) == '+' ? value.substring(1) : value);
                sum += number;
                tally.addToSpread(w, number);
            }
            checkRules(cellRules, values, line, record, tally);
            checkKeys(values, line, record, w, tally);
            if (tally.observer != null) {
                tally.observer.row(line, record, values);
            }
        }
        if (wide.totalColumn() >= 0) {
            String total = wide.totalColumn() < width ? CellValues.trim(cells.getField(wide.totalColumn())) : "";
            if (!total.isEmpty() && (!CellValues.isInteger(total) || total.length() >= 19)) {
                tally.add(wide.rowTotal(), line, record, total, List.of(sum));
            } else if (!total.isEmpty()) {
                long stated = Long.parseLong(total.charAt(0) == '+' ? total.substring(1) : total);
                if (bounded ? stated < sum : stated != sum) {
                    tally.add(wide.rowTotal(), line, record, total, List.of(sum));
                }
            }
        }
    }

    private static void checkRules(RowRule[] rules, String[] values, long line, long record, Tally tally) {
        for (RowRule rule : rules) {
            if (rule.violated(values)) {
                tally.add(rule.slot(), line, record, values[rule.subject()]);
            }
        }
    }

    /** Remembers the record's keys; duplicates are decided on the whole file, in {@link #report}. */
    private void checkKeys(String[] values, long line, long record, int cell, Tally tally) {
        for (UniqueCheck unique : uniqueChecks) {
            if (unique.slot().enabled() && isWhole(values, unique.fields())) {
                tally.key(unique.index(), values, unique.fields(), line, record, cell);
            }
        }
    }

    private static boolean isBlank(CsvRecord cells, int width) {
        for (int i = 0; i < width; i++) {
            if (!CellValues.trim(cells.getField(i)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Whether every part of a key has a value. */
    private static boolean isWhole(String[] values, int[] fields) {
        for (int field : fields) {
            if (values[field].isEmpty()) {
                return false;
            }
        }
        return true;
    }

    // ---- end of the hot loop --------------------------------------------------------------------

    /**
     * The report of a tally: after all records, adds the findings decided on the whole file (no
     * records, duplicate keys, the less common case style, the totals row of a wide layout). Call
     * it once, on the tally of the whole file (the tallies of its parts combined): it uses up the
     * keys the tally remembered.
     *
     * @param tally  the tally of the whole file
     * @param source the file as the user named it
     * @param format how it was read
     */
    public DatasetReport report(Tally tally, String source, SourceInfo format) {
        return report(tally, source, format, null);
    }

    /**
     * The report of a tally, as {@link #report(Tally, String, SourceInfo)} makes it, with threads to
     * share the search for duplicate keys.
     *
     * @param workers threads that go through the keys' partitions, or {@code null} for this thread
     */
    public DatasetReport report(Tally tally, String source, SourceInfo format, ExecutorService workers) {
        return report(tally, source, format, workers, tally.observer);
    }

    /**
     * The report of a tally, as {@link #report(Tally, String, SourceInfo, ExecutorService)}
     * makes it, an observer hearing every duplicate key decided on the whole file (see
     * {@link RowObserver#finding}).
     *
     * @param workers threads that go through the keys' partitions, or {@code null} for this thread;
     *                unused when an observer hears the duplicates, which it does on this thread
     * @param whole   the observer of the whole file, or {@code null}
     */
    public DatasetReport report(Tally tally, String source, SourceInfo format, ExecutorService workers,
                                RowObserver whole) {
        // A file cut short before its first record has a finding that says why; "no records" would mislead.
        if (tally.records() == 0 && headerWidth > 0 && !tally.isCutShort()) {
            tally.add(fileSlots.get(FindingCode.NO_RECORDS), format.headerLine(), 0, null);
        }
        SeenKeys.Sink every = null;
        if (whole != null) {
            every = (unique, duplicate) -> {
                Slot slot = uniqueChecks[unique].slot();
                if (slot.severity() != null) {
                    whole.finding(slot.key(), slot.severity(), duplicate.line(), duplicate.record(), duplicate.key());
                }
            };
        }
        SeenKeys.Duplicates[] duplicates = tally.duplicates(uniqueChecks.length, workers, every);
        for (UniqueCheck unique : uniqueChecks) {
            SeenKeys.Duplicates found = duplicates[unique.index()];
            tally.addAll(unique.slot(), found.count(), found.first().stream()
                    .map(d -> new Example(d.line(), d.record(), d.key(), List.of(d.firstLine())))
                    .toList());
        }
        for (int i = 0; i < caseChecks.length; i++) {
            long capitals = tally.caseCount(i, true);
            long others = tally.caseCount(i, false);
            if (capitals > 0 && others > 0) {
                boolean minorityCapitals = capitals < others;
                tally.addAll(caseChecks[i].slot(), Math.min(capitals, others), tally.caseExamples(i, minorityCapitals));
            }
        }
        Tally.TotalsRow totals = tally.totalsRow();
        if (wide != null && totals != null) {
            for (int w = 0; w < wide.columns().length; w++) {
                String cell = totals.cells()[w];
                if (cell.isEmpty() || wide.isSuppressed(cell)) {
                    continue;
                }
                long sum = tally.spreadSum(w);
                boolean number = CellValues.isInteger(cell) && cell.length() < 19;
                long stated = number ? Long.parseLong(cell.charAt(0) == '+' ? cell.substring(1) : cell) : 0;
                if (!number || (tally.spreadBounded(w) ? stated < sum : stated != sum)) {
                    tally.add(wide.columnTotals()[w], totals.line(), totals.record(), cell, List.of(sum));
                }
            }
        }
        Map<String, String> columns = binding.columnNames(standard.fields().stream().map(Field::name).toList());
        if (wide != null) {
            String spread = spreadLabel();
            columns.put(standard.fields().get(wide.keyField()).name(), spread);
            columns.put(standard.fields().get(wide.valueField()).name(), spread);
        }
        return tally.report(source, format, columns, perCell);
    }

    // ---- compiling ------------------------------------------------------------------------------

    private void compileHeader() {
        for (ColumnBinding.Issue issue : binding.issues()) {
            Message message = issue.code() == FindingCode.MISSING_COLUMN
                    ? Message.of(issue.code().messageKey(), issue.field() == null ? issue.columnName() : matcher.accepted(issue.field()))
                    : Message.of(issue.code().messageKey());
            Slot slot = slots.of(issue.code(), issue.field(), issue.columnName(), null, message);
            headerFindings.add(new HeaderFinding(slot, issue.columnName(), issue.column() + 1));
        }
    }

    private Filter compileFilter(Profile profile) {
        if (profile == null || profile.filter() == null) {
            return null;
        }
        int column = binding.columnOf(Wanted.Role.FILTER, null);
        Set<String> keep = new HashSet<>();
        profile.filter().keep().forEach(value -> keep.add(CellValues.trim(value).toLowerCase(Locale.ROOT)));
        String columnName = column < 0 ? profile.filter().column().get(0) : binding.name(column);
        Slot slot = slots.of(FindingCode.FILTERED_RECORD, null, columnName, null,
                Message.of(FindingCode.FILTERED_RECORD.messageKey(), String.join(", ", profile.filter().keep())));
        return new Filter(column < 0 ? Integer.MAX_VALUE : column, keep, slot);
    }

    /** The read of a field from its column (and fallback column), or {@code null} when the file has neither. */
    private FieldCheck columnRead(int fieldIndex, FieldSource.Column source, int caseIndex) {
        String name = standard.fields().get(fieldIndex).name();
        int primary = binding.columnOf(Wanted.Role.FIELD, name);
        int fallback = binding.columnOf(Wanted.Role.FALLBACK, name);
        if (primary < 0 && fallback < 0) {
            return null;
        }
        if (primary < 0 || fallback < 0) {
            return fieldCheck(fieldIndex, Math.max(primary, fallback), source, null, caseIndex, null);
        }
        FieldCheck second = fieldCheck(fieldIndex, fallback, source, null, caseIndex, null);
        return fieldCheck(fieldIndex, primary, source, null, caseIndex, second);
    }

    /**
     * The checks of a field in one column.
     *
     * @param column   the column index; -1 for a constant, -2 for a wide layout's key (checked on
     *                 the headers of the spread columns)
     * @param header   the header named in findings when it is not the column's, or {@code null}
     * @param fallback the check of the column read when this one is empty (this one then never
     *                 reports a missing required value)
     */
    private FieldCheck fieldCheck(int fieldIndex, int column, FieldSource.Column source, String header, int caseIndex,
                                  FieldCheck fallback) {
        Field field = standard.fields().get(fieldIndex);
        String name = field.name();
        String columnName = header != null ? header : column >= 0 ? binding.header().get(column)
                : column == -2 ? spreadLabel() : null;
        CodeList codeList = standard.codeListOf(field).orElse(null);
        Constraints c = field.constraints();
        boolean text = field.type() == ca.hvd.core.standard.FieldType.STRING;
        FieldCheck.FieldSlots fieldSlots = new FieldCheck.FieldSlots(
                field.required() && fallback == null ? cellSlot(FindingCode.REQUIRED_MISSING, name, columnName) : null,
                cellSlot(FindingCode.LEADING_TRAILING_SPACE, name, columnName),
                cellSlot(FindingCode.INVALID_CHARACTER, name, columnName),
                cellSlot(FindingCode.TYPE_MISMATCH, name, columnName, ConstraintWords.type(field.type())),
                c.pattern() == null ? null : cellSlot(FindingCode.PATTERN_MISMATCH, name, columnName, c.pattern()),
                codeList == null ? null : cellSlot(FindingCode.NOT_IN_CODELIST, name, columnName, codeList.title()),
                c.hasRange() ? cellSlot(FindingCode.OUT_OF_RANGE, name, columnName, ConstraintWords.range(c)) : null,
                c.hasLength() ? cellSlot(FindingCode.LENGTH_OUT_OF_RANGE, name, columnName, ConstraintWords.length(c)) : null,
                field.suppressionThreshold() == null ? null
                        : cellSlot(FindingCode.SMALL_COUNT, name, columnName, field.suppressionThreshold()),
                text && field.text().nameCharacters() ? cellSlot(FindingCode.DIGIT_OR_SYMBOL, name, columnName) : null,
                text && field.text().placeholders() != null ? cellSlot(FindingCode.PLACEHOLDER_VALUE, name, columnName) : null,
                text && field.text().mojibake() ? cellSlot(FindingCode.LIKELY_MOJIBAKE, name, columnName) : null);
        Set<String> placeholders = null;
        if (text && field.text().placeholders() != null) {
            placeholders = new HashSet<>();
            for (Code code : standard.codeLists().get(field.text().placeholders()).entries()) {
                placeholders.add(ValueTransform.fold(code.code()));
            }
        }
        ValueTransform transform = source == null ? null
                : ValueTransform.of(source, source.translate() == null || source.translate().codeList() == null ? null
                        : standard.codeLists().get(source.translate().codeList()));
        return new FieldCheck(fieldIndex, column, field.type(), c, codeList == null ? null : codeList.codes(),
                field.separator(), placeholders,
                field.suppressionThreshold(), caseIndex, transform, fallback, fieldSlots);
    }

    private static int caseIndex(List<Integer> caseFields, int field) {
        return caseFields.indexOf(field);
    }

    private WideLayout compileWide(Profile.Wide layout, List<Integer> caseFields) {
        int keyField = fieldIndex(layout.key());
        int valueField = fieldIndex(layout.value());
        int[] columns = binding.spread();
        String[] keys = binding.spreadKeys().toArray(new String[0]);
        FieldCheck[] valueChecks = new FieldCheck[columns.length];
        Slot[] columnTotals = new Slot[columns.length];
        String valueName = layout.value();
        for (int w = 0; w < columns.length; w++) {
            valueChecks[w] = fieldCheck(valueField, columns[w], null, null, caseIndex(caseFields, valueField), null);
            columnTotals[w] = slots.of(FindingCode.TOTAL_MISMATCH, valueName, binding.header().get(columns[w]), "totals-row",
                    Message.of(FindingCode.TOTAL_MISMATCH.messageKey()));
        }
        Set<String> suppressed = new HashSet<>();
        layout.suppressed().forEach(token -> suppressed.add(CellValues.trim(token)));
        Slot suppressedSlot = slots.of(FindingCode.SUPPRESSED_VALUE, valueName, spreadLabel(), null,
                Message.of(FindingCode.SUPPRESSED_VALUE.messageKey(),
                        String.join(", ", layout.suppressed().stream().map(token -> "\"" + token + "\"").toList())));
        int totalColumn = binding.columnOf(Wanted.Role.TOTAL, null);
        Slot rowTotal = totalColumn < 0 ? null : slots.of(FindingCode.TOTAL_MISMATCH, valueName, binding.name(totalColumn),
                "row-total", Message.of(FindingCode.TOTAL_MISMATCH.messageKey()));
        int markerColumn = -1;
        LinearPattern marker = null;
        if (layout.totalsRow() != null) {
            String markerField = layout.totalsRow().field();
            markerColumn = binding.columnOf(Wanted.Role.FIELD, markerField);
            marker = LinearPattern.compile(layout.totalsRow().pattern());
        }
        return new WideLayout(keyField, valueField, columns, keys, valueChecks, Set.copyOf(suppressed), suppressedSlot,
                totalColumn, rowTotal, markerColumn, marker, columnTotals);
    }

    /** How reports name a wide layout's spread columns: the first and last header, e.g. {@code 1915…2014}. */
    private String spreadLabel() {
        int[] spread = binding.spread();
        if (spread.length == 0) {
            return null;
        }
        String first = binding.header().get(spread[0]);
        String last = binding.header().get(spread[spread.length - 1]);
        return spread.length == 1 ? first : first + "…" + last;
    }

    private Slot cellSlot(FindingCode code, String field, String column, Object... args) {
        return slots.of(code, field, column, null, Message.of(code.messageKey(), args));
    }

    private List<RowRule> compileRules() {
        List<RowRule> checks = new ArrayList<>();
        for (Rule rule : standard.rules()) {
            int subject = fieldIndex(rule.field());
            Slot slot = slots.of(FindingCode.RULE_VIOLATION, rule.field(), columnName(subject), rule.id(),
                    Message.of(FindingCode.RULE_VIOLATION.messageKey(), rule.description()));
            if (rule instanceof Rule.Requires requires) {
                int[] required = requires.requires().stream().mapToInt(this::fieldIndex).toArray();
                checks.add(new RowRule.Requires(subject, required, slot));
            } else if (rule instanceof Rule.Prefix prefix) {
                int of = fieldIndex(prefix.of());
                CodeList list = standard.codeListOf(standard.fields().get(of)).orElseThrow();
                Map<String, String[]> prefixes = new HashMap<>();
                for (Code code : list.entries()) {
                    String attribute = code.attributes().getOrDefault(prefix.attribute(), "").strip();
                    if (!attribute.isEmpty()) {
                        prefixes.put(code.code(), attribute.split("\\s+"));
                    }
                }
                checks.add(new RowRule.Prefix(subject, of, Map.copyOf(prefixes), slot));
            }
        }
        return checks;
    }

    private UniqueCheck[] compileKeys() {
        List<UniqueCheck> checks = new ArrayList<>();
        for (UniqueKey key : standard.uniqueKeys()) {
            int[] fields = key.fields().stream().mapToInt(this::fieldIndex).toArray();
            boolean bound = true;
            for (int field : fields) {
                bound &= isProvided(field);
            }
            if (!bound) {
                continue;
            }
            boolean single = fields.length == 1;
            Slot slot = slots.of(FindingCode.DUPLICATE_KEY, single ? key.fields().get(0) : null,
                    single ? columnName(fields[0]) : keyColumns(fields), key.label(),
                    Message.of(FindingCode.DUPLICATE_KEY.messageKey(), key.label()));
            checks.add(new UniqueCheck(checks.size(), fields, slot));
        }
        return checks.toArray(new UniqueCheck[0]);
    }

    /**
     * The file's columns a composite key reads, joined by {@code +} in the key's order (a wide
     * layout's spread columns as {@link #spreadLabel}); fields given as constants have none.
     * {@code null} when no field of the key is read from a column.
     */
    private String keyColumns(int[] fields) {
        List<String> columns = new ArrayList<>();
        for (int field : fields) {
            String column = wide != null && field == wide.keyField() ? spreadLabel()
                    : wide != null && field == wide.valueField() ? null : columnName(field);
            if (column != null) {
                columns.add(column);
            }
        }
        return columns.isEmpty() ? null : String.join("+", columns);
    }

    /** Whether a field gets values: from a column, a constant or a wide layout. */
    private boolean isProvided(int field) {
        for (FieldCheck read : reads) {
            if (read.field == field) {
                return true;
            }
        }
        for (int constant : constantFields) {
            if (constant == field) {
                return true;
            }
        }
        return wide != null && (field == wide.keyField() || field == wide.valueField());
    }

    private int fieldIndex(String name) {
        List<Field> fields = standard.fields();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("the loader checked that " + name + " exists");
    }

    /** The header of the column a field is read from (its first present column), or {@code null}. */
    private String columnName(int field) {
        String name = standard.fields().get(field).name();
        int column = binding.columnOf(Wanted.Role.FIELD, name);
        if (column < 0) {
            column = binding.columnOf(Wanted.Role.FALLBACK, name);
        }
        return binding.name(column);
    }
}
