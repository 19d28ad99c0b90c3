package ca.hvd.core.standard;

import ca.hvd.core.i18n.Message;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.report.Severity;
import ca.hvd.core.source.HeaderNames;
import ca.hvd.core.standard.StandardDiff.Change;
import ca.hvd.core.standard.StandardDiff.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What changed in one profile kept by two versions of a standard, each change said in words and
 * classified as {@link StandardDiffer} classifies the standard's own changes: <em>breaking</em> when
 * a file read through the older profile is read otherwise by the newer one (a header name, a
 * translation or an ignored column gone, a field now taken from elsewhere, another delimiter, a
 * finding made more severe), or when the command that reads it must change (a field now given with
 * {@code --set}); not breaking when the profile only learns more (header names, translations,
 * ignored columns, suppression tokens) or its words change. As for the standard, a file made for
 * the older version is taken to have no column the older profile did not read.
 *
 * <p>Each change is a {@link Kind#PROFILE_CHANGED} whose subject is the profile and whose
 * {@code after} is the part of the profile format that changed: {@code fields.NAME} for a field's
 * mapping, else the format's key ({@code source}, {@code ignoredColumns}, {@code wide},
 * {@code filter}, {@code severities}, {@code title}, {@code description}, {@code basedOn}).
 */
final class ProfileDiffer {

    private final Standard newer;
    private final Function<Field, Field> before;
    private final String name;
    private final List<Change> changes = new ArrayList<>();

    private ProfileDiffer(Standard newer, Function<Field, Field> before, String name) {
        this.newer = newer;
        this.before = before;
        this.name = name;
    }

    /**
     * The changes from one version of a profile to the next, in the order of the profile format.
     *
     * @param newer  the newer version of the standard, whose fields the newer profile maps
     * @param before the older version of a field of the newer standard, or {@code null} for a new field
     */
    static List<Change> between(Standard newer, Function<Field, Field> before, Profile older, Profile profile) {
        ProfileDiffer differ = new ProfileDiffer(newer, before, profile.name());
        differ.words(older, profile);
        differ.hints(older.source(), profile.source());
        differ.fields(older, profile);
        differ.ignored(older, profile);
        differ.wide(older.wide(), profile.wide());
        differ.filter(older.filter(), profile.filter());
        differ.severities(older, profile);
        return differ.changes;
    }

    /** A change of a part; the profile's name is the message's first argument. */
    private void add(String part, boolean breaking, String key, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = name;
        System.arraycopy(args, 0, all, 1, args.length);
        changes.add(new Change(Kind.PROFILE_CHANGED, name, breaking, null, part, Message.of(key, all)));
    }

    // ---- Words and how files are read

    private void words(Profile a, Profile b) {
        if (!a.title().equals(b.title())) {
            add("title", false, "diff.profile-changed.title");
        }
        if (!Objects.equals(a.description(), b.description())) {
            add("description", false, "diff.profile-changed.description");
        }
        if (!a.basedOn().equals(b.basedOn())) {
            add("basedOn", false, "diff.profile-changed.basedOn");
        }
    }

    /** The encoding, delimiter and header line: a file is read otherwise when any of them changes. */
    private void hints(Profile.SourceHints a, Profile.SourceHints b) {
        hint("encoding", a.encoding(), b.encoding());
        hint("delimiter", a.delimiter(), b.delimiter());
        hint("header-line", a.headerLine(), b.headerLine());
    }

