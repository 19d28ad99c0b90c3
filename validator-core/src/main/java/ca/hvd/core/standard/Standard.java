package ca.hvd.core.standard;

import ca.hvd.core.i18n.LocalizedText;
import ca.hvd.core.i18n.Message;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a standard: the canonical row of a high-value dataset and what a valid file of it
 * looks like. Loaded and checked by {@link StandardRegistry}; immutable.
 *
 * @param ref         its id and version
 * @param title       its name in English and French
 * @param description what it covers, or {@code null}
 * @param status      {@code draft}, {@code trial}, {@code stable} or {@code retired}
 * @param basedOn     the real artefacts it was derived from
 * @param columnOrder whether columns must come in the order of {@code fields}
 * @param fields      the fields of the canonical row, in canonical order
 * @param uniqueKeys  the keys no two records may share
 * @param rules       the cross-field rules every record must satisfy
 * @param codeLists   the code lists its fields refer to, by name
 * @param profiles    the publishers' layouts mapped onto it, by name
 * @param definition  the text of its {@code standard.json}, as loaded
 * @param origin      where it was loaded from, for messages (a path or {@code classpath:…})
 * @param comparability the dimensions along which files of several publishers are compared
 *                    ({@code hvd.comparability}), in declaration order
 */
public record Standard(
        StandardRef ref,
        LocalizedText title,
        LocalizedText description,
        String status,
        List<Basis> basedOn,
        ColumnOrder columnOrder,
        List<Field> fields,
        List<UniqueKey> uniqueKeys,
        List<Rule> rules,
        Map<String, CodeList> codeLists,
        Map<String, Profile> profiles,
        String definition,
        String origin,
        List<Dimension> comparability) {

    public Standard {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(columnOrder, "columnOrder");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(origin, "origin");
        basedOn = List.copyOf(basedOn);
        fields = List.copyOf(fields);
        uniqueKeys = List.copyOf(uniqueKeys);
        rules = List.copyOf(rules);
        codeLists = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(codeLists));
        profiles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
        comparability = List.copyOf(comparability);
    }

    /** A standard that declares no comparability dimension. */
    public Standard(StandardRef ref, LocalizedText title, LocalizedText description, String status, List<Basis> basedOn,
                    ColumnOrder columnOrder, List<Field> fields, List<UniqueKey> uniqueKeys, List<Rule> rules,
                    Map<String, CodeList> codeLists, Map<String, Profile> profiles, String definition, String origin) {
        this(ref, title, description, status, basedOn, columnOrder, fields, uniqueKeys, rules, codeLists, profiles,
                definition, origin, List.of());
    }

    /** This standard with the given profiles instead of its own. */
    public Standard withProfiles(Map<String, Profile> profiles) {
        return new Standard(ref, title, description, status, basedOn, columnOrder, fields, uniqueKeys, rules, codeLists,
                profiles, definition, origin, comparability);
    }

    /** The field of a canonical name. */
    public Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /**
     * A profile by name.
     *
     * @throws StandardException when the standard has no such profile (the message lists those it
     *                           has)
     */
    public Profile profile(String name) {
        Profile profile = profiles.get(name);
        if (profile == null) {
            throw new StandardException(profiles.isEmpty() ? Message.of("standard.profile.none", name, ref.toString())
                    : Message.of("standard.profile.unknown", name, ref.toString(), String.join(", ", profiles.keySet())));
        }
        return profile;
    }

    /** The code list of a field, when it has one. */
    public Optional<CodeList> codeListOf(Field field) {
        return field.codeListName().map(codeLists::get);
    }
}
