package ca.hvd.core.engine;

import ca.hvd.core.check.CompiledStandard;
import ca.hvd.core.check.Outcome;
import ca.hvd.core.check.RowObserver;
import ca.hvd.core.check.Tally;
import ca.hvd.core.source.CsvFile;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Reads one file in parts on several threads and combines what they found, in file order, into the
 * tally of the whole file.
 *
 * <p>The file is cut about every {@link ValidationRequest#chunkSize()} bytes at a line start
 * ({@link CsvFile#partStarts}). Each part is read by a worker into a tally of its own, lines and
 * records counted from the part's start, the part's last record read whole even when it runs past
 * the part's end; the first {@value #WARM_UP_PARTS} parts are read one at a time, while the JIT
 * compiles the check loop. A line start may be inside a quoted field, so a part's start is a guess until
 * the part before it is read: that part says where its last record ends, which is where the next
 * record really starts. When the guess was right (always, unless a quoted field holds a line break
 * at the cut), the part's tally is combined as it is; when it was wrong, the part is read again
 * from the right place, on this thread. A malformed record stops reading as it does in one pass:
 * the parts after it are dropped.
 *
 * <p>Tallies are combined in file order as soon as the next one is ready ({@link Tally#combine}),
 * which moves each part's lines and record numbers to their place in the file. At most two parts
 * per thread are read ahead, and no more than an eighth of the heap's maximum can hold (the bytes
 * of a part being read, and the tally of each part not yet combined), so that many processors and
 * a small heap do not run out of memory. Decisions on the whole file (duplicate keys, inconsistent
 * case, the totals row) are made afterwards, on the combined tally, so the report is the one a
 * single pass gives. When reading stops early (a malformed record), the parts read ahead are
 * waited for and forgotten: no worker still reads the file when {@link #read} returns.
 *
 * <p>When the rows are observed ({@link Observation#inParts}), each part has an observer of its own
 * too, held by its tally; the observers are combined in file order with the tallies, and those of
 * parts read again or dropped are forgotten with them.
 *
 * @param <T> the type of the parts' row observers
 */
final class ParallelRead<T extends RowObserver> {

    /** A part read: where it was, what it found, and its observer (or {@code null}). */
    private record Result<T>(CsvFile.Part part, Tally tally, T observer) {
    }

    /** What a part's tally may hold, roughly, besides its bytes: examples, value profiles, keys before they spill. */
    private static final long TALLY_BYTES = 2L << 20;
    /**
     * The first parts are read one at a time: while the check loop is being compiled, a worker
     * running it slowly on every core leaves the JIT compiler none, and the whole run waits longer
     * for compiled code (docs/benchmarks.md: 0.1 s less at 1,000,000 rows on two cores).
     */
    static final int WARM_UP_PARTS = 2;
    /** Room in a part's buffer past the chunk size: a part is cut at the first line start after it, so it is a little longer. */
    private static final int BUFFER_SLACK = 1 << 16;

    private final CsvFile file;
    private final CompiledStandard compiled;
    private final ValidationRequest request;
    private final ExecutorService workers;
    /** The observers of the rows, or {@code null}. */
    private final Observation<T> observation;
    /** Buffers for parts' bytes, one per part being read, reused from part to part. */
    private final ConcurrentLinkedQueue<byte[]> buffers = new ConcurrentLinkedQueue<>();
    /** Set when reading stops: a part not started yet then returns {@code null} at once, without reading. */
    private volatile boolean stopped;

    ParallelRead(CsvFile file, CompiledStandard compiled, ValidationRequest request, ExecutorService workers,
                 Observation<T> observation) {
        if (observation != null && !observation.allowsParts()) {
            throw new IllegalArgumentException("rows heard in one pass cannot be read in parts");
        }
        this.file = file;
        this.compiled = compiled;
        this.request = request;
        this.workers = workers;
        this.observation = observation;
    }

    /**
     * Reads the file.
     *
     * @param first    the tally of the first part, holding what was found before the first record,
     *                 and the first observer of the observation, if any
     * @param progress hears how far reading is, after each part
     * @return the tally of the whole file: {@code first}, with every other part combined into it (and
     *         the observation's {@link Observation#whole} the observer of the whole)
     */
    Tally read(Tally first, Progress progress) {
        long[] starts = file.partStarts(request.chunkSize());
        int parts = starts.length - 1;
        int ahead = ahead(request);
        List<Future<Result<T>>> futures = new ArrayList<>(parts);
        Tally whole = first;
        long expected = starts[0];
        long records = 0;
        int firstNotCombined = 0;
        try {
            for (int k = 0; k < parts; k++) {
                while (futures.size() < Math.min(parts, k < WARM_UP_PARTS ? k + 1 : k + ahead)) {
                    int part = futures.size();
                    Tally tally = part == 0 ? first : null;
                    futures.add(workers.submit(() -> stopped ? null : readPart(starts[part], starts[part + 1], tally)));
                }
                Result<T> result = Outcome.of(futures.get(k));
                firstNotCombined = k + 1;
                if (k > 0 && result.part().start() != expected) {
                    // the part before ran past this one's start: this one starts elsewhere, or not at all
                    result.tally().release();
                    if (expected >= starts[k + 1]) {
                        continue;
                    }
                    result = readPart(expected, starts[k + 1], null);
                }
                if (k > 0) {
                    whole.combine(result.tally());
                    if (observation != null) {
                        observation.append(result.observer());
                    }
                }
                records += result.part().reads();
                expected = result.part().next();
                progress.part(expected, records);
                if (result.part().end()) {
                    break;
                }
            }
        } finally {
            stopped = true;
            drop(futures.subList(firstNotCombined, futures.size()));
        }
        progress.done(records);
        return whole;
    }

    /** How many parts may be read ahead of the one combined next: two per thread, within an eighth of the heap. */
    static int ahead(ValidationRequest request) {
        long perPart = Math.min(request.chunkSize(), CsvFile.WHOLE_PART) + TALLY_BYTES;
        long fit = Runtime.getRuntime().maxMemory() / 8 / perPart;
        return (int) Math.max(2, Math.min(2L * request.threads(), fit));
    }

    /** Reads a part into a new tally (with a new observer), or into the given one. */
    private Result<T> readPart(long start, long end, Tally into) {
        T observer = into != null || observation == null ? null : observation.newPart();
        Tally tally = into != null ? into : compiled.newTally(request.exampleLimit(), request.keyMemory(), observer);
        byte[] buffer = buffers.poll();
        try {
            if (buffer == null) {
                buffer = new byte[Math.min(request.chunkSize(), CsvFile.WHOLE_PART) + BUFFER_SLACK];
            }
            CsvFile.Part part = file.readPart(start, end, buffer,
                    (line, record, cells, noInvalidCharacter) -> compiled.check(line, record, cells, noInvalidCharacter, tally));
            if (part.stop() != null) {
                compiled.notice(part.stop(), tally);
            }
            tally.invalidByte(part.invalidByte());
            tally.extent(part.lines(), part.reads());
            return new Result<>(part, tally, observer);
        } catch (RuntimeException | Error e) {
            if (into == null) {
                tally.release();
            }
            throw e;
        } finally {
            if (buffer != null) {
                buffers.add(buffer);
            }
        }
    }

    /**
     * Forgets the parts not combined: waits for each (one not started yet returns at once, reading
     * having stopped) and releases its tally and temporary files, so that no worker still reads this
     * file when reading returns. A part that failed released its own tally.
     */
    private static <T> void drop(List<Future<Result<T>>> futures) {
        Outcome.awaitAll(futures, result -> {
            if (result != null) {
                result.tally().release();
            }
        });
    }

    /** Hears how far a file is read. */
    interface Progress {
        /** After a part: the bytes read so far and the records in them. */
        void part(long bytesRead, long records);

        /** At the end, with the records read. */
        void done(long records);
    }
}
