package ca.hvd.core.standard;

import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Message;
import ca.hvd.core.source.HeaderNames;
import ca.hvd.core.standard.StandardDiff.Change;
import ca.hvd.core.standard.StandardDiff.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares two versions of a standard into a {@link StandardDiff}. Fields are matched by name; a
 * field of the older version that is gone is taken as renamed when its name or one of its aliases
 * is an alias of a field that is new (header names compared as hvd compares headers).
 */
final class StandardDiffer {

    private final Standard older;
    private final Standard newer;
    private final Map<String, Field> olderFields;
    /** New name → old name, for renamed fields. */
    private final Map<String, String> renamed = new LinkedHashMap<>();
    private final List<Change> changes = new ArrayList<>();

    StandardDiffer(Standard older, Standard newer) {
        this.older = older;
        this.newer = newer;
        this.olderFields = byName(older.fields(), Field::name);
        matchRenames();
    }

    StandardDiff diff() {
        table();
        fields();
        codeLists();
        rules();
        uniqueKeys();
        profiles();
        return new StandardDiff(older.ref(), newer.ref(), changes);
    }

    private void matchRenames() {
        Map<String, Field> newerFields = byName(newer.fields(), Field::name);
        List<Field> gone = new ArrayList<>(older.fields().stream().filter(f -> !newerFields.containsKey(f.name())).toList());
        for (Field added : newer.fields()) {
            if (olderFields.containsKey(added.name())) {
                continue;
            }
            Set<String> aliases = normalized(added.aliases().all());
            for (Field candidate : gone) {
                Set<String> names = normalized(candidate.aliases().all());
                names.add(HeaderNames.normalize(candidate.name()));
                if (names.stream().anyMatch(aliases::contains)) {
                    renamed.put(added.name(), candidate.name());
                    gone.remove(candidate);
                    break;
                }
            }
        }
    }

    /** The older version of a field of the newer one, by name or rename; {@code null} when it is new. */
    private Field before(Field field) {
        return olderFields.get(renamed.getOrDefault(field.name(), field.name()));
    }

    /** Whether a field of the newer version (by name) was in the older one, perhaps under another name. */
    private boolean existedBefore(String newerField) {
        return newer.field(newerField).map(f -> before(f) != null).orElse(false);
    }

    private void add(Kind kind, String subject, boolean breaking, String before, String after, Message text) {
        changes.add(new Change(kind, subject, breaking, before, after, text));
    }

    // ---- The table

    private void table() {
        if (!older.status().equals(newer.status())) {
            add(Kind.STATUS_CHANGED, null, false, older.status(), newer.status(), Message.of("diff.status",
                    Message.of("standard.status." + older.status()), Message.of("standard.status." + newer.status())));
        }
        if (older.columnOrder() != newer.columnOrder()) {
            boolean canonical = newer.columnOrder() == ColumnOrder.CANONICAL;
            add(Kind.COLUMN_ORDER_CHANGED, null, canonical, label(older.columnOrder()), label(newer.columnOrder()),
                    Message.of(canonical ? "diff.column-order.canonical" : "diff.column-order.any"));
        }
    }

    private static String label(ColumnOrder order) {
        return order.name().toLowerCase(java.util.Locale.ROOT);
    }

    // ---- Fields

    private void fields() {
        for (Field field : newer.fields()) {
            Field was = before(field);
            if (was == null) {
                Map.Entry<String, String> taken = takenHeader(field, null);
                add(Kind.FIELD_ADDED, field.name(), field.required() || taken != null, null, field.type().label(), taken != null
                        ? Message.of("diff.field-added.taken", field.name(), taken.getKey(), taken.getValue(), field.required() ? 1 : 0)
                        : Message.of(field.required() ? "diff.field-added.required" : "diff.field-added.optional", field.name()));
                continue;
            }
            if (!was.name().equals(field.name())) {
                add(Kind.FIELD_RENAMED, field.name(), true, was.name(), field.name(),
                        Message.of("diff.field-renamed", was.name(), field.name()));
            }
            compare(was, field);
        }
        Set<String> kept = new HashSet<>(renamed.values());
        newer.fields().forEach(f -> kept.add(f.name()));
        for (Field field : older.fields()) {
            if (!kept.contains(field.name())) {
                add(Kind.FIELD_REMOVED, field.name(), true, field.name(), null, Message.of("diff.field-removed", field.name()));
            }
        }
        fieldOrder();
    }

