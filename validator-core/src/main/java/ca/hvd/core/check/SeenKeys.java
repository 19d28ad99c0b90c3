package ca.hvd.core.check;

import ca.hvd.core.SourceException;
import ca.hvd.core.i18n.Message;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * The keys of a standard's unique keys as a part of a file holds them, kept compactly so that the
 * duplicates of the whole file are found exactly, in bounded memory, once it is read.
 *
 * <p>Each key is an entry: a 64-bit fingerprint ({@link KeyHash}), the key's bytes (the unique
 * key's index, then each part's characters with its length: equal bytes mean equal keys), and where
 * it was seen (line, record, and the cell of a wide row). An entry goes to one of
 * {@value #PARTITIONS} partitions by the top bits of its fingerprint, appended in file order to
 * blocks of bytes. Past a memory budget, every block in memory is written to a temporary file
 * ("spilled") and read back at the end; the file is deleted when the keys are closed.
 *
 * <p>{@link #combine} appends the entries of the next part of the file, its lines and records
 * counted on from this part's: it is associative, so the keys of a file seen whole or in
 * consecutive parts give the same duplicates.
 *
 * <p>{@link #duplicates} reads one partition at a time into an open-addressing table of
 * fingerprints. A fingerprint seen before is a duplicate only when the key bytes are equal too, so a
 * collision is never reported; the first occurrence is the earliest entry of equal bytes, entries
 * being read in file order. Besides the budget, that step holds one partition per thread, about
 * 1/{@value #PARTITIONS} of the entries each, and no more partitions at once than half the heap
 * holds.
 *
 * <p>Owned by one thread at a time, like the {@link Tally} that holds it.
 */
final class SeenKeys {

    /** How many partitions entries are spread over: a partition must fit in memory at the end. */
    static final int PARTITIONS = 64;

    /** The table's bytes per entry while a partition is decided: up to four slots of fingerprint, offset and first line. */
    static final int TABLE_BYTES_PER_ENTRY = 4 * (8 + 4 + 8);

    private static final int FIRST_BLOCK = 1 << 10;
    private static final int LARGEST_BLOCK = 1 << 18;

    /** A run of entries of one partition, in memory or in a spill file, with what to add to its lines and records. */
    private static final class Block {
        byte[] data;
        int length;
        int entries;
        SpillFile file;
        long offset;
        long lineShift;
        long recordShift;

        Block(int capacity) {
            data = new byte[capacity];
        }
    }

    /** The open block of a partition that has none: no room, never grown, never in a partition. */
    private static final Block NONE = new Block(0);

    /**
     * One duplicate.
     *
     * @param line      the line of the record that repeats the key
     * @param record    its record number
     * @param cell      the cell of a wide row it comes from, else 0
     * @param key       the key's values, joined by {@code " | "}
     * @param firstLine the line of the key's first occurrence
     */
    record Duplicate(long line, long record, int cell, String key, long firstLine) {
    }

    /**
     * The duplicates of one unique key.
     *
     * @param count every duplicate (records whose key an earlier record has)
     * @param first the first duplicates in file order, at most the example limit
     */
    record Duplicates(long count, List<Duplicate> first) {
    }

    private static final Comparator<Duplicate> FILE_ORDER = Comparator.comparingLong(Duplicate::line)
            .thenComparingInt(Duplicate::cell);

    private final KeyHash hash;
    private final long budget;
    private final List<List<Block>> partitions = new ArrayList<>(PARTITIONS);
    /**
     * Per partition, the block entries are appended to, or {@link #NONE}: a block without room, so
     * that the hot path tests only for room (a test for a missing block, true at the start of each
     * part and so after the loop is compiled, would have it compiled again).
     */
    private final Block[] open = new Block[PARTITIONS];
    private final List<SpillFile> spills = new ArrayList<>();
    private SpillFile spill;
    private long memory;
    private byte[] key = new byte[64];
    private int keyLength;

    /**
     * @param hash   the fingerprint of a key's bytes
     * @param budget the bytes of entries kept in memory before they are spilled to a temporary file
     */
    SeenKeys(KeyHash hash, long budget) {
        this.hash = hash;
        this.budget = budget;
        for (int i = 0; i < PARTITIONS; i++) {
            partitions.add(new ArrayList<>(1));
        }
        Arrays.fill(open, NONE);
    }

    // ---- hot path: one call per record with a key ----------------------------------------------

    /**
     * Remembers the key of a record: the values of the given fields, each non-empty.
     *
     * @param unique the unique key's index
     * @param values the record's values, per field
     * @param fields the key's fields
     * @param line   the line of the record
     * @param record its record number
     * @param cell   the cell of a wide row it comes from, else 0
     */
    void add(int unique, String[] values, int[] fields, long line, long record, int cell) {
        keyLength = 0;
        writeKeyVarint(unique);
        for (int field : fields) {
            writeKeyPart(values[field]);
        }
        long fingerprint = hash.hash(key, 0, keyLength);
        int partition = (int) (fingerprint >>> 58);
        // the record number as its distance to the line: one byte in most files
        long lineToRecord = line - record;
        int size = 8 + varintSize(keyLength) + keyLength + varintSize(line) + varintSize(lineToRecord) + varintSize(cell);
        Block block = open[partition];
        if (block.length + size > block.data.length) {
            block = room(partition, size);
        }
        byte[] data = block.data;
        int at = block.length;
        LittleEndian.writeLong(data, at, fingerprint);
        at = writeVarint(data, at + 8, keyLength);
        System.arraycopy(key, 0, data, at, keyLength);
        at = writeVarint(data, at + keyLength, line);
        at = writeVarint(data, at, lineToRecord);
        block.length = writeVarint(data, at, cell);
        block.entries++;
    }

    private void writeKeyPart(String value) {
        int length = value.length();
        // no early exit: a loop without one compiles without profile-based predicates to undo
        int bits = 0;
        for (int i = 0; i < length; i++) {
            bits |= value.charAt(i);
        }
        boolean narrow = bits <= 0xFF;
        writeKeyVarint((long) length << 1 | (narrow ? 0 : 1));
        int needed = keyLength + (narrow ? length : 2 * length);
        if (needed > key.length) {
            key = Arrays.copyOf(key, Math.max(needed, 2 * key.length));
        }
        byte[] bytes = key;
        int at = keyLength;
        if (narrow) {
            for (int i = 0; i < length; i++) {
                bytes[at++] = (byte) value.charAt(i);
            }
        } else {
            for (int i = 0; i < length; i++) {
                char c = value.charAt(i);
                bytes[at++] = (byte) (c >>> 8);
                bytes[at++] = (byte) c;
            }
        }
        keyLength = at;
    }

    private void writeKeyVarint(long value) {
        if (keyLength + 10 > key.length) {
            key = Arrays.copyOf(key, 2 * key.length + 10);
        }
        keyLength = writeVarint(key, keyLength, value);
    }

    private static int writeVarint(byte[] bytes, int at, long value) {
        while ((value & ~0x7FL) != 0) {
            bytes[at++] = (byte) (value & 0x7F | 0x80);
            value >>>= 7;
        }
        bytes[at++] = (byte) value;
        return at;
    }

    private static int varintSize(long value) {
        return value >= 0 && value < 0x80 ? 1 : (63 - Long.numberOfLeadingZeros(value)) / 7 + 1;
    }

    // ---- end of the hot path ---------------------------------------------------------------------

    /**
     * A block of the partition with room for an entry of the given size: the open one grown, or a
     * new one. When that would take memory past the budget, every block is spilled first (so memory
     * passes the budget by at most one block).
     */
    private Block room(int partition, int size) {
        Block block = open[partition];
        boolean grow = block != NONE && block.data.length < LARGEST_BLOCK;
        int capacity = grow ? Math.max(Math.min(2 * block.data.length, LARGEST_BLOCK), block.length + size)
                : Math.max(FIRST_BLOCK, size);
        long added = grow ? capacity - block.data.length : capacity;
        if (memory > 0 && memory + added > budget) {
            spillAll();
            grow = false;
            capacity = Math.max(FIRST_BLOCK, size);
            added = capacity;
        }
        if (grow) {
            block.data = Arrays.copyOf(block.data, capacity);
        } else {
            block = new Block(capacity);
            open[partition] = block;
            partitions.get(partition).add(block);
        }
        memory += added;
        return block;
    }

    /** Writes every block held in memory to this part's spill file. */
    private void spillAll() {
        if (spill == null) {
            spill = SpillFile.create();
            spills.add(spill);
        }
        for (List<Block> blocks : partitions) {
            for (Block block : blocks) {
                if (block.data != null) {
                    block.offset = spill.write(block.data, block.length);
                    block.file = spill;
                    block.data = null;
                }
            }
        }
        Arrays.fill(open, NONE);
        memory = 0;
    }

    /**
     * Appends the keys of the next part of the file; {@code later} must not be used afterwards.
     *
     * @param later       the keys of the part that follows this one
     * @param lineShift   the lines this part covers, added to the later part's lines
     * @param recordShift the records this part read, added to the later part's record numbers
     */
    void combine(SeenKeys later, long lineShift, long recordShift) {
        // A block carries one line and record shift for all its entries: entries added after this
        // (there are none in a combined file, but the class does not rely on it) go to new blocks.
        Arrays.fill(open, NONE);
        for (int p = 0; p < PARTITIONS; p++) {
            for (Block block : later.partitions.get(p)) {
                block.lineShift += lineShift;
                block.recordShift += recordShift;
                partitions.get(p).add(block);
            }
        }
        memory += later.memory;
        spills.addAll(later.spills);
        if (memory > budget) {
            spillAll();
        }
    }

    /** Hears every duplicate, not only the first ones kept: see {@link #duplicates(int, int, ExecutorService, Sink)}. */
    @FunctionalInterface
    interface Sink {
        /** One duplicate of a unique key (its index). */
        void duplicate(int unique, Duplicate duplicate);
    }

    /**
     * The duplicates of each unique key, decided on every entry; then closes the keys.
     *
     * @param uniqueKeys   how many unique keys there are
     * @param exampleLimit the most duplicates kept per unique key, the first in file order
     * @param workers      threads that go through the partitions (each holds one at a time), or
     *                     {@code null} to go through them on this thread
     */
    Duplicates[] duplicates(int uniqueKeys, int exampleLimit, ExecutorService workers) {
        return duplicates(uniqueKeys, exampleLimit, workers, null);
    }

    /**
     * The duplicates of each unique key, as {@link #duplicates(int, int, ExecutorService)} finds them,
     * every one of them also given to a sink, partition by partition (so not in file order), on this
     * thread: with a sink, the partitions are gone through on this thread, one at a time.
     *
     * @param every hears every duplicate, or {@code null}
     */
    Duplicates[] duplicates(int uniqueKeys, int exampleLimit, ExecutorService workers, Sink every) {
        if (every != null) {
            workers = null;
        }
        long[] counts = new long[uniqueKeys];
        List<PriorityQueue<Duplicate>> firsts = new ArrayList<>(uniqueKeys);
        for (int u = 0; u < uniqueKeys; u++) {
            firsts.add(new PriorityQueue<>(FILE_ORDER.reversed()));
        }
        try {
            if (workers == null) {
                Scratch scratch = new Scratch();
                for (List<Block> blocks : partitions) {
                    findDuplicates(blocks, scratch, counts, firsts, exampleLimit, every);
                }
            } else {
                List<Future<Found>> found = new ArrayList<>();
                try {
                    // each task goes through its share of the partitions one at a time, as many tasks
                    // as threads, but no more than the heap holds partitions at once
                    int tasks = concurrentPartitions(workerCount(workers), Runtime.getRuntime().maxMemory());
                    for (int t = 0; t < tasks; t++) {
                        int task = t;
                        found.add(workers.submit(() -> {
                            Found part = new Found(uniqueKeys);
                            Scratch scratch = new Scratch();
                            for (int p = task; p < PARTITIONS; p += tasks) {
                                findDuplicates(partitions.get(p), scratch, part.counts, part.firsts, exampleLimit, null);
                            }
                            return part;
                        }));
                    }
                    for (Future<Found> future : found) {
                        Found part = Outcome.of(future);
                        for (int u = 0; u < uniqueKeys; u++) {
                            counts[u] += part.counts[u];
                            for (Duplicate duplicate : part.firsts.get(u)) {
                                offer(firsts.get(u), exampleLimit, duplicate);
                            }
                        }
                    }
                } finally {
                    // after a failure, the other partitions may still read the temporary file: wait before closing it
                    Outcome.awaitAll(found, part -> { });
                }
            }
        } finally {
            close();
        }
        Duplicates[] found = new Duplicates[uniqueKeys];
        for (int u = 0; u < uniqueKeys; u++) {
            List<Duplicate> first = new ArrayList<>(firsts.get(u));
            first.sort(FILE_ORDER);
            found[u] = new Duplicates(counts[u], first);
        }
        return found;
    }

    /** What one partition's duplicates are: counts and first duplicates per unique key. */
    private static final class Found {
        final long[] counts;
        final List<PriorityQueue<Duplicate>> firsts;

        Found(int uniqueKeys) {
            counts = new long[uniqueKeys];
            firsts = new ArrayList<>(uniqueKeys);
            for (int u = 0; u < uniqueKeys; u++) {
                firsts.add(new PriorityQueue<>(FILE_ORDER.reversed()));
            }
        }
    }

    /** The threads of a pool, when it says; else two. */
    private static int workerCount(ExecutorService workers) {
        return workers instanceof ThreadPoolExecutor pool ? pool.getMaximumPoolSize() : 2;
    }

    /**
     * How many partitions may be held at once: one per thread, within half the heap. A partition
     * held takes its entries' bytes and a table of about {@value #TABLE_BYTES_PER_ENTRY} bytes per
     * entry.
     *
     * @param heap the heap's maximum, in bytes
     */
    int concurrentPartitions(int threads, long heap) {
        long largest = 0;
        for (List<Block> blocks : partitions) {
            long bytes = 0;
            for (Block block : blocks) {
                bytes += block.length + (long) block.entries * TABLE_BYTES_PER_ENTRY;
            }
            largest = Math.max(largest, bytes);
        }
        long fit = largest == 0 ? threads : heap / 2 / largest;
        return (int) Math.max(1, Math.min(threads, fit));
    }

    /**
     * What a thread reuses from one partition to the next while it decides them: room for a
     * partition's bytes and its table. Reused rather than made per partition, the arrays of the
     * step do not fill the young generation and the table's slots need only be marked empty.
     */
    private static final class Scratch {
        byte[] all = new byte[0];
        long[] fingerprints = new long[0];
        int[] keyAt = new int[0];
        long[] firstLines = new long[0];

        /** Room for a partition of the given bytes and an empty table of the given capacity. */
        void prepare(int bytes, int capacity) {
            if (all.length < bytes) {
                all = new byte[bytes];
            }
            if (keyAt.length < capacity) {
                fingerprints = new long[capacity];
                keyAt = new int[capacity];
                firstLines = new long[capacity];
            } else {
                Arrays.fill(keyAt, 0, capacity, 0);
            }
        }
    }

    private void findDuplicates(List<Block> blocks, Scratch scratch, long[] counts, List<PriorityQueue<Duplicate>> firsts,
                                int exampleLimit, Sink every) {
        long total = 0;
        long entries = 0;
        for (Block block : blocks) {
            total += block.length;
            entries += block.entries;
        }
        if (entries == 0) {
            return;
        }
        if (total > Integer.MAX_VALUE - 16 || entries > (1 << 29)) {
            throw new IllegalStateException("a partition of keys is larger than hvd can hold: " + total + " bytes");
        }
        int capacity = Integer.highestOneBit((int) Math.max(16, entries * 2 - 1)) << 1;
        scratch.prepare((int) total, capacity);
        byte[] all = scratch.all;
        int filled = 0;
        for (Block block : blocks) {
            if (block.data != null) {
                System.arraycopy(block.data, 0, all, filled, block.length);
            } else {
                block.file.read(block.offset, all, filled, block.length);
            }
            filled += block.length;
        }
        int mask = capacity - 1;
        long[] fingerprints = scratch.fingerprints;
        int[] keyAt = scratch.keyAt;
        long[] firstLines = scratch.firstLines;
        long[] read = new long[1];
        int at = 0;
        for (Block block : blocks) {
            for (int e = 0; e < block.entries; e++) {
                long fingerprint = LittleEndian.readLong(all, at);
                at += 8;
                int keyStart = at;
                long length = 0;
                for (int shift = 0; ; shift += 7) {
                    byte b = all[at++];
                    length |= (long) (b & 0x7F) << shift;
                    if (b >= 0) {
                        break;
                    }
                }
                int keyBytes = at;
                at += (int) length;
                at = readVarint(all, at, read);
                long relativeLine = read[0];
                long line = relativeLine + block.lineShift;
                at = readVarint(all, at, read);
                long record = relativeLine - read[0] + block.recordShift;
                at = readVarint(all, at, read);
                int cell = (int) read[0];
                int slot = (int) fingerprint & mask;
                while (true) {
                    if (keyAt[slot] == 0) {
                        fingerprints[slot] = fingerprint;
                        keyAt[slot] = keyStart + 1;
                        firstLines[slot] = line;
                        break;
                    }
                    if (fingerprints[slot] == fingerprint && sameKey(all, keyAt[slot] - 1, keyStart)) {
                        readVarint(all, keyBytes, read);
                        int unique = (int) read[0];
                        counts[unique]++;
                        offer(firsts.get(unique), exampleLimit, line, record, cell, all, keyBytes, (int) length,
                                firstLines[slot]);
                        if (every != null) {
                            every.duplicate(unique, new Duplicate(line, record, cell,
                                    display(all, keyBytes, (int) length), firstLines[slot]));
                        }
                        break;
                    }
                    slot = (slot + 1) & mask;
                }
            }
        }
    }

    /** Whether the keys whose length varints start at the two offsets have the same bytes. */
    private static boolean sameKey(byte[] all, int a, int b) {
        long[] read = new long[1];
        int aStart = readVarint(all, a, read);
        int aLength = (int) read[0];
        int bStart = readVarint(all, b, read);
        return aLength == read[0] && Arrays.equals(all, aStart, aStart + aLength, all, bStart, bStart + aLength);
    }

    private static void offer(PriorityQueue<Duplicate> first, int limit, long line, long record, int cell, byte[] all,
                              int keyBytes, int keyLength, long firstLine) {
        if (limit > 0 && !(first.size() >= limit && later(line, cell, first.peek()))) {
            offer(first, limit, new Duplicate(line, record, cell, display(all, keyBytes, keyLength), firstLine));
        }
    }

    /** Keeps a duplicate among the first ones in file order, at most {@code limit}. */
    private static void offer(PriorityQueue<Duplicate> first, int limit, Duplicate duplicate) {
        if (limit == 0 || first.size() >= limit && later(duplicate.line(), duplicate.cell(), first.peek())) {
            return;
        }
        first.add(duplicate);
        if (first.size() > limit) {
            first.poll();
        }
    }

    private static boolean later(long line, int cell, Duplicate than) {
        return line > than.line() || line == than.line() && cell > than.cell();
    }

    /** A key's values, joined by {@code " | "} as reports show a key. */
    static String display(byte[] all, int from, int length) {
        long[] read = new long[1];
        int at = readVarint(all, from, read);
        int end = from + length;
        StringBuilder text = new StringBuilder();
        boolean first = true;
        while (at < end) {
            at = readVarint(all, at, read);
            int chars = (int) (read[0] >>> 1);
            boolean wide = (read[0] & 1) != 0;
            if (!first) {
                text.append(" | ");
            }
            first = false;
            for (int i = 0; i < chars; i++) {
                text.append(wide ? (char) ((all[at++] & 0xFF) << 8 | all[at++] & 0xFF) : (char) (all[at++] & 0xFF));
            }
        }
        return text.toString();
    }

    private static int readVarint(byte[] bytes, int at, long[] into) {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = bytes[at++];
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                into[0] = value;
                return at;
            }
        }
    }

    /** Forgets every key and deletes the spill files. */
    void close() {
        for (SpillFile file : spills) {
            file.close();
        }
        spills.clear();
        spill = null;
        for (List<Block> blocks : partitions) {
            blocks.clear();
        }
        Arrays.fill(open, NONE);
        memory = 0;
    }

    /** Whether some entries were written to a temporary file. */
    boolean spilled() {
        return !spills.isEmpty();
    }

    /** A temporary file of spilled blocks, deleted when closed (and at once where the system allows). */
    private static final class SpillFile {
        private final Path path;
        private final FileChannel channel;
        private long size;

        private SpillFile(Path path, FileChannel channel) {
            this.path = path;
            this.channel = channel;
        }

        static SpillFile create() {
            Path path = null;
            try {
                path = Files.createTempFile("hvd-keys-", ".bin");
                FileChannel channel;
                try {
                    channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                            StandardOpenOption.DELETE_ON_CLOSE);
                } catch (IOException | RuntimeException e) {
                    Files.deleteIfExists(path);
                    throw e;
                }
                try {
                    // where the system allows it, the file disappears now and its space when the channel closes
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // Windows keeps an open file: DELETE_ON_CLOSE deletes it
                }
                return new SpillFile(path, channel);
            } catch (IOException e) {
                throw failure(path, e);
            }
        }

        long write(byte[] data, int length) {
            long offset = size;
            ByteBuffer buffer = ByteBuffer.wrap(data, 0, length);
            try {
                while (buffer.hasRemaining()) {
                    size += channel.write(buffer, size);
                }
            } catch (IOException e) {
                throw failure(path, e);
            }
            return offset;
        }

        void read(long offset, byte[] into, int at, int length) {
            ByteBuffer buffer = ByteBuffer.wrap(into, at, length);
            try {
                while (buffer.hasRemaining()) {
                    if (channel.read(buffer, offset + buffer.position() - at) < 0) {
                        throw new IOException("the file is shorter than what was written to it");
                    }
                }
            } catch (IOException e) {
                throw failure(path, e);
            }
        }

        void close() {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing to keep: the file is deleted on close, or was deleted when created
            }
        }

        private static SourceException failure(Path path, IOException e) {
            String where = path == null ? System.getProperty("java.io.tmpdir") : path.toString();
            return new SourceException(Message.of("source.temporary", where, String.valueOf(e.getMessage())), e);
        }
    }
}
