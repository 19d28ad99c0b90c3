package ca.hvd.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.standard.StandardRegistry;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressListenerTest {

    @TempDir
    Path dir;

    @Test
    void aListenerHearsTheStartThrottledTicksAndTheEndOfEveryFile() throws IOException {
        Path big = names(50_000);
        Path small = dir.resolve("small.csv");
        Files.writeString(small, "jurisdiction,year,sex,name,count\nNS,2019,F,OLIVIA,5\n");
        List<ProgressListener.Progress> heard = new ArrayList<>();

        Validator.validate(ValidationRequest.builder(StandardRegistry.bundled().resolve("newborn-names"))
                .dataset(DatasetInput.of(big))
                .dataset(DatasetInput.of(small))
                .threads(1)
                .progress(heard::add)
                .build());

        List<ProgressListener.Progress> first = heard.stream().filter(p -> p.index() == 0).toList();
        assertThat(first.get(0)).isEqualTo(new ProgressListener.Progress(DatasetInput.of(big), 0, 2, 0, Files.size(big), 0, false));
        assertThat(first.get(first.size() - 1)).isEqualTo(
                new ProgressListener.Progress(DatasetInput.of(big), 0, 2, Files.size(big), Files.size(big), 50_000, true));
        for (ProgressListener.Progress tick : first.subList(1, first.size() - 1)) {
            assertThat(tick.records() % ProgressListener.RECORD_INTERVAL).isZero();
            assertThat(tick.bytesRead()).isBetween(1L, Files.size(big));
            assertThat(tick.done()).isFalse();
        }
        assertThat(heard.stream().filter(p -> p.index() == 1).map(ProgressListener.Progress::records))
                .containsExactly(0L, 1L);
        assertThat(heard.get(heard.size() - 1).fraction()).isEqualTo(1.0);
    }

    @Test
    void aFileReadInPartsIsHeardOnTheCallingThreadAfterPartsWithBytesAndRecordsThatGrow() throws IOException {
        Path big = names(200_000);
        List<ProgressListener.Progress> heard = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();

        Validator.validate(ValidationRequest.builder(StandardRegistry.bundled().resolve("newborn-names"))
                .dataset(DatasetInput.of(big))
                .threads(2)
                .chunkSize(64 << 10)
                .progress(progress -> {
                    heard.add(progress);
                    threads.add(Thread.currentThread());
                })
                .build());

        assertThat(threads).containsOnly(Thread.currentThread());
        assertThat(heard.get(0)).isEqualTo(new ProgressListener.Progress(DatasetInput.of(big), 0, 1, 0, Files.size(big), 0, false));
        assertThat(heard.get(heard.size() - 1)).isEqualTo(
                new ProgressListener.Progress(DatasetInput.of(big), 0, 1, Files.size(big), Files.size(big), 200_000, true));
        for (int i = 1; i < heard.size(); i++) {
            assertThat(heard.get(i).bytesRead()).isGreaterThanOrEqualTo(heard.get(i - 1).bytesRead());
            assertThat(heard.get(i).records()).isGreaterThanOrEqualTo(heard.get(i - 1).records());
        }
    }

    /** A newborn-names file of that many records, each with a name of its own. */
    private Path names(int records) throws IOException {
        Path file = dir.resolve("big.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("jurisdiction,year,sex,name,count\n");
            for (int i = 0; i < records; i++) {
                out.write("NS,2019,F,NAME" + i + ",5\n");
            }
        }
        return file;
    }
}
