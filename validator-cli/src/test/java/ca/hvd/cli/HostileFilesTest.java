package ca.hvd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.engine.ReadLimits;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Message;
import ca.hvd.core.i18n.Messages;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile files corpus: each file is generated in a temporary folder (the large ones streamed
 * to disk, never built in memory) and validated through the command with its expected outcome, an
 * exit code and either a finding code at a line or an error message. Every run answers within its
 * time limit and never prints a stack trace. Surefire runs this class alone in a JVM of
 * {@code -Xmx256m} (execution {@code hostile-files} of this module's pom): the 100 MB and 50 MB
 * cases prove that reading is streamed and bounded.
 */
@Tag("hostile-files")
class HostileFilesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HEADER = "jurisdiction,year,sex,name,count";
    private static final String ROW = "NS,2019,F,OLIVIA,66";
    private static final Messages EN = Messages.of(Language.EN);

    @TempDir
    static Path dir;

    /** Writes a hostile file (or folder) and says where it is. */
    @FunctionalInterface
    interface Maker {
        Path make(Path file) throws IOException;
    }

    /**
     * One row of the table.
     *
     * @param name     what the file is
     * @param maker    writes it
     * @param options  more command-line options
     * @param exit     the expected exit code
     * @param finding  the expected finding code, or {@code null}
     * @param line     the expected line of its first example, or -1 for any
     * @param error    the expected error, rendered with the file's path as first argument, or {@code null}
     */
    record Case(String name, Maker maker, List<String> options, int exit, String finding, long line, Message error) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        // ---- size limits: findings at the line where reading stopped
        cases.add(finding("an unclosed quote early in a 100 MB file", file -> {
            try (OutputStream out = stream(file)) {
                out.write((HEADER + "\n" + ROW + "\nNS,2019,F,\"OLIVIA,66\n").getBytes(StandardCharsets.UTF_8));
                repeat(out, (ROW + "\n").getBytes(StandardCharsets.UTF_8), 100L << 20);
            }
            return file;
        }, 1, "limit-exceeded", 3));
        cases.add(finding("one 50 MB value", file -> {
            try (OutputStream out = stream(file)) {
                out.write((HEADER + "\nNS,2019,F,").getBytes(StandardCharsets.UTF_8));
                repeat(out, "ABCDEFGHIJ".getBytes(StandardCharsets.UTF_8), 50L << 20);
                out.write((",66\n" + ROW + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return file;
        }, 1, "limit-exceeded", 2));
        cases.add(finding("one 50 MB quoted value", file -> {
            try (OutputStream out = stream(file)) {
                out.write((HEADER + "\nNS,2019,F,\"").getBytes(StandardCharsets.UTF_8));
                repeat(out, "ABCDEFGHI\n".getBytes(StandardCharsets.UTF_8), 50L << 20);
                out.write(("\",66\n" + ROW + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return file;
        }, 1, "limit-exceeded", 2));
        cases.add(finding("a first line of 50 MB", file -> {
            try (OutputStream out = stream(file)) {
                repeat(out, "abcdefghij".getBytes(StandardCharsets.UTF_8), 50L << 20);
                out.write(("\n" + ROW + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return file;
        }, 1, "limit-exceeded", 1));
        cases.add(finding("a record of 100,000 columns", file -> text(file,
                HEADER + "\n" + ROW + "\n" + "x,".repeat(100_000) + "\n" + ROW + "\n"), 1, "limit-exceeded", 3));
        cases.add(finding("a header of 100,000 columns", file -> text(file,
                "c,".repeat(100_000) + "\n" + ROW + "\n"), 1, "limit-exceeded", 1));
        cases.add(new Case("a value longer than --max-field-size 64", file -> text(file,
                HEADER + "\n" + ROW + "\nNS,2019,F," + "A".repeat(65) + ",5\n"),
                List.of("--max-field-size", "64"), 1, "limit-exceeded", 3, null));
        cases.add(new Case("a record longer than --max-record-size 100", file -> text(file,
                HEADER + "\n" + ROW + "\nNS,2019,F," + "A".repeat(40) + "," + "5".repeat(60) + "\n"),
                List.of("--max-record-size", "100", "--max-field-size", "64"), 1, "limit-exceeded", 3, null));
        cases.add(new Case("more columns than --max-columns 5", file -> text(file,
                HEADER + "\n" + ROW + "\n" + ROW + ",extra\n"), List.of("--max-columns", "5"), 1, "limit-exceeded", 3, null));
        cases.add(finding("numbers of a million digits", file -> {
            String digits = "9".repeat(1_000_000);
            return text(file, HEADER + "\nNS," + digits + ",F,OLIVIA," + digits + "\nNS,-" + digits + ",F,EMMA,+"
                    + "0".repeat(1_000_000) + "3\nNS,2019,F,AVA," + digits + "\nNS,2019." + digits + ",F,MIA,-" + digits + "\n");
        }, 1, "small-count", 3));
        // ---- bytes that are not plain UTF-8 text
        cases.add(finding("a few NUL bytes in values", file -> text(file,
                HEADER + "\nNS,2019,F,OLI\u0000VIA,66\n"), 1, "invalid-character", 2));
        cases.add(error("NUL bytes everywhere", file -> bytes(file, new byte[4096]),
                Message.of("source.binary.controls", "PATH", 4096)));
        cases.add(error("a PNG image", file -> bytes(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}),
                Message.of("source.binary.format", "PATH", Message.of("source.kind.png"))));
        cases.add(error("a zip archive", file -> bytes(file, zip()), Message.of("source.binary.format", "PATH", Message.of("source.kind.zip"))));
        cases.add(error("a zstd-compressed file", file -> bytes(file, concat(new byte[] {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD},
                random(4096))), Message.of("source.compressed", "PATH", "zstd", "zstd -d")));
        cases.add(error("random binary data", file -> bytes(file, random(64 * 1024)), null));
        cases.add(finding("invalid UTF-8 sequences", file -> bytes(file, concat(
                (HEADER + "\nQC,2019,F,ZO").getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC9},
                ",5\nQC,2019,M,NO".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xCB},
                "L,7\n".getBytes(StandardCharsets.UTF_8))), 0, "encoding-fallback", 2));
        cases.add(clean("UTF-16LE with a byte order mark", file -> bytes(file, concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                (HEADER + "\nQC,2019,F,ZOÉ,5\n").getBytes(StandardCharsets.UTF_16LE)))));
        cases.add(clean("UTF-16BE without a byte order mark", file -> bytes(file,
                (HEADER + "\nQC,2019,F,ZOÉ,5\n").getBytes(StandardCharsets.UTF_16BE))));
        cases.add(clean("CR line ends only", file -> text(file, HEADER + "\r" + ROW + "\rNS,2019,M,LIAM,5\r")));
        cases.add(clean("mixed line ends", file -> text(file, HEADER + "\r\n" + ROW + "\rNS,2019,M,LIAM,5\nNS,2019,M,NOAH,6\r\n")));
        // ---- files without records or with broken headers
        cases.add(finding("an empty file", file -> bytes(file, new byte[0]), 1, "empty-file", 0));
        cases.add(finding("a header only", file -> text(file, HEADER + "\n"), 0, "no-records", 1));
        cases.add(finding("duplicate header names", file -> text(file, HEADER + ",name\n" + ROW + ",EMMA\n"),
                1, "duplicate-column", 1));
        cases.add(finding("blank header names", file -> text(file, HEADER + ",,\n" + ROW + ",,\n"), 0, "blank-header", 1));
        // ---- paths that are not readable files
        cases.add(error("a directory", Files::createDirectory, Message.of("source.directory", "PATH")));
        cases.add(error("a missing file", file -> file, Message.of("source.missing", "PATH")));
        cases.add(error("a named pipe", HostileFilesTest::fifo, Message.of("source.not-regular", "PATH")));
        cases.add(error("an unreadable file", HostileFilesTest::unreadable, Message.of("source.denied", "PATH")));
        // ---- gzip: read transparently, bombs and damage refused
        cases.add(clean("a .csv.gz file", file -> gzip(file, HEADER + "\n" + ROW + "\n")));
        cases.add(clean("a gzip file named .csv", file -> gzip(file, HEADER + "\n" + ROW + "\n")));
        cases.add(error("a gzip bomb", HostileFilesTest::bomb,
                Message.of("source.gzip.ratio", "PATH", ReadLimits.DEFAULT_COMPRESSION_RATIO, ReadLimits.RATIO_FLOOR)));
        cases.add(error("a gzip bomb after a first megabyte of ordinary rows", HostileFilesTest::lateBomb,
                Message.of("source.gzip.ratio", "PATH", ReadLimits.DEFAULT_COMPRESSION_RATIO, ReadLimits.RATIO_FLOOR)));
        cases.add(new Case("a gzip file larger than --max-decompressed-size", file -> gzip(file, HEADER + "\n" + ROW + "\n"),
                List.of("--max-decompressed-size", "16"), 3, null, -1, Message.of("source.gzip.size", "PATH", 16)));
        cases.add(error("a truncated gzip file", file -> {
            gzip(file, HEADER + "\n" + (ROW + "\n").repeat(5000));
            byte[] whole = Files.readAllBytes(file);
            return bytes(file, Arrays.copyOf(whole, whole.length / 2));
        }, Message.of("source.gzip.truncated", "PATH")));
        cases.add(error("bytes after the gzip data", file -> {
            gzip(file, HEADER + "\n" + ROW + "\n");
            return bytes(file, concat(Files.readAllBytes(file), "trailing garbage".getBytes(StandardCharsets.UTF_8)));
        }, Message.of("source.gzip.trailing", "PATH")));
        cases.add(clean("two gzip members one after the other", file -> {
            gzip(file, HEADER + "\n" + ROW + "\n");
            byte[] first = Files.readAllBytes(file);
            gzip(file, "NS,2019,M,LIAM,5\n");
            return bytes(file, concat(first, Files.readAllBytes(file)));
        }));
        cases.add(error("a gzip file with damaged data", file -> {
            gzip(file, HEADER + "\n" + (ROW + "\n").repeat(5000));
            byte[] damaged = Files.readAllBytes(file);
            for (int i = 20; i < 60; i++) {
                damaged[i] = (byte) 0xFF; // the deflate stream's first blocks, after the 10-byte header
            }
            return bytes(file, damaged);
        }, Message.of("source.gzip.damaged", "PATH")));
        return cases.stream();
    }

    @Test
    void theCorpusRunsInAHeapOf256Megabytes() {
        assertThat(Runtime.getRuntime().maxMemory()).as("run by the surefire execution hostile-files, with -Xmx256m")
                .isLessThanOrEqualTo(256L << 20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void everyHostileFileGetsAFindingOrAClearErrorInBoundedTimeAndMemory(Case hostile) throws IOException {
        String name = hostile.name().replaceAll("[^a-zA-Z0-9]+", "-")
                + (hostile.name().contains(".csv.gz") ? ".csv.gz" : ".csv");
        Path file = hostile.maker().make(dir.resolve(name));
        List<String> args = new ArrayList<>(List.of("validate", file.toString(), "-s", "newborn-names", "--format", "json",
                "--lang", "en"));
        args.addAll(hostile.options());

        Cli.Result result = Cli.run(args.toArray(String[]::new));

        assertThat(result.exitCode()).as("exit code; stderr: %s", result.err()).isEqualTo(hostile.exit());
        assertThat(result.err()).as("no stack trace").doesNotContain("\tat ", "Exception", "internal error");
        if (hostile.exit() == 3) {
            assertThat(result.out()).isEmpty();
            assertThat(result.err()).startsWith("hvd: ").contains(file.toString());
            if (hostile.error() != null) {
                List<Object> arguments = new ArrayList<>(hostile.error().args());
                arguments.set(0, file.toString());
                assertThat(result.err().strip()).isEqualTo("hvd: " + EN.format(new Message(hostile.error().key(), arguments)));
            }
            return;
        }
        assertThat(result.out().length()).as("the report is small whatever the file").isLessThan(200_000);
        JsonNode report = JSON.readTree(result.out());
        JsonNode findings = report.get("datasets").get(0).get("findings");
        if (hostile.finding() == null) {
            assertThat(findings.values()).as("no findings").isEmpty();
            assertThat(report.get("datasets").get(0).get("records").asLong()).isPositive();
            return;
        }
        JsonNode found = findings.values().stream().filter(f -> f.get("code").asString().equals(hostile.finding()))
                .findFirst().orElse(null);
        assertThat(found).as("a %s finding in %s", hostile.finding(), findings).isNotNull();
        if (hostile.line() >= 0) {
            assertThat(found.get("examples").get(0).get("line").asLong()).isEqualTo(hostile.line());
        }
        if (hostile.finding().equals("limit-exceeded")) {
            assertThat(found.get("examples").get(0).get("detail").asString()).contains("limit of");
            assertThat(findings.values()).as("a file cut short before its first record is not said to have none")
                    .noneMatch(f -> f.get("code").asString().equals("no-records"));
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void compareKeepsNoMoreThanCappedValuesOfFourHundredCodesOfNineHundredThousandCharacters() throws IOException {
        Path huge = dir.resolve("huge-codes.csv");
        byte[] filler = "X".repeat(900_000).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = stream(huge)) {
            out.write((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 400; i++) {
                out.write(String.format("P%03d", i).getBytes(StandardCharsets.US_ASCII));
                out.write(filler);
                out.write(",2019,F,OLIVIA,66\n".getBytes(StandardCharsets.US_ASCII));
            }
        }
        Path plain = text(dir.resolve("plain.csv"), HEADER + "\n" + ROW + "\n");

        Cli.Result result = Cli.run("compare", "-s", "newborn-names", "A=" + huge, "B=" + plain, "-f", "json", "--lang", "en");

        assertThat(result.err()).as("no stack trace, no memory error").doesNotContain("\tat ", "Exception", "memory");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().length()).as("the report is small whatever the file").isLessThan(100_000);
        JsonNode others = JSON.readTree(result.out()).at("/fields/jurisdiction/0/otherValues");
        assertThat(others.get("rows").asLong()).isEqualTo(400);
        assertThat(others.get("examples").values()).extracting(JsonNode::asString)
                .containsExactly("P000" + "X".repeat(195) + "…", "P001" + "X".repeat(195) + "…", "P002" + "X".repeat(195) + "…",
                        "P003" + "X".repeat(195) + "…", "P004" + "X".repeat(195) + "…");
    }

    // ---- the table's shorthands -------------------------------------------------------------------

    private static Case finding(String name, Maker maker, int exit, String code, long line) {
        return new Case(name, maker, List.of(), exit, code, line, null);
    }

    private static Case clean(String name, Maker maker) {
        return new Case(name, maker, List.of(), 0, null, -1, null);
    }

    private static Case error(String name, Maker maker, Message error) {
        return new Case(name, maker, List.of(), 3, null, -1, error);
    }

    // ---- writing the files --------------------------------------------------------------------------

    private static OutputStream stream(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    /** Writes a unit over and over until about {@code total} bytes are written: large files never sit in memory. */
    private static void repeat(OutputStream out, byte[] unit, long total) throws IOException {
        byte[] block = new byte[unit.length * Math.max(1, 65_536 / unit.length)];
        for (int i = 0; i < block.length; i += unit.length) {
            System.arraycopy(unit, 0, block, i, unit.length);
        }
        for (long written = 0; written < total; written += block.length) {
            out.write(block);
        }
    }

    private static Path text(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Path bytes(Path file, byte[] bytes) throws IOException {
        return Files.write(file, bytes);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        Arrays.stream(parts).forEach(all::writeBytes);
        return all.toByteArray();
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(7).nextBytes(bytes);
        return bytes;
    }

    private static byte[] zip() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("data.csv"));
            zip.write((HEADER + "\n" + ROW + "\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Path gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    /** 256 MB of one repeated row, compressed about a thousand times: a few hundred kilobytes on disk. */
    private static Path bomb(Path file) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            out.write((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
            repeat(out, (ROW + "\n").getBytes(StandardCharsets.UTF_8), 256L << 20);
        }
        return file;
    }

    /** 2 MB of varied rows, which pass the sample read for detection, then 256 MB of one repeated row. */
    private static Path lateBomb(Path file) throws IOException {
        Random random = new Random(11);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
            StringBuilder rows = new StringBuilder();
            while (rows.length() < 2 << 20) {
                rows.append("NS,2019,F,");
                for (int i = 0; i < 8; i++) {
                    rows.append((char) ('A' + random.nextInt(26)));
                }
                rows.append(',').append(5 + random.nextInt(900)).append('\n');
            }
            out.write(rows.toString().getBytes(StandardCharsets.UTF_8));
            repeat(out, (ROW + "\n").getBytes(StandardCharsets.UTF_8), 256L << 20);
        }
        return file;
    }

    private static Path fifo(Path file) throws IOException {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
            Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        } catch (IOException | InterruptedException e) {
            Assumptions.abort("mkfifo is not available: " + e);
        }
        return file;
    }

    /**
     * A file without read permission; skipped where permissions are not enforced (as root), so
     * {@code FileBytesTest} holds its message for every user.
     */
    private static Path unreadable(Path file) throws IOException {
        text(file, HEADER + "\n" + ROW + "\n");
        Assumptions.assumeTrue(file.toFile().setReadable(false, false) && !Files.isReadable(file),
                "file permissions are enforced for this user (not root)");
        return file;
    }
}
