package ca.hvd.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ca.hvd.core.StandardFolders;
import ca.hvd.core.check.CompiledStandard;
import ca.hvd.core.check.RowObserver;
import ca.hvd.core.check.Tally;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.report.FindingGroup;
import ca.hvd.core.source.CsvFile;
import ca.hvd.core.source.HeaderMatcher;
import ca.hvd.core.standard.Standard;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RunnableFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading in parts where the properties ({@code ParallelValidationProperties}) do not reach: parts
 * larger than the largest read into memory, encodings without an encoder, and the parts being read
 * when reading stops, which must be waited for and released.
 */
class ParallelReadTest {

    private static final Standard NEWBORN_NAMES = StandardFolders.bundled("newborn-names");

    @TempDir
    Path dir;

    private static DatasetReport validate(Path file, int threads, int chunkSize, long keyMemory) {
        return Validator.validate(ValidationRequest.builder(NEWBORN_NAMES).dataset(new DatasetInput(file, "data.csv"))
                .exampleLimit(3).threads(threads).chunkSize(chunkSize).keyMemory(keyMemory).build()).datasets().get(0);
    }

    /** Parts over 8 MiB are streamed (CsvFile.stream from the start), a path the properties never take. */
    @Test
    void partsLargerThanEightMiBGiveTheReportOfOnePass() throws Exception {
        int chunk = 9 << 20;
        StringBuilder text = new StringBuilder("jurisdiction,year,sex,name,count\r\n");
        int i = 0;
        for (int cut = 1; cut <= 2; cut++) {
            while (text.length() < (long) cut * chunk - 40) {
                i++;
                String name = i % 997 == 0 ? "\"LI\r\nAM\"" : i % 50_000 == 0 ? "NAME7" : "NAME" + i;
                text.append("NS,2019,F,").append(name).append(",12\r\n");
            }
            // a quoted value whose line breaks straddle the cut
            text.append("NS,2019,F,\"").append("X\r\n".repeat(40)).append("\",3\r\n");
        }
        for (int j = 0; j < 1000; j++) {
            text.append("NS,2019,F,TAIL").append(j).append(",1\r\n");
        }
        Path file = dir.resolve("big.csv");
        Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8));

        DatasetReport onePass = validate(file, 1, Integer.MAX_VALUE, ValidationRequest.DEFAULT_KEY_MEMORY);
        DatasetReport inParts = validate(file, 3, chunk, 1 << 16);
        DatasetReport inPartsOneThread = validate(file, 1, chunk, 1 << 16);

        assertThat(inParts).isEqualTo(onePass);
        assertThat(inPartsOneThread).isEqualTo(onePass);
    }

    /**
     * A record is scanned for invalid characters only when a read of the parser that holds its
     * characters gave one (BytesReader): with parts of many reads, invalid characters at every
     * place in a record and in a read (first and last of a read, next to a quoted line break, in a
     * run of ASCII and after a multi-byte character) are all found, as in one pass.
     */
    @Test
    void invalidCharactersAreFoundInWhicheverReadOfAPartTheyFallIn() throws Exception {
        String[] invalid = {"\u0001", "\u000B", "\u001F", "\u007F", "\u0085", "\u009F", "\uFFFD"};
        StringBuilder text = new StringBuilder("jurisdiction,year,sex,name,count\n");
        int injected = 0;
        for (int i = 0; text.length() < 400_000; i++) {
            String name = i % 3 == 0 ? "\"MARIE\nÈVE " + i + "\"" : i % 5 == 0 ? "ZOË\tLOU" + i : "NAME" + i;
            if (i % 41 == 7) {
                String character = invalid[(i / 41) % invalid.length];
                int at = (i / 7) % (name.length() + 1);
                name = i % 3 == 0 ? "\"" + character + name.substring(1) : name.substring(0, at) + character + name.substring(at);
                injected++;
            }
            text.append("NB,2020,M,").append(name).append(",").append(5 + i % 90).append('\n');
        }
        Path file = dir.resolve("invalid.csv");
        Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8));

        DatasetReport onePass = validate(file, 1, Integer.MAX_VALUE, ValidationRequest.DEFAULT_KEY_MEMORY);
        DatasetReport inParts = validate(file, 2, 64 << 10, ValidationRequest.DEFAULT_KEY_MEMORY);

        assertThat(inParts).isEqualTo(onePass);
        assertThat(inParts.findings()).filteredOn(group -> group.key().code() == FindingCode.INVALID_CHARACTER)
                .extracting(FindingGroup::count).containsExactly((long) injected);
    }

    /** A decode-only charset (x-JISAutoDetect, ISO-2022-CN) has no encoder: such a file is read in one pass, not in parts. */
    @Test
    void aLargeFileInADecodeOnlyEncodingIsReadInOnePass() throws Exception {
        Path file = manyKeys(1_000);
        ValidationRequest.Builder request = ValidationRequest.builder(NEWBORN_NAMES).dataset(new DatasetInput(file, "data.csv"))
                .source(SourceOptions.DETECT.withEncoding(Charset.forName("x-JISAutoDetect")))
                .threads(2);

        DatasetReport onePass = Validator.validate(request.chunkSize(Integer.MAX_VALUE).build()).datasets().get(0);
        DatasetReport cut = Validator.validate(request.chunkSize(1 << 10).build()).datasets().get(0);

        assertThat(cut).isEqualTo(onePass);
    }

    /** Two threads; the task of one part, once started, waits for a latch before it reads. */
    static final class HoldingPool extends ThreadPoolExecutor {
        final int held;
        final AtomicInteger submitted = new AtomicInteger();
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch go = new CountDownLatch(1);

        HoldingPool(int held) {
            super(2, 2, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
            this.held = held;
        }

        @Override
        protected <V> RunnableFuture<V> newTaskFor(Callable<V> task) {
            int index = submitted.getAndIncrement();
            return new FutureTask<>(() -> {
                if (index == held) {
                    started.countDown();
                    go.await();
                }
                return task.call();
            });
        }
    }

    @Test
    void aPartBeingReadWhenReadingStopsIsWaitedForAndItsSpillFileClosed() throws Exception {
        StringBuilder text = new StringBuilder("jurisdiction,year,sex,name,count\n");
        for (int i = 0; i < 20_000; i++) {
            // a malformed record in the second part stops reading there
            text.append(i == 4_000 ? "NS,2019,F,\"AB\"C,12\n" : "NS,2019,F,NAME" + i + ",12\n");
        }
        Path path = dir.resolve("stop.csv");
        Files.write(path, text.toString().getBytes(StandardCharsets.UTF_8));
        ValidationRequest request = ValidationRequest.builder(StandardFolders.bundled("newborn-names"))
                .dataset(new DatasetInput(path, "stop.csv")).threads(2).chunkSize(64 << 10).keyMemory(0).build();
        HeaderMatcher matcher = HeaderMatcher.of(request.standard(), null, Set.of());
        CsvFile file = CsvFile.open(path, request.effectiveSource(), matcher);
        CompiledStandard compiled = CompiledStandard.compile(request.standard(), null, matcher, matcher.bind(file.header()),
                request.effectiveSeverities(), request.constants());
        Tally tally = compiled.newTally(request.exampleLimit(), request.keyMemory(), null);
        HoldingPool pool = new HoldingPool(3);
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "open files are counted in /proc");
        assertThat(spillFilesOpen()).isZero();
        Thread release = new Thread(() -> {
            try {
                pool.started.await();
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            pool.go.countDown();
        });
        release.start();

        new ParallelRead<RowObserver>(file, compiled, request, pool, null).read(tally, new ParallelRead.Progress() {
            @Override
            public void part(long bytesRead, long records) {
            }

            @Override
            public void done(long records) {
            }
        });
        DatasetReport report = compiled.report(tally, "stop.csv", file.info(), pool, null);
        tally.release();
        assertThat(report.findings()).anySatisfy(group -> assertThat(group.key().code()).isEqualTo(FindingCode.MALFORMED_CSV));

        boolean returnedWhileAPartWasRead = pool.go.getCount() > 0;
        release.join();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(returnedWhileAPartWasRead).as("read returned while a worker still read a part of the file").isFalse();
        assertThat(spillFilesOpen()).as("spill files of the parts read after the stop").isZero();
    }

    private static long spillFilesOpen() throws Exception {
        long open = 0;
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    if (Files.readSymbolicLink(fd).toString().contains("hvd-keys-")) {
                        open++;
                    }
                } catch (IOException gone) {
                    // closed meanwhile
                }
            }
        }
        return open;
    }

    private Path manyKeys(int rows) throws Exception {
        StringBuilder text = new StringBuilder("jurisdiction,year,sex,name,count\n");
        for (int i = 0; i < rows; i++) {
            text.append("NS,2019,F,NAME").append(i).append(",12\n");
        }
        Path file = dir.resolve("keys.csv");
        Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        return file;
    }

}
