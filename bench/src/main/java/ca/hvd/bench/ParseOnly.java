package ca.hvd.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The baseline of the benchmark: FastCSV reading a file and nothing else. Each record's fields are
 * made (as for any consumer) and their lengths summed so that nothing is optimised away; the
 * default JVM options are those of a plain {@code java -cp}.
 *
 * <p>Usage: {@code ParseOnly FILE}; prints the records and the characters read.
 */
public final class ParseOnly {

    private ParseOnly() {
    }

    public static void main(String[] args) throws IOException {
        long records = 0;
        long chars = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(Path.of(args[0]))) {
            for (CsvRecord record : reader) {
                records++;
                for (int i = 0; i < record.getFieldCount(); i++) {
                    chars += record.getField(i).length();
                }
            }
        }
        System.out.println(records + " records, " + chars + " characters");
    }
}