    private void fieldOrder() {
        if (older.columnOrder() != ColumnOrder.CANONICAL || newer.columnOrder() != ColumnOrder.CANONICAL) {
            return;
        }
        List<String> newOrder = newer.fields().stream().filter(f -> before(f) != null).map(f -> before(f).name()).toList();
        List<String> oldOrder = older.fields().stream().map(Field::name).filter(newOrder::contains).toList();
        if (!oldOrder.equals(newOrder)) {
            add(Kind.FIELD_ORDER_CHANGED, null, true, String.join(",", oldOrder), String.join(",", newOrder),
                    Message.of("diff.field-order"));
        }
    }

    private void compare(Field a, Field b) {
        String name = b.name();
        if (a.type() != b.type()) {
            add(Kind.TYPE_CHANGED, name, !widens(a.type(), b.type()), a.type().label(), b.type().label(),
                    Message.of("diff.type-changed", name, ConstraintWords.type(a.type()), ConstraintWords.type(b.type())));
        }
        if (a.required() != b.required()) {
            add(Kind.REQUIRED_CHANGED, name, b.required(), String.valueOf(a.required()), String.valueOf(b.required()),
                    Message.of(b.required() ? "diff.required.added" : "diff.required.removed", name));
        }
        if (!Objects.equals(a.separator(), b.separator())) {
            String key = a.separator() == null ? "diff.separator.added" : b.separator() == null ? "diff.separator.removed" : "diff.separator.changed";
            add(Kind.SEPARATOR_CHANGED, name, true, a.separator(), b.separator(),
                    Message.of(key, name, String.valueOf(a.separator()), String.valueOf(b.separator())));
        }
        String pa = a.constraints().pattern();
        String pb = b.constraints().pattern();
        if (!Objects.equals(pa, pb)) {
            String key = pa == null ? "diff.pattern.added" : pb == null ? "diff.pattern.removed" : "diff.pattern.changed";
            add(Kind.PATTERN_CHANGED, name, pb != null, pa, pb, Message.of(key, name, String.valueOf(pa), String.valueOf(pb)));
        }
        range(a, b);
        length(a, b);
        fieldCodeList(a, b);
        aliases(a, b);
        if (!Objects.equals(a.suppressionThreshold(), b.suppressionThreshold())) {
            Integer ta = a.suppressionThreshold();
            Integer tb = b.suppressionThreshold();
            add(Kind.SUPPRESSION_CHANGED, name, tb != null && (ta == null || tb > ta), text(ta), text(tb),
                    Message.of("diff.suppression", name, orNone(text(ta)), orNone(text(tb))));
        }
        textChecks(a, b);
    }

    /** Whether every value valid as {@code from} is valid as {@code to}. */
    private static boolean widens(FieldType from, FieldType to) {
        return to == FieldType.STRING || from == FieldType.INTEGER && to == FieldType.NUMBER;
    }

    private void range(Field a, Field b) {
        Constraints ca = a.constraints();
        Constraints cb = b.constraints();
        boolean integers = a.type() == FieldType.INTEGER && b.type() == FieldType.INTEGER;
        int lower = tighter(lowerBound(ca.minimum(), ca.exclusiveMinimum(), integers),
                lowerBound(cb.minimum(), cb.exclusiveMinimum(), integers), 1);
        int upper = tighter(upperBound(ca.maximum(), ca.exclusiveMaximum(), integers),
                upperBound(cb.maximum(), cb.exclusiveMaximum(), integers), -1);
        String before = ca.hasRange() ? ConstraintWords.range(ca) : null;
        String after = cb.hasRange() ? ConstraintWords.range(cb) : null;
        bounds(Kind.RANGE_CHANGED, "diff.range.", b.name(), lower, upper, before, after);
    }

