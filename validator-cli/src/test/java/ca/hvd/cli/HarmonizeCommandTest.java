package ca.hvd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hvd harmonize}: one canonical CSV file with lineage, rows with errors to the rejects (or
 * kept), formulas neutralised but numbers left alone, files written whole and never over an input.
 */
class HarmonizeCommandTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private Path addresses() throws IOException {
        return file("nt.csv", """
                address_id,civic_number,street_name,province,latitude,longitude
                -A1,43,@HOME,NT,62.45411,-114.37252
                A2,45,=HYPERLINK("http://x"),NT,62.45412,-114.3
                A3,47,OTTO,NT,62.45413,+114.3
                """);
    }

    private Cli.Result harmonize(String... options) {
        String[] args = Stream.concat(Stream.of("harmonize", "-s", "civic-addresses@1.0.0", "NT=" + dir.resolve("nt.csv"), "--lang", "en"),
                Stream.of(options)).toArray(String[]::new);
        return Cli.run(args);
    }

    @Test
    void rowsWithErrorsGoToTheRejectsWithTheirCodesAndFormulasAreNeutralisedButNotNumbers() throws IOException {
        addresses();
        Path out = dir.resolve("all.csv");

        Cli.Result result = harmonize("-o", out.toString());

        assertThat(result.exitCode()).as("a row has an error").isEqualTo(1);
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).containsExactly(
                "address_id,civic_number,civic_number_suffix,unit,street_name,street_type,street_direction,municipality,"
                        + "province,postal_code,latitude,longitude,csd_code,provider,source_dataset,source_file,source_line",
                "'-A1,43,,,'@HOME,,,,NT,,62.45411,-114.37252,,,NT," + dir.resolve("nt.csv") + ",2",
                "A2,45,,,\"'=HYPERLINK(\"\"http://x\"\")\",,,,NT,,62.45412,-114.3,,,NT," + dir.resolve("nt.csv") + ",3");
        assertThat(Files.readAllLines(dir.resolve("all.rejects.csv"), StandardCharsets.UTF_8)).last().as("a number stays a number")
                .isEqualTo("A3,47,,,OTTO,,,,NT,,62.45413,+114.3,,,NT," + dir.resolve("nt.csv") + ",4,out-of-range:longitude");
        assertThat(result.err().lines()).containsExactly("NT (" + dir.resolve("nt.csv") + "): not conformant, 1 error, 0 warnings",
                "2 rows written to " + out, "1 row with errors written to " + dir.resolve("all.rejects.csv"));
    }

    /**
     * A file large enough for {@code validate} to read in parts on several threads is harmonized in
     * one pass: its rows come out in file order with their own lines, and a key repeated in another
     * part of the file is rejected as a duplicate, as with one thread.
     */
    @Test
    void aFileLargeEnoughToBeReadInPartsIsHarmonizedInFileOrderWithItsDuplicatesRejected() throws IOException {
        Path names = dir.resolve("names.csv");
        StringBuilder accepted = new StringBuilder("jurisdiction,year,sex,name,count,source_dataset,source_file,source_line\n");
        StringBuilder rejected = new StringBuilder();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        try (java.io.Writer in = Files.newBufferedWriter(names, StandardCharsets.UTF_8)) {
            in.write("jurisdiction,year,sex,name,count\n");
            for (int i = 0; i < 250_000; i++) {
                // every 997th record repeats the name of a record far earlier, in another part of the file
                int name = i % 997 == 996 ? i / 3 : i;
                String row = "NS,2019,F,Q" + letters(name) + ",12";
                in.write(row + "\n");
                String lineage = row + ",N," + names + "," + (i + 2);
                if (seen.add(name)) {
                    accepted.append(lineage).append("\r\n");
                } else {
                    rejected.append(lineage).append(",duplicate-key\r\n");
                }
            }
        }
        assertThat(Files.size(names)).as("larger than a part of a file read in parts").isGreaterThan(4L << 20);
        Path out = dir.resolve("all.csv");

        Cli.Result result = Cli.run("harmonize", "-s", "newborn-names", "N=" + names, "-o", out.toString(), "--quiet");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(accepted.toString().replaceFirst("\n", "\r\n"));
        assertThat(Files.readString(dir.resolve("all.rejects.csv"), StandardCharsets.UTF_8))
                .isEqualTo("jurisdiction,year,sex,name,count,source_dataset,source_file,source_line,findings\r\n" + rejected);
    }

    /** Capitals for a number: A, B, … Z, BA, BB, … */
    private static String letters(int number) {
        StringBuilder name = new StringBuilder();
        int left = number;
        do {
            name.insert(0, (char) ('A' + left % 26));
            left /= 26;
        } while (left > 0);
        return name.toString();
    }

    @Test
    void keepInvalidKeepsEveryRowAndWritesNoRejects() throws IOException {
        addresses();
        Path out = dir.resolve("all.csv");

        Cli.Result result = harmonize("-o", out.toString(), "--keep-invalid", "--quiet");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEmpty();
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).hasSize(4);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("nt.csv", "all.csv");
        }
    }

    @Test
    void aFileWithoutErrorsExitsWithZeroAndHasAnEmptyRejectsFile() throws IOException {
        file("ok.csv", "address_id,civic_number,street_name,province\nA1,1,MAIN,NS\n");
        Path out = dir.resolve("ok-out.csv");
        Path rejects = dir.resolve("refused.csv");

        Cli.Result result = Cli.run("harmonize", "-s", "civic-addresses@1.0.0", dir.resolve("ok.csv").toString(), "-o", out.toString(),
                "--rejects", rejects.toString(), "--quiet");

        assertThat(result.exitCode()).isZero();
        assertThat(Files.readAllLines(rejects, StandardCharsets.UTF_8)).hasSize(1);
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8).get(1)).endsWith(",ok," + dir.resolve("ok.csv") + ",2");
    }

    @Test
    void aFileWithErrorsOfItsOwnFailsTheRunEvenWithoutARowRejected() throws IOException {
        file("ok.csv", "address_id,civic_number,street_name,province\nA1,1,MAIN,NS\n");
        file("empty.csv", "");
        file("cut.csv", "address_id,civic_number,street_name,province\nA2,2,MAIN,NS\n\"A3,3,MAIN,NS\n");

        Cli.Result empty = Cli.run("harmonize", "-s", "civic-addresses@1.0.0", dir.resolve("ok.csv").toString(),
                dir.resolve("empty.csv").toString(), "-o", dir.resolve("a.csv").toString(), "--quiet");
        Cli.Result cut = Cli.run("harmonize", "-s", "civic-addresses@1.0.0", dir.resolve("cut.csv").toString(),
                "-o", dir.resolve("b.csv").toString(), "--quiet");

        assertThat(empty.exitCode()).as("an empty file").isEqualTo(1);
        assertThat(Files.readAllLines(dir.resolve("a.csv"), StandardCharsets.UTF_8)).hasSize(2);
        assertThat(cut.exitCode()).as("a quote never closed: the rows after it are not read").isEqualTo(1);
        assertThat(Files.readAllLines(dir.resolve("b.rejects.csv"), StandardCharsets.UTF_8)).hasSize(1);
    }

    @Test
    void anOutputThatIsAStreamNeedsTheRejectsSomewhereElse() throws IOException {
        file("ok.csv", "address_id,civic_number,street_name,province\nA1,1,MAIN,NS\n");

        Cli.Result result = Cli.run("harmonize", "-s", "civic-addresses@1.0.0", dir.resolve("ok.csv").toString(),
                "-o", "/dev/null", "--lang", "en");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("hvd: /dev/null is not a file that the rejects can go beside: "
                + "give --rejects FILE, or --keep-invalid\n");
        assertThat(Path.of("/dev/null.rejects.csv")).doesNotExist();
    }

    @Test
    void aRowWithNoValueOfTheStandardIsRejectedAsBlank() throws IOException {
        file("extra.csv", "address_id,civic_number,street_name,province,note\nA1,1,MAIN,NS,\n,,,,only a note\n");
        Path out = dir.resolve("out.csv");

        Cli.Result result = Cli.run("harmonize", "-s", "civic-addresses@1.0.0", "X=" + dir.resolve("extra.csv"), "-o", out.toString(),
                "--quiet");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).hasSize(2);
        assertThat(Files.readAllLines(dir.resolve("out.rejects.csv"), StandardCharsets.UTF_8)).last()
                .isEqualTo(",,,,,,,,,,,,,,X," + dir.resolve("extra.csv") + ",3,blank-row");
    }

    @Test
    void nothingIsWrittenWhenAnInputCannotBeReadOrWouldBeOverwritten() throws IOException {
        Path input = addresses();
        String before = Files.readString(input);

        Cli.Result missing = Cli.run("harmonize", "-s", "civic-addresses@1.0.0", input.toString(), dir.resolve("none.csv").toString(),
                "-o", dir.resolve("all.csv").toString(), "--lang", "en");
        Cli.Result overwrite = harmonize("-o", input.toString());
        Cli.Result rejectsOverInput = harmonize("-o", dir.resolve("x.csv").toString(), "--rejects", input.toString());

        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(overwrite.exitCode()).isEqualTo(3);
        assertThat(overwrite.err()).contains("is an input file; hvd never writes over its inputs");
        assertThat(rejectsOverInput.exitCode()).isEqualTo(3);
        assertThat(Files.readString(input)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no output, no temporary file left")
                    .containsExactly("nt.csv");
        }
    }

    @Test
    void rejectsDoNotGoWithKeepInvalidAndAnOutputIsRequired() throws IOException {
        addresses();

        Cli.Result both = harmonize("-o", dir.resolve("a.csv").toString(), "--keep-invalid", "--rejects",
                dir.resolve("r.csv").toString());
        Cli.Result none = harmonize();
        Cli.Result same = harmonize("-o", dir.resolve("a.csv").toString(), "--rejects", dir.resolve("a.csv").toString());

        assertThat(List.of(both.exitCode(), none.exitCode(), same.exitCode())).containsOnly(2);
        assertThat(both.err()).contains("--rejects cannot go with --keep-invalid");
        assertThat(none.err()).contains("missing: --output");
        assertThat(same.err()).contains("two reports would be written to");
    }

    @Test
    void theRejectsFileIsNamedAfterTheOutput() {
        assertThat(HarmonizeCommand.rejectsBeside(Path.of("out/names.csv"))).isEqualTo(Path.of("out/names.rejects.csv"));
        assertThat(HarmonizeCommand.rejectsBeside(Path.of("names"))).isEqualTo(Path.of("names.rejects.csv"));
    }
}
