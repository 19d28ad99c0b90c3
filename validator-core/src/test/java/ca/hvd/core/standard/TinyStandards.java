package ca.hvd.core.standard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small custom standards into a directory laid out as {@code DIR/ID/VERSION/}, for tests. */
public final class TinyStandards {

    /** A standard with multi-valued fields: {@code agreements} (code list, ","), {@code labels} (pattern and length, ";"). */
    public static final String TAGS = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": "urn:hvd:standard:tags:1.0.0",
              "type": "object",
              "hvd": {
                "formatVersion": 1, "id": "tags", "version": "1.0.0",
                "title": { "en": "Tags", "fr": "Étiquettes" },
                "basedOn": [ { "title": { "en": "Tests", "fr": "Tests" }, "publisher": "hvd" } ],
                "codeLists": {
                  "agreements": { "file": "codelists/agreements.csv", "title": { "en": "Agreements", "fr": "Accords" } }
                }
              },
              "required": ["id"],
              "properties": {
                "id": { "type": "string", "hvd": { "title": { "en": "Id", "fr": "Id" } } },
                "agreements": {
                  "type": "string",
                  "hvd": { "title": { "en": "Agreements", "fr": "Accords" }, "codeList": "agreements", "separator": "," }
                },
                "labels": {
                  "type": "string", "pattern": "^[a-z]+$", "maxLength": 3,
                  "hvd": { "title": { "en": "Labels", "fr": "Étiquettes" }, "separator": ";" }
                },
                "single": {
                  "type": "string",
                  "hvd": { "title": { "en": "One agreement", "fr": "Un accord" }, "codeList": "agreements" }
                }
              }
            }
            """;

    public static final String AGREEMENTS = "code,label_en,label_fr\nCA,Canadian,Canadien\nEU,European,Européen\nXX,None,Aucun\n";

    private TinyStandards() {
    }

    /** Writes {@code standard.json} and code lists ({@code name, content} pairs) for {@code id@1.0.0}. */
    public static Path write(Path dir, String id, String definition, String... codeLists) {
        try {
            Path folder = dir.resolve(id).resolve("1.0.0");
            Files.createDirectories(folder.resolve("codelists"));
            Files.writeString(folder.resolve("standard.json"), definition, StandardCharsets.UTF_8);
            for (int i = 0; i + 1 < codeLists.length; i += 2) {
                Files.writeString(folder.resolve("codelists").resolve(codeLists[i] + ".csv"), codeLists[i + 1], StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a text file as UTF-8, making its folders. */
    public static void writeFile(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads {@code id} from a directory, without the bundled standards. */
    public static Standard load(Path dir, String id) {
        return StandardRegistry.builder().includeBundled(false).directory(dir).build().resolve(id);
    }
}