    private void length(Field a, Field b) {
        Constraints ca = a.constraints();
        Constraints cb = b.constraints();
        int lower = tighter(whole(ca.minLength()), whole(cb.minLength()), 1);
        int upper = tighter(whole(ca.maxLength()), whole(cb.maxLength()), -1);
        bounds(Kind.LENGTH_CHANGED, "diff.length.", b.name(), lower, upper, lengths(ca), lengths(cb));
    }

    /** One change for a pair of bounds when either moved: tightened, loosened, or changed (both ways). */
    private void bounds(Kind kind, String prefix, String name, int lower, int upper, String before, String after) {
        if (lower == 0 && upper == 0) {
            return;
        }
        boolean tightened = lower > 0 || upper > 0;
        boolean loosened = lower < 0 || upper < 0;
        String key = prefix + (tightened && loosened ? "changed" : tightened ? "tightened" : "loosened");
        add(kind, name, tightened, before, after, Message.of(key, name, orNone(before), orNone(after)));
    }

    private static String lengths(Constraints c) {
        List<String> parts = new ArrayList<>();
        if (c.minLength() != null) {
            parts.add("≥ " + c.minLength());
        }
        if (c.maxLength() != null) {
            parts.add("≤ " + c.maxLength());
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** An inclusive lower bound, made whole for integers ({@code > 0} is {@code ≥ 1}); {@code null} for none. */
    private static BigDecimal lowerBound(BigDecimal value, boolean exclusive, boolean integers) {
        if (value == null || !integers) {
            return value == null ? null : exclusive ? value.add(EPSILON) : value;
        }
        return exclusive ? value.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE) : value.setScale(0, RoundingMode.CEILING);
    }

    private static BigDecimal upperBound(BigDecimal value, boolean exclusive, boolean integers) {
        if (value == null || !integers) {
            return value == null ? null : exclusive ? value.subtract(EPSILON) : value;
        }
        return exclusive ? value.setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE) : value.setScale(0, RoundingMode.FLOOR);
    }

    /**
     * Stands for "just past" a bound so that an exclusive bound compares as tighter than the
     * inclusive bound of the same value (and looser than any greater value written in a standard).
     */
    private static final BigDecimal EPSILON = new BigDecimal("1e-30");

