package ca.hvd.core.compare;

import java.util.Arrays;

/**
 * An approximate count of distinct values in fixed memory (Flajolet, Fusy, Gandouet and Meunier,
 * 2007): {@value #REGISTERS} one-byte registers, each the longest run of leading zeros seen among
 * the hashes it is given. The estimate's relative standard error is {@code 1.04 / sqrt(m)}, about
 * {@value #RELATIVE_ERROR_PERCENT}% for m = {@value #REGISTERS}; small counts use linear counting
 * (the share of empty registers), and with 64-bit hashes no large-range correction is needed.
 *
 * <p>{@link #combine} takes the larger register of each pair: associative, commutative and exact, so
 * the sketch of a file equals the combination of the sketches of its parts, however it is cut.
 */
final class HyperLogLog {

    /** Bits of the hash that choose a register. */
    static final int PRECISION = 14;

    /** The number of registers, {@code 2^PRECISION}. */
    static final int REGISTERS = 1 << PRECISION;

    /** {@code 1.04 / sqrt(REGISTERS)} in percent, rounded. */
    static final double RELATIVE_ERROR_PERCENT = 0.81;

    private final byte[] registers;

    HyperLogLog() {
        this.registers = new byte[REGISTERS];
    }

    private HyperLogLog(byte[] registers) {
        this.registers = registers;
    }

    /** Takes one value's hash ({@link ValueHash}). */
    void add(long hash) {
        int index = (int) (hash >>> (64 - PRECISION));
        long rest = (hash << PRECISION) | (1L << (PRECISION - 1));
        byte rank = (byte) (Long.numberOfLeadingZeros(rest) + 1);
        if (rank > registers[index]) {
            registers[index] = rank;
        }
    }

    /** The sketch of both streams. */
    HyperLogLog combine(HyperLogLog other) {
        byte[] merged = registers.clone();
        for (int i = 0; i < REGISTERS; i++) {
            if (other.registers[i] > merged[i]) {
                merged[i] = other.registers[i];
            }
        }
        return new HyperLogLog(merged);
    }

    /** The estimated number of distinct values. */
    long estimate() {
        double sum = 0;
        int zeros = 0;
        for (byte register : registers) {
            sum += Math.scalb(1.0, -register);
            if (register == 0) {
                zeros++;
            }
        }
        double alpha = 0.7213 / (1 + 1.079 / REGISTERS);
        double estimate = alpha * REGISTERS * (double) REGISTERS / sum;
        if (estimate <= 2.5 * REGISTERS && zeros > 0) {
            estimate = REGISTERS * Math.log((double) REGISTERS / zeros);
        }
        return Math.round(estimate);
    }

    /** The relative standard error of {@link #estimate}, {@code 1.04 / sqrt(m)}. */
    static double relativeError() {
        return 1.04 / Math.sqrt(REGISTERS);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HyperLogLog sketch && Arrays.equals(registers, sketch.registers);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(registers);
    }
}
