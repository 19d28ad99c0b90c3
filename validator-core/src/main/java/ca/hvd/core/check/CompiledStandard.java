package ca.hvd.core.check;

import ca.hvd.core.i18n.Message;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.report.FindingKey;
import ca.hvd.core.report.Severities;
import ca.hvd.core.report.SourceInfo;
import ca.hvd.core.report.ValueProfile;
import ca.hvd.core.source.ColumnBinding;
import ca.hvd.core.source.Notice;
import ca.hvd.core.standard.CodeList;
import ca.hvd.core.standard.ConstraintWords;
import ca.hvd.core.standard.Constraints;
import ca.hvd.core.standard.Field;
import ca.hvd.core.standard.Rule;
import ca.hvd.core.standard.Standard;
import ca.hvd.core.standard.UniqueKey;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A standard compiled against one file's columns: everything that can be decided before the first
 * row is decided here, once. Immutable and shareable between threads; each thread checks records
 * into its own {@link Tally}.
 */
public final class CompiledStandard {

    private final Standard standard;
    private final ColumnBinding binding;
    private final Slots slots;
    private final int headerWidth;
    private final FieldCheck[] fieldChecks;
    private final RequiresCheck[] requiresChecks;
    private final UniqueCheck[] uniqueChecks;
    private final Slot raggedRow;
    private final Slot blankRow;
    private final Map<FindingCode, Slot> fileSlots = new EnumMap<>(FindingCode.class);
    private final List<HeaderFinding> headerFindings = new ArrayList<>();
    private final List<ValueProfile.Kind> kinds;

    private record RequiresCheck(int field, int[] requires, Slot slot) {
    }

    private record UniqueCheck(int index, int[] fields, Slot slot) {
    }

    private record HeaderFinding(Slot slot, String value) {
    }

