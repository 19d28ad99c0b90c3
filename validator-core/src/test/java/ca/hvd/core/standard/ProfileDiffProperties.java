package ca.hvd.core.standard;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.source.HeaderNames;
import ca.hvd.core.standard.StandardDiff.Change;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A profile that only learns more (other header names for its columns, more translations, more
 * ignored columns) never breaks files, and forgetting what it learned always does: the diff from
 * the bundled {@code rqa} profile to one with random additions has no breaking change, and the
 * diff back has exactly as many changes, breaking whenever there is one.
 */
class ProfileDiffProperties {

    private static final Standard CIVIC = StandardRegistry.bundled().resolve("civic-addresses@1.1.0");
    private static final Profile RQA = CIVIC.profile("rqa");
    private static final List<String> COLUMN_FIELDS = RQA.fields().entrySet().stream()
            .filter(entry -> entry.getValue() instanceof FieldSource.Column).map(Map.Entry::getKey).toList();

    /** What is added: header names by field, translations of street directions, ignored columns. */
    record Additions(Map<String, List<String>> names, Map<String, String> translations, List<String> ignored) {
    }

    @Property(tries = 200)
    void learningMoreNeverBreaksAndForgettingItDoes(@ForAll("additions") Additions additions) {
        Standard learned = CIVIC.withProfiles(Map.of("rqa", learn(RQA, additions)));
        Standard original = CIVIC.withProfiles(Map.of("rqa", RQA));

        StandardDiff forward = StandardDiff.between(original, learned);
        StandardDiff back = StandardDiff.between(learned, original);

        assertThat(forward.changes()).noneMatch(Change::breaking);
        assertThat(back.changes()).hasSameSizeAs(forward.changes()).allMatch(Change::breaking);
    }

    private static Profile learn(Profile profile, Additions additions) {
        Map<String, FieldSource> fields = new LinkedHashMap<>(profile.fields());
        additions.names().forEach((field, names) -> {
            FieldSource.Column column = (FieldSource.Column) fields.get(field);
            List<String> all = new ArrayList<>(column.names());
            all.addAll(names);
            fields.put(field, new FieldSource.Column(all, column.fallback(), column.extract(), column.translate()));
        });
        FieldSource.Column directions = (FieldSource.Column) fields.get("street_direction");
        Map<String, String> map = new HashMap<>(directions.translate().map());
        map.putAll(additions.translations());
        fields.put("street_direction", new FieldSource.Column(directions.names(), directions.fallback(), directions.extract(),
                new FieldSource.Translate(map, directions.translate().codeList(), directions.translate().by())));
        List<String> ignored = new ArrayList<>(profile.ignored());
        ignored.addAll(additions.ignored());
        return new Profile(profile.name(), profile.title(), profile.description(), profile.basedOn(), profile.source(), fields, ignored,
                profile.wide(), profile.filter(), profile.severities(), profile.origin());
    }

    @Provide
    Arbitrary<Additions> additions() {
        Arbitrary<String> header = Arbitraries.strings().withChars("abcdeé _-").ofMinLength(1).ofMaxLength(6);
        Arbitrary<Map<String, List<String>>> names = Arbitraries.maps(Arbitraries.of(COLUMN_FIELDS), header.list().ofMaxSize(3))
                .ofMaxSize(3);
        // publisher values that fold to none of the table's own, so each one is a new translation
        Arbitrary<String> value = Arbitraries.strings().withChars("xyz").ofMinLength(1).ofMaxLength(5).map(text -> "Q" + text);
        Arbitrary<Map<String, String>> translations = Arbitraries.maps(value, Arbitraries.of(CIVIC.codeLists().get("directions").codes()))
                .ofMaxSize(3).filter(map -> map.keySet().stream().map(HeaderNames::normalize).distinct().count() == map.size());
        Arbitrary<List<String>> ignored = header.list().ofMaxSize(3);
        // each new name prefixed by what it is for: a name given to two fields, or to a field and an
        // ignored column, moves a column, which is breaking, not learning
        return Combinators.combine(names, translations, ignored).as((byField, translate, skip) -> {
            Map<String, List<String>> prefixed = new LinkedHashMap<>();
            byField.forEach((field, list) -> prefixed.put(field, list.stream().map(name -> field + " " + name).toList()));
            return new Additions(prefixed, translate, skip.stream().map(name -> "ignored " + name).toList());
        });
    }
}