    private static BigDecimal whole(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    /**
     * Whether bound {@code b} is tighter (1), looser (-1) or the same (0) as bound {@code a}: for a
     * lower bound ({@code direction} 1) a greater value is tighter, for an upper bound ({@code -1}) a
     * smaller one; no bound is the loosest.
     */
    private static int tighter(BigDecimal a, BigDecimal b, int direction) {
        if (a == null && b == null) {
            return 0;
        }
        if (a == null) {
            return 1;
        }
        if (b == null) {
            return -1;
        }
        return Integer.signum(b.compareTo(a)) * direction;
    }

    private void fieldCodeList(Field a, Field b) {
        String la = a.codeList();
        String lb = b.codeList();
        if (Objects.equals(la, lb)) {
            return;
        }
        if (la == null) {
            add(Kind.FIELD_CODELIST_CHANGED, b.name(), true, null, lb,
                    Message.of("diff.field-codelist.added", b.name(), newer.codeLists().get(lb).title(), lb));
        } else if (lb == null) {
            add(Kind.FIELD_CODELIST_CHANGED, b.name(), false, la, null,
                    Message.of("diff.field-codelist.removed", b.name(), older.codeLists().get(la).title(), la));
        } else {
            Set<String> ca = older.codeLists().get(la).codes();
            Set<String> cb = newer.codeLists().get(lb).codes();
            long removed = ca.stream().filter(code -> !cb.contains(code)).count();
            long added = cb.stream().filter(code -> !ca.contains(code)).count();
            add(Kind.FIELD_CODELIST_CHANGED, b.name(), removed > 0, la, lb,
                    Message.of("diff.field-codelist.replaced", b.name(), la, lb, added, removed));
        }
    }

    private void aliases(Field a, Field b) {
        Map<String, String> before = byName(a.aliases().all(), HeaderNames::normalize);
        Map<String, String> after = byName(b.aliases().all(), HeaderNames::normalize);
        String name = HeaderNames.normalize(b.name());
        after.forEach((normal, alias) -> {
            if (!before.containsKey(normal) && !normal.equals(HeaderNames.normalize(a.name()))) {
                String owner = formerOwner(normal, a.name());
                add(Kind.ALIAS_ADDED, b.name(), owner != null, null, alias, owner == null
                        ? Message.of("diff.alias-added", b.name(), alias) : Message.of("diff.alias-added.taken", b.name(), alias, owner));
            }
        });
        before.forEach((normal, alias) -> {
            if (!after.containsKey(normal) && !normal.equals(name)) {
                add(Kind.ALIAS_REMOVED, b.name(), true, alias, null, Message.of("diff.alias-removed", b.name(), alias));
            }
        });
    }

    /**
     * The first header name of a field (its name, then its aliases) that another field of the older
     * version had, with that field; {@code null} when it has none. A file's column under that name
     * was that other field's: a newer version that gives it to this field reads it differently.
     */
    private Map.Entry<String, String> takenHeader(Field field, String except) {
        List<String> names = new ArrayList<>();
        names.add(field.name());
        names.addAll(field.aliases().all());
        for (String name : names) {
            String owner = formerOwner(HeaderNames.normalize(name), except);
            if (owner != null) {
                return Map.entry(name, owner);
            }
        }
        return null;
    }

    /** The field of the older version, other than {@code except}, one of whose header names is this (normalized) one; or {@code null}. */
    private String formerOwner(String normalized, String except) {
        for (Field field : older.fields()) {
            if (!field.name().equals(except) && (HeaderNames.normalize(field.name()).equals(normalized)
                    || normalized(field.aliases().all()).contains(normalized))) {
                return field.name();
            }
        }
        return null;
    }

    private void textChecks(Field a, Field b) {
        Map<String, Message> before = checks(older, a);
        Map<String, Message> after = checks(newer, b);
        after.forEach((check, words) -> {
            if (!before.containsKey(check)) {
                add(Kind.TEXT_CHECK_ADDED, b.name(), true, null, check, Message.of("diff.text-check-added", b.name(), words));
            }
        });
        before.forEach((check, words) -> {
            if (!after.containsKey(check)) {
                add(Kind.TEXT_CHECK_REMOVED, b.name(), false, check, null, Message.of("diff.text-check-removed", b.name(), words));
            }
        });
    }

    /** The text checks of a field, by a language-neutral name, with their words. */
    private static Map<String, Message> checks(Standard standard, Field field) {
        Map<String, Message> checks = new LinkedHashMap<>();
        TextChecks text = field.text();
        if (text.nameCharacters()) {
            checks.put("name-characters", Message.of("constraint.name-characters"));
        }
        if (text.placeholders() != null) {
            checks.put("placeholders:" + text.placeholders(),
                    Message.of("constraint.placeholders", standard.codeLists().get(text.placeholders()).title()));
        }
        if (text.consistentCase()) {
            checks.put("consistent-case", Message.of("constraint.consistent-case"));
        }
        if (text.mojibake()) {
            checks.put("mojibake", Message.of("constraint.mojibake"));
        }
        return checks;
    }

    // ---- Code lists

    private void codeLists() {
        older.codeLists().forEach((name, list) -> {
            if (!newer.codeLists().containsKey(name)) {
                add(Kind.CODELIST_REMOVED, name, false, name, null, Message.of("diff.codelist-removed", name, list.title()));
            }
        });
        newer.codeLists().forEach((name, list) -> {
            CodeList was = older.codeLists().get(name);
            if (was == null) {
                add(Kind.CODELIST_ADDED, name, false, null, name,
                        Message.of("diff.codelist-added", name, list.title(), list.entries().size()));
            } else {
                codes(name, was, list);
            }
        });
    }

    private void codes(String name, CodeList was, CodeList list) {
        Map<String, Code> before = byName(was.entries(), Code::code);
        Map<String, Code> after = byName(list.entries(), Code::code);
        boolean values = usedAsValues(name);
        boolean placeholders = usedAsPlaceholders(name);
        before.forEach((code, entry) -> {
            if (!after.containsKey(code)) {
                add(Kind.CODE_REMOVED, name, values, code, null, Message.of("diff.code-removed", name, code, entry.label()));
            }
        });
        after.forEach((code, entry) -> {
            Code old = before.get(code);
            if (old == null) {
                add(Kind.CODE_ADDED, name, placeholders, null, code, Message.of("diff.code-added", name, code, entry.label()));
                return;
            }
            for (Language language : Language.values()) {
                String oldLabel = old.label().in(language);
                String newLabel = entry.label().in(language);
                if (!oldLabel.equals(newLabel)) {
                    // a profile that translates by this label no longer recognises the publisher's old wording
                    List<String> readers = translatingBy(name, "label_" + language.code());
                    Message label = Message.of("diff.label." + language.code());
                    add(Kind.CODE_LABEL_CHANGED, name, !readers.isEmpty(), oldLabel, newLabel, readers.isEmpty()
                            ? Message.of("diff.code-label", name, code, label, oldLabel, newLabel)
                            : Message.of("diff.code-label.translated", name, code, label, oldLabel, newLabel, String.join(", ", readers),
                                    readers.size()));
                }
            }
            Set<String> attributes = new LinkedHashSet<>(old.attributes().keySet());
            attributes.addAll(entry.attributes().keySet());
            for (String attribute : attributes) {
                String va = old.attributes().get(attribute);
                String vb = entry.attributes().get(attribute);
                if (!Objects.equals(va, vb)) {
                    List<String> readers = translatingBy(name, attribute);
                    add(Kind.CODE_ATTRIBUTE_CHANGED, name, readByRule(name, attribute) || !readers.isEmpty(), va, vb, readers.isEmpty()
                            ? Message.of("diff.code-attribute", name, code, attribute, orEmpty(va), orEmpty(vb))
                            : Message.of("diff.code-attribute.translated", name, code, attribute, orEmpty(va), orEmpty(vb),
                                    String.join(", ", readers), readers.size()));
                }
            }
        });
    }

    /** The profiles of the newer version, by name, that translate a field's values by this label or attribute of this list. */
    private List<String> translatingBy(String list, String by) {
        return newer.profiles().values().stream()
                .filter(profile -> profile.fields().values().stream().anyMatch(source -> source instanceof FieldSource.Column column
                        && column.translate() != null && list.equals(column.translate().codeList()) && by.equals(column.translate().by())))
                .map(Profile::name).sorted().toList();
    }

    /** Whether a field that exists in both versions takes its values from this list in both. */
    private boolean usedAsValues(String list) {
        return newer.fields().stream().anyMatch(f -> list.equals(f.codeList()) && before(f) != null && list.equals(before(f).codeList()));
    }

    /** Whether a field that exists in both versions reports the values of this list as placeholders in both. */
    private boolean usedAsPlaceholders(String list) {
        return newer.fields().stream().anyMatch(f -> list.equals(f.text().placeholders()) && before(f) != null
                && list.equals(before(f).text().placeholders()));
    }

    /** Whether a prefix rule of the newer version reads this attribute of this list. */
    private boolean readByRule(String list, String attribute) {
        return newer.rules().stream().anyMatch(rule -> rule instanceof Rule.Prefix prefix && prefix.attribute().equals(attribute)
                && newer.field(prefix.of()).map(f -> list.equals(f.codeList())).orElse(false));
    }

    // ---- Rules, keys, profiles

    private void rules() {
        Map<String, Rule> before = byName(older.rules(), Rule::id);
        Map<String, Rule> after = byName(newer.rules(), Rule::id);
        before.forEach((id, rule) -> {
            if (!after.containsKey(id)) {
                add(Kind.RULE_REMOVED, id, false, id, null, Message.of("diff.rule-removed", id, rule.description()));
            }
        });
        after.forEach((id, rule) -> {
            Rule was = before.get(id);
            if (was == null) {
                add(Kind.RULE_ADDED, id, checksOldFields(rule), null, id, Message.of("diff.rule-added", id, rule.description()));
            } else if (!was.equals(rule)) {
                boolean wordingOnly = was instanceof Rule.Prefix p && rule instanceof Rule.Prefix q
                        && p.field().equals(q.field()) && p.of().equals(q.of()) && p.attribute().equals(q.attribute());
                add(Kind.RULE_CHANGED, id, !wordingOnly, id, id, Message.of("diff.rule-changed", id, rule.description()));
            }
        });
    }

    /** Whether a new rule can fail records of files made for the older version: every field it reads existed. */
    private boolean checksOldFields(Rule rule) {
        if (rule instanceof Rule.Prefix prefix) {
            return existedBefore(prefix.field()) && existedBefore(prefix.of());
        }
        return existedBefore(rule.field());
    }

    private void uniqueKeys() {
        Set<String> before = older.uniqueKeys().stream().map(UniqueKey::label).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> after = newer.uniqueKeys().stream().map(UniqueKey::label).collect(Collectors.toCollection(LinkedHashSet::new));
        for (UniqueKey key : older.uniqueKeys()) {
            if (!after.contains(key.label())) {
                add(Kind.UNIQUE_KEY_REMOVED, key.label(), false, key.label(), null, Message.of("diff.unique-key-removed", key.label()));
            }
        }
        for (UniqueKey key : newer.uniqueKeys()) {
            if (!before.contains(key.label())) {
                add(Kind.UNIQUE_KEY_ADDED, key.label(), !impliedOrNew(key), null, key.label(),
                        Message.of("diff.unique-key-added", key.label()));
            }
        }
    }

    /**
     * Whether a new key cannot fail a file made for the older version: one of its fields is new (an
     * empty key field means the record is not compared), or an older key made of some of its fields
     * already kept its values apart.
     */
    private boolean impliedOrNew(UniqueKey key) {
        if (key.fields().stream().anyMatch(f -> !existedBefore(f))) {
            return true;
        }
        Set<String> oldNames = key.fields().stream().map(f -> before(newer.field(f).orElseThrow()).name()).collect(Collectors.toSet());
        return older.uniqueKeys().stream().anyMatch(old -> oldNames.containsAll(old.fields()));
    }

    private void profiles() {
        older.profiles().forEach((name, profile) -> {
            if (!newer.profiles().containsKey(name)) {
                add(Kind.PROFILE_REMOVED, name, true, name, null, Message.of("diff.profile-removed", name));
            }
        });
        newer.profiles().forEach((name, profile) -> {
            Profile was = older.profiles().get(name);
            if (was == null) {
                add(Kind.PROFILE_ADDED, name, false, null, name, Message.of("diff.profile-added", name, profile.title()));
            } else {
                changes.addAll(ProfileDiffer.between(newer, this::before, was, profile));
            }
        });
    }

    // ---- Helpers

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(name.apply(item), item));
        return map;
    }

    private static Set<String> normalized(List<String> names) {
        Set<String> set = new HashSet<>();
        names.forEach(n -> set.add(HeaderNames.normalize(n)));
        return set;
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }

    /** The value, or the word for "empty" in the message's language. */
    private static Object orEmpty(String value) {
        return value == null || value.isEmpty() ? Message.of("diff.empty") : value;
    }

    /** The value, or the words for "no limit" in the message's language. */
    private static Object orNone(String value) {
        return value == null ? Message.of("diff.none") : value;
    }
}