    private CompiledStandard(Standard standard, ColumnBinding binding, Severities severities) {
        this.standard = standard;
        this.binding = binding;
        this.slots = new Slots(severities);
        this.headerWidth = binding.header().size();
        for (FindingCode code : List.of(FindingCode.ENCODING_FALLBACK, FindingCode.EMPTY_FILE, FindingCode.NO_RECORDS,
                FindingCode.PREAMBLE_SKIPPED, FindingCode.MALFORMED_CSV)) {
            fileSlots.put(code, slots.of(FindingKey.of(code), Message.of(code.messageKey())));
        }
        compileHeader();
        this.raggedRow = slots.of(FindingKey.of(FindingCode.RAGGED_ROW), Message.of(FindingCode.RAGGED_ROW.messageKey(), headerWidth));
        this.blankRow = slots.of(FindingKey.of(FindingCode.BLANK_ROW), Message.of(FindingCode.BLANK_ROW.messageKey()));
        this.fieldChecks = compileFields();
        this.requiresChecks = compileRules();
        this.uniqueChecks = compileKeys();
        this.kinds = standard.fields().stream().map(this::kind).toList();
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
     * Compiles a standard for a file whose header was bound to its fields.
     *
     * @param standard   the standard
     * @param binding    which column holds which field
     * @param severities the severity of each code in this run
     */
    public static CompiledStandard compile(Standard standard, ColumnBinding binding, Severities severities) {
        return new CompiledStandard(standard, binding, severities);
    }

    /** A new, empty tally for one thread's share of the file. */
    public Tally newTally(int exampleLimit) {
        return new Tally(slots.all(), kinds, uniqueChecks.length, exampleLimit);
    }

    /** Records the header's findings (missing, extra, duplicate, blank columns) in a tally. */
    public void checkHeader(Tally tally, long headerLine) {
        for (HeaderFinding finding : headerFindings) {
            tally.add(finding.slot(), headerLine, 0, finding.value());
        }
    }

    /** Records something reading the file noticed. */
    public void notice(Notice notice, Tally tally) {
        Slot slot = fileSlots.get(notice.code());
        if (slot == null) {
            throw new IllegalArgumentException("not a file-level finding: " + notice.code());
        }
        tally.add(slot, notice.line(), 0, notice.value(), notice.args());
    }

    // ---- the hot loop: every record of every file passes through here ----------------------------

    /**
     * Checks one data record.
     *
     * @param line   the physical line it starts on
     * @param record its 1-based number among data records
     * @param cells  its cells
     * @param tally  the calling thread's tally
     */
    public void check(long line, long record, CsvRecord cells, Tally tally) {
        tally.record();
        int width = cells.getFieldCount();
        if (isBlank(cells, width)) {
            tally.add(blankRow, line, record, null);
            return;
        }
        if (width != headerWidth) {
            tally.add(raggedRow, line, record, null, List.of(width));
        }
        String[] values = tally.values;
        for (FieldCheck check : fieldChecks) {
            values[check.field] = check.column < width
                    ? check.check(cells.getField(check.column), line, record, tally)
                    : "";
        }
        for (RequiresCheck rule : requiresChecks) {
            if (!values[rule.field()].isEmpty()) {
                for (int required : rule.requires()) {
                    if (values[required].isEmpty()) {
                        tally.add(rule.slot(), line, record, values[rule.field()]);
                        break;
                    }
                }
            }
        }
        for (UniqueCheck unique : uniqueChecks) {
            String key = key(values, unique.fields());
            if (key != null) {
                long first = tally.key(unique.index(), key, line);
                if (first >= 0) {
                    tally.add(unique.slot(), line, record, display(values, unique.fields()), List.of(first));
                }
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

    /** The key of a record, or {@code null} when a part of it is empty. */
    private static String key(String[] values, int[] fields) {
        if (fields.length == 1) {
            String value = values[fields[0]];
            return value.isEmpty() ? null : value;
        }
        StringBuilder key = new StringBuilder();
        for (int field : fields) {
            String value = values[field];
            if (value.isEmpty()) {
                return null;
            }
            key.append(value.length()).append(':').append(value);
        }
        return key.toString();
    }

    // ---- end of the hot loop --------------------------------------------------------------------

    private static String display(String[] values, int[] fields) {
        StringBuilder text = new StringBuilder();
        for (int field : fields) {
            text.append(text.length() == 0 ? "" : " | ").append(values[field]);
        }
        return text.toString();
    }

    /**
     * The report of a tally: after all records, adds the dataset-level findings (no records).
     *
     * @param tally  the tally of the whole file
     * @param source the file as the user named it
     * @param format how it was read
     */
    public DatasetReport report(Tally tally, String source, SourceInfo format) {
        if (tally.records() == 0 && headerWidth > 0) {
            tally.add(fileSlots.get(FindingCode.NO_RECORDS), format.headerLine(), 0, null);
        }
        return tally.report(source, format, binding.columnNames());
    }

    private void compileHeader() {
        for (ColumnBinding.Issue issue : binding.issues()) {
            Message message = issue.code() == FindingCode.MISSING_COLUMN
                    ? Message.of(issue.code().messageKey(), acceptedHeaders(issue.field()))
                    : Message.of(issue.code().messageKey());
            Slot slot = slots.of(issue.code(), issue.field(), issue.columnName(), null, message);
            headerFindings.add(new HeaderFinding(slot, issue.columnName()));
        }
    }

    private String acceptedHeaders(String fieldName) {
        Field field = standard.field(fieldName).orElseThrow();
        List<String> names = new ArrayList<>();
        names.add(field.name());
        names.addAll(field.aliases().all());
        return String.join(", ", names);
    }

    private FieldCheck[] compileFields() {
        List<FieldCheck> checks = new ArrayList<>();
        List<Field> fields = standard.fields();
        for (int i = 0; i < fields.size(); i++) {
            int column = binding.columnOf(i);
            if (column < 0) {
                continue;
            }
            Field field = fields.get(i);
            String name = field.name();
            String header = binding.header().get(column);
            CodeList codeList = standard.codeListOf(field).orElse(null);
            Constraints c = field.constraints();
            FieldCheck.FieldSlots fieldSlots = new FieldCheck.FieldSlots(
                    field.required() ? cellSlot(FindingCode.REQUIRED_MISSING, name, header) : null,
                    cellSlot(FindingCode.LEADING_TRAILING_SPACE, name, header),
                    cellSlot(FindingCode.INVALID_CHARACTER, name, header),
                    cellSlot(FindingCode.TYPE_MISMATCH, name, header, ConstraintWords.type(field.type())),
                    c.pattern() == null ? null : cellSlot(FindingCode.PATTERN_MISMATCH, name, header, c.pattern()),
                    codeList == null ? null : cellSlot(FindingCode.NOT_IN_CODELIST, name, header, codeList.title()),
                    c.hasRange() ? cellSlot(FindingCode.OUT_OF_RANGE, name, header, ConstraintWords.range(c)) : null,
                    c.hasLength() ? cellSlot(FindingCode.LENGTH_OUT_OF_RANGE, name, header, ConstraintWords.length(c)) : null);
            checks.add(new FieldCheck(i, column, field.type(), c, codeList == null ? null : codeList.codes(), fieldSlots));
        }
        return checks.toArray(new FieldCheck[0]);
    }

    private Slot cellSlot(FindingCode code, String field, String column, Object... args) {
        return slots.of(code, field, column, null, Message.of(code.messageKey(), args));
    }

    private RequiresCheck[] compileRules() {
        List<RequiresCheck> checks = new ArrayList<>();
        for (Rule rule : standard.rules()) {
            if (rule instanceof Rule.Requires requires) {
                int field = fieldIndex(requires.field());
                int[] required = requires.requires().stream().mapToInt(this::fieldIndex).toArray();
                Slot slot = slots.of(FindingCode.RULE_VIOLATION, requires.field(), columnName(field), requires.id(),
                        Message.of(FindingCode.RULE_VIOLATION.messageKey(), requires.description()));
                checks.add(new RequiresCheck(field, required, slot));
            }
        }
        return checks.toArray(new RequiresCheck[0]);
    }

    private UniqueCheck[] compileKeys() {
        List<UniqueCheck> checks = new ArrayList<>();
        for (UniqueKey key : standard.uniqueKeys()) {
            int[] fields = key.fields().stream().mapToInt(this::fieldIndex).toArray();
            boolean bound = true;
            for (int field : fields) {
                bound &= binding.columnOf(field) >= 0;
            }
            if (!bound) {
                continue;
            }
            boolean single = fields.length == 1;
            Slot slot = slots.of(FindingCode.DUPLICATE_KEY, single ? key.fields().get(0) : null,
                    single ? columnName(fields[0]) : null, key.label(),
                    Message.of(FindingCode.DUPLICATE_KEY.messageKey(), key.label()));
            checks.add(new UniqueCheck(checks.size(), fields, slot));
        }
        return checks.toArray(new UniqueCheck[0]);
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

    private String columnName(int field) {
        int column = binding.columnOf(field);
        return column < 0 ? null : binding.header().get(column);
    }

}