    private void hint(String which, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            add("source", true, "diff.profile.hint", Message.of("diff.profile.hint." + which), detectedOr(a), detectedOr(b));
        }
    }

    private static Object detectedOr(Object value) {
        return value == null ? Message.of("diff.profile.hint.detected") : String.valueOf(value);
    }

    // ---- Fields

    private void fields(Profile a, Profile b) {
        for (Field field : newer.fields()) {
            Field was = before.apply(field);
            if (filledByWide(a, was) || filledByWide(b, field)) {
                continue; // the wide layout's own changes say it
            }
            String part = "fields." + field.name();
            FieldSource now = b.fields().get(field.name());
            if (was == null) {
                if (now != null) {
                    add(part, now instanceof FieldSource.Parameter, "diff.profile.new-field", field.name(), describe(now));
                }
                continue;
            }
            FieldSource then = a.fields().get(was.name());
            if (then == null && now == null) {
                continue; // read by the standard's header names in both: the standard's changes say it
            }
            if (readFromColumns(then) && readFromColumns(now)) {
                columns(part, field.name(), headerNames(was, then), headerNames(field, now),
                        (FieldSource.Column) then, (FieldSource.Column) now);
            } else {
                source(part, field.name(), then, now);
            }
        }
    }

    private static boolean filledByWide(Profile profile, Field field) {
        return field != null && profile.wide() != null
                && (field.name().equals(profile.wide().key()) || field.name().equals(profile.wide().value()));
    }

    /** Whether a field is read from a column: one the profile names, or one named as the standard names it ({@code null}). */
    private static boolean readFromColumns(FieldSource source) {
        return source == null || source instanceof FieldSource.Column;
    }

    private static List<String> headerNames(Field field, FieldSource source) {
        if (source instanceof FieldSource.Column column) {
            return column.names();
        }
        List<String> names = new ArrayList<>();
        names.add(field.name());
        names.addAll(field.aliases().all());
        return names;
    }

    /** A field read from columns in both versions: its header names, fallback, extraction and translation. */
    private void columns(String part, String field, List<String> oldNames, List<String> newNames, FieldSource.Column then,
                         FieldSource.Column now) {
        differences(oldNames, newNames, HeaderNames::normalize,
                gone -> add(part, true, "diff.profile.column-removed", field, gone),
                added -> add(part, false, "diff.profile.column-added", field, added));
        differences(then == null ? List.of() : then.fallback(), now == null ? List.of() : now.fallback(), HeaderNames::normalize,
                gone -> add(part, true, "diff.profile.fallback-removed", field, gone),
                added -> add(part, false, "diff.profile.fallback-added", field, added));
        FieldSource.Extract ea = then == null ? null : then.extract();
        FieldSource.Extract eb = now == null ? null : now.extract();
        if (!Objects.equals(ea, eb)) {
            add(part, true, "diff.profile.extract", field, describe(ea), describe(eb));
        }
        translations(part, field, then == null ? null : then.translate(), now == null ? null : now.translate());
    }

    /**
     * A translation's table, entry by entry (values compared as translation compares them), then
     * its code list look-up: an entry or look-up gone or changed is breaking, a new one is not.
     */
    private void translations(String part, String field, FieldSource.Translate a, FieldSource.Translate b) {
        Map<String, Map.Entry<String, String>> before = byFolded(a);
        Map<String, Map.Entry<String, String>> after = byFolded(b);
        before.forEach((folded, entry) -> {
            Map.Entry<String, String> now = after.get(folded);
            if (now == null) {
                add(part, true, "diff.profile.translation-removed", field, entry.getKey(), entry.getValue());
            } else if (!now.getValue().equals(entry.getValue())) {
                add(part, true, "diff.profile.translation-changed", field, entry.getKey(), entry.getValue(), now.getValue());
            }
        });
        after.forEach((folded, entry) -> {
            if (!before.containsKey(folded)) {
                add(part, false, "diff.profile.translation-added", field, entry.getKey(), entry.getValue());
            }
        });
        String listA = a == null ? null : a.codeList();
        String listB = b == null ? null : b.codeList();
        String byA = a == null ? null : a.by();
        String byB = b == null ? null : b.by();
        if (Objects.equals(listA, listB) && Objects.equals(byA, byB)) {
            return;
        }
        if (listA == null) {
            add(part, false, "diff.profile.lookup-added", field, listB, byB);
        } else if (listB == null) {
            add(part, true, "diff.profile.lookup-removed", field, listA, byA);
        } else {
            add(part, true, "diff.profile.lookup-changed", field, listA, byA, listB, byB);
        }
    }

    /** A translation's table by folded publisher value, in that order so that changes come out the same on every run. */
    private static Map<String, Map.Entry<String, String>> byFolded(FieldSource.Translate translate) {
        Map<String, Map.Entry<String, String>> table = new TreeMap<>();
        if (translate != null) {
            translate.map().forEach((value, code) -> table.put(HeaderNames.normalize(value), Map.entry(value, code)));
        }
        return table;
    }

    /**
     * A field taken from somewhere else: breaking unless it was a {@code --set} parameter (the run's
     * value still wins) or absent from the layout and not now a parameter (a file made for the
     * older profile has no such column), since the file's values are read otherwise or not at all.
     */
    private void source(String part, String field, FieldSource then, FieldSource now) {
        if (then instanceof FieldSource.Constant a && now instanceof FieldSource.Constant b) {
            if (!a.value().equals(b.value())) {
                add(part, true, "diff.profile.field-source", field, describe(then), describe(now));
            }
            return;
        }
        if (then != null && now != null && then.getClass() == now.getClass()) {
            return;
        }
        boolean breaking = now instanceof FieldSource.Parameter
                || !(then instanceof FieldSource.Parameter || then instanceof FieldSource.Absent);
        add(part, breaking, "diff.profile.field-source", field, describe(then), describe(now));
    }

    /** Where a field's value comes from, in words; {@code null} is the standard's own header names. */
    private static Message describe(FieldSource source) {
        if (source instanceof FieldSource.Column column) {
            return Message.of("diff.profile.source.columns", String.join(" / ", column.names()));
        }
        if (source instanceof FieldSource.Constant constant) {
            return Message.of("diff.profile.source.constant", constant.value());
        }
        if (source instanceof FieldSource.Parameter) {
            return Message.of("diff.profile.source.parameter");
        }
        if (source instanceof FieldSource.Absent) {
            return Message.of("diff.profile.source.absent");
        }
        return Message.of("diff.profile.source.standard");
    }

    private static Message describe(FieldSource.Extract extract) {
        return extract == null ? Message.of("diff.profile.extract.none")
                : Message.of("diff.profile.extract.pattern", extract.pattern(), extract.group(),
                        extract.otherwise() == FieldSource.Extract.Otherwise.EMPTY ? 1 : 0);
    }

    // ---- Columns, wide layouts, filters and severities

    private void ignored(Profile a, Profile b) {
        differences(a.ignored(), b.ignored(), HeaderNames::normalize,
                gone -> add("ignoredColumns", true, "diff.profile.ignored-removed", gone),
                added -> add("ignoredColumns", false, "diff.profile.ignored-added", added));
    }

    /** A wide layout added, removed or changed is breaking, but for a new suppression token. */
    private void wide(Profile.Wide a, Profile.Wide b) {
        if (a == null && b == null) {
            return;
        }
        if (a == null || b == null) {
            add("wide", true, a == null ? "diff.profile.wide-added" : "diff.profile.wide-removed", a == null ? b.key() : a.key());
            return;
        }
        differences(a.suppressed(), b.suppressed(), token -> token,
                gone -> add("wide", true, "diff.profile.suppressed-removed", gone),
                added -> add("wide", false, "diff.profile.suppressed-added", added));
        if (!withoutTokens(a).equals(withoutTokens(b))) {
            add("wide", true, "diff.profile-changed.wide");
        }
    }

    private static Profile.Wide withoutTokens(Profile.Wide wide) {
        return new Profile.Wide(wide.columns(), wide.key(), wide.value(), List.of(), wide.total(), wide.totalsRow());
    }

    /**
     * A filter added, removed or keeping other values is breaking (other records are checked); a
     * new name for its column is not.
     */
    private void filter(Profile.RecordFilter a, Profile.RecordFilter b) {
        if (a == null && b == null) {
            return;
        }
        if (a == null) {
            add("filter", true, "diff.profile.filter-added", String.join(" / ", b.column()), String.join(", ", b.keep()));
            return;
        }
        if (b == null) {
            add("filter", true, "diff.profile.filter-removed");
            return;
        }
        differences(a.column(), b.column(), HeaderNames::normalize,
                gone -> add("filter", true, "diff.profile.filter-column-removed", gone),
                added -> add("filter", false, "diff.profile.filter-column-added", added));
        differences(a.keep(), b.keep(), value -> value.strip().toLowerCase(Locale.ROOT),
                gone -> add("filter", true, "diff.profile.filter-keep-removed", gone),
                added -> add("filter", true, "diff.profile.filter-keep-added", added));
    }

    /** A finding code whose severity the layout sets: breaking when it is raised or turned on. */
    private void severities(Profile a, Profile b) {
        for (FindingCode code : FindingCode.values()) {
            Optional<Severity> then = a.severities().getOrDefault(code, Optional.of(code.defaultSeverity()));
            Optional<Severity> now = b.severities().getOrDefault(code, Optional.of(code.defaultSeverity()));
            if (!then.equals(now)) {
                add("severities", rank(now) < rank(then), "diff.profile.severity", code.id(), words(then), words(now));
            }
        }
    }

    /** Errors first: the most serious has the lowest rank, and a code turned off the highest. */
    private static int rank(Optional<Severity> severity) {
        return severity.map(Enum::ordinal).orElse(Severity.values().length);
    }

    private static Message words(Optional<Severity> severity) {
        return severity.map(s -> Message.of("severity." + s.label())).orElse(Message.of("diff.profile.severity.off"));
    }

    /**
     * The items of one list that the other lacks, compared by a key: each one gone, then each one
     * added, in their lists' order.
     */
    private static void differences(List<String> before, List<String> after, Function<String, String> key, Consumer<String> gone,
                                    Consumer<String> added) {
        Map<String, String> a = keyed(before, key);
        Map<String, String> b = keyed(after, key);
        a.forEach((k, item) -> {
            if (!b.containsKey(k)) {
                gone.accept(item);
            }
        });
        b.forEach((k, item) -> {
            if (!a.containsKey(k)) {
                added.accept(item);
            }
        });
    }

    private static Map<String, String> keyed(List<String> items, Function<String, String> key) {
        Map<String, String> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(key.apply(item), item));
        return map;
    }
}
