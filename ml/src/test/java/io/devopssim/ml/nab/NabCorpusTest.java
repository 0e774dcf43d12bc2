package io.devopssim.ml.nab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NabCorpusTest {

    private static final String HEADER = "timestamp,value\n";
    private static final String FIVE_ROWS =
            HEADER
                    + "2014-04-10 00:00:00,1.5\n"
                    + "2014-04-10 00:05:00,2\n"
                    + "2014-04-10 00:10:00,3\n"
                    + "2014-04-10 00:15:00,4\n"
                    + "2014-04-10 00:20:00,5\n";

    @TempDir Path folder;

    private void csv(String name, String text) throws IOException {
        Path file = folder.resolve("data").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void windows(String json) throws IOException {
        Files.writeString(folder.resolve("combined_windows.json"), json);
    }

    @Test
    void read_wellFormedCorpus_givesRowsAndWindowsAsRowIndices() throws IOException {
        csv("cat/a.csv", FIVE_ROWS);
        csv("cat/b.csv", FIVE_ROWS);
        windows(
                "{\"cat/a.csv\": [[\"2014-04-10 00:05:00.000000\", \"2014-04-10"
                        + " 00:15:00.000000\"]], \"cat/b.csv\": []}");

        NabCorpus corpus = NabCorpus.read(folder);

        assertThat(corpus.series())
                .extracting(NabSeries::name)
                .containsExactly("cat/a.csv", "cat/b.csv");
        NabSeries a = corpus.series().get(0);
        assertThat(a.size()).isEqualTo(5);
        assertThat(a.value(0)).isEqualTo(1.5);
        assertThat(a.timestamp(4)).isEqualTo("2014-04-10 00:20:00");
        // 2014-04-10T00:00:00Z is 16,170 days after the epoch: 16170 * 86400 = 1,397,088,000 s.
        assertThat(a.epochSeconds(0)).isEqualTo(1_397_088_000.0);
        assertThat(a.epochSeconds(1) - a.epochSeconds(0)).isEqualTo(300);
        assertThat(a.windows()).containsExactly(new NabWindow(1, 3));
        assertThat(corpus.series().get(1).windows()).isEmpty();
        assertThat(corpus.warnings()).isEmpty();
        assertThat(corpus.rows()).isEqualTo(10);
    }

    @Test
    void read_overlappingWindows_mergesThemWithAWarning() throws IOException {
        csv("cat/a.csv", FIVE_ROWS);
        windows(
                "{\"cat/a.csv\": [[\"2014-04-10 00:10:00\", \"2014-04-10 00:20:00\"],"
                        + " [\"2014-04-10 00:00:00\", \"2014-04-10 00:10:00\"]]}");

        NabCorpus corpus = NabCorpus.read(folder);

        assertThat(corpus.series().get(0).windows()).containsExactly(new NabWindow(0, 4));
        assertThat(corpus.warnings()).singleElement().asString().contains("merged");
    }

    @Test
    void read_adjacentWindows_staysTwoWindows() throws IOException {
        csv("cat/a.csv", FIVE_ROWS);
        windows(
                "{\"cat/a.csv\": [[\"2014-04-10 00:00:00\", \"2014-04-10 00:05:00\"],"
                        + " [\"2014-04-10 00:10:00\", \"2014-04-10 00:20:00\"]]}");

        assertThat(NabCorpus.read(folder).series().get(0).windows())
                .containsExactly(new NabWindow(0, 1), new NabWindow(2, 4));
    }

    @Test
    void read_repeatedTimestamp_keepsTheRowsOneMillisecondApartWithAWarning() throws IOException {
        csv(
                "cat/a.csv",
                HEADER
                        + "2014-03-09 01:55:00,1\n"
                        + "2014-03-09 03:00:00,2\n"
                        + "2014-03-09 03:00:00,3\n"
                        + "2014-03-09 03:05:00,4\n");
        windows("{\"cat/a.csv\": [[\"2014-03-09 03:00:00\", \"2014-03-09 03:05:00\"]]}");

        NabCorpus corpus = NabCorpus.read(folder);

        NabSeries a = corpus.series().get(0);
        assertThat(a.size()).isEqualTo(4);
        assertThat(a.epochSeconds(2) - a.epochSeconds(1)).isCloseTo(0.001, within(1e-6));
        assertThat(a.windows()).containsExactly(new NabWindow(1, 3));
        assertThat(corpus.warnings()).singleElement().asString().contains("1 rows repeat");
    }

    @Test
    void read_malformedRows_reportsEveryProblemWithFileLineValueAndExpectation()
            throws IOException {
        csv(
                "cat/a.csv",
                HEADER
                        + "2014-04-10 00:00:00,1\n"
                        + "2014-04-10 00:05:00,abc\n"
                        + "2014-04-10 00:10:00,NaN\n"
                        + "yesterday,4\n"
                        + "2014-04-10 00:20:00,5\n"
                        + "2014-04-10 00:15:00,6\n"
                        + "2014-04-10 00:25:00\n");
        windows("{\"cat/a.csv\": []}");

        assertThatThrownBy(() -> NabCorpus.read(folder))
                .isInstanceOf(NabCorpusException.class)
                .hasMessageContaining("cat/a.csv: line 3: value 'abc', expected a finite number")
                .hasMessageContaining("cat/a.csv: line 4: value 'NaN', expected a finite number")
                .hasMessageContaining("cat/a.csv: line 5: timestamp 'yesterday', expected")
                .hasMessageContaining(
                        "cat/a.csv: line 7: timestamp 2014-04-10 00:15:00 is before the previous"
                                + " row's 2014-04-10 00:20:00")
                .hasMessageContaining("cat/a.csv: line 8: 1 fields, expected 2")
                .hasMessageContaining("5 problems");
    }

    @Test
    void read_windowsNamingMissingFileOrTimestamps_reportsBoth() throws IOException {
        csv("cat/a.csv", FIVE_ROWS);
        windows(
                "{\"cat/a.csv\": [[\"2014-04-10 00:07:00\", \"2014-04-10 00:15:00\"]],"
                        + " \"cat/gone.csv\": []}");

        assertThatThrownBy(() -> NabCorpus.read(folder))
                .isInstanceOf(NabCorpusException.class)
                .hasMessageContaining(
                        "cat/a.csv: window 1: start '2014-04-10 00:07:00' is not a timestamp of"
                                + " the file's rows")
                .hasMessageContaining("\"cat/gone.csv\" names no file");
    }

    @Test
    void read_windowEndingBeforeItStarts_isRefused() throws IOException {
        csv("cat/a.csv", FIVE_ROWS);
        windows("{\"cat/a.csv\": [[\"2014-04-10 00:15:00\", \"2014-04-10 00:05:00\"]]}");

        assertThatThrownBy(() -> NabCorpus.read(folder))
                .hasMessageContaining("cat/a.csv: window 1: ends before it starts");
    }

    @Test
    void read_emptyFileAndFileWithoutWindowsEntry_areBothErrors() throws IOException {
        csv("cat/empty.csv", HEADER);
        csv("cat/zero.csv", "");
        csv("cat/unlabelled.csv", FIVE_ROWS);
        windows("{\"cat/empty.csv\": [], \"cat/zero.csv\": []}");

        assertThatThrownBy(() -> NabCorpus.read(folder))
                .isInstanceOf(NabCorpusException.class)
                .hasMessageContaining("cat/empty.csv: holds no rows")
                .hasMessageContaining("cat/zero.csv: line 1: header []")
                .hasMessageContaining("cat/unlabelled.csv: no entry in");
    }

    @Test
    void read_fileStartingWithAByteOrderMark_readsItsHeader() throws IOException {
        csv("cat/a.csv", "\uFEFF" + FIVE_ROWS);
        windows("{\"cat/a.csv\": []}");

        NabCorpus corpus = NabCorpus.read(folder);

        assertThat(corpus.series().get(0).size()).isEqualTo(5);
        assertThat(corpus.series().get(0).value(0)).isEqualTo(1.5);
    }

    @Test
    void read_wrongHeader_namesTheExpectedOne() throws IOException {
        csv("cat/a.csv", "time,val\n2014-04-10 00:00:00,1\n");
        windows("{\"cat/a.csv\": []}");

        assertThatThrownBy(() -> NabCorpus.read(folder))
                .hasMessageContaining(
                        "cat/a.csv: line 1: header [time, val], expected [timestamp, value]");
    }

    @Test
    void read_badWindowsJson_saysWhatWasExpected() throws IOException {
        csv("cat/a.csv", FIVE_ROWS);
        windows("{\"cat/a.csv\": [[\"2014-04-10 00:00:00\"]]}");

        assertThatThrownBy(() -> NabCorpus.read(folder))
                .hasMessageContaining("\"cat/a.csv\" window 1")
                .hasMessageContaining("expected [start, end] as two timestamp strings");
    }

    @Test
    void read_windowsFileNotJson_reportsItWithoutBlamingEveryCsv() throws IOException {
        csv("cat/a.csv", FIVE_ROWS);
        windows("{\"cat/a.csv\": [");

        assertThatThrownBy(() -> NabCorpus.read(folder))
                .hasMessageContaining("combined_windows.json: not valid JSON")
                .hasMessageContaining("1 problem:")
                .hasMessageNotContaining("no entry");
    }

    @Test
    void read_windowsFileNotJson_givesLineAndColumnWithoutJacksonsSourceDescription()
            throws IOException {
        csv("cat/a.csv", FIVE_ROWS);
        windows("{\"cat/a.csv\": [");

        // The '[' that is never closed is the 15th character: {"cat/a.csv": [
        assertThatThrownBy(() -> NabCorpus.read(folder))
                .hasMessageContaining("combined_windows.json: not valid JSON at line 1, column ")
                .hasMessageContaining("start marker at line 1, column 15")
                .hasMessageNotContaining("Source")
                .hasMessageNotContaining("StreamReadFeature");
    }

    @Test
    void read_missingWindowsFile_saysItDoesNotExistWithoutAnExceptionName() throws IOException {
        csv("cat/a.csv", FIVE_ROWS);
        Path missing = folder.resolve("nope_windows.json");

        assertThatThrownBy(() -> NabCorpus.read(folder, missing))
                .isInstanceOf(NabCorpusException.class)
                .hasMessageContaining(missing + ": does not exist; expected a windows JSON file")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void read_unreadableRows_reportsThemWithoutAlsoBlamingTheirWindows() throws IOException {
        csv("cat/a.csv", "time,val\n2014-04-10 00:00:00,1\n");
        csv("cat/b.csv", HEADER);
        windows(
                "{\"cat/a.csv\": [[\"2014-04-10 00:00:00\", \"2014-04-10 00:00:00\"]],"
                        + " \"cat/b.csv\": [[\"2014-04-10 00:00:00\", \"2014-04-10 00:00:00\"]]}");

        assertThatThrownBy(() -> NabCorpus.read(folder))
                .hasMessageContaining("2 problems:")
                .hasMessageContaining("cat/a.csv: line 1: header [time, val]")
                .hasMessageContaining("cat/b.csv: holds no rows")
                .hasMessageNotContaining("window 1");
    }

    @Test
    void read_folderWithoutOrWithTwoWindowsFiles_asksForTheFile() throws IOException {
        csv("cat/a.csv", FIVE_ROWS);

        assertThatThrownBy(() -> NabCorpus.read(folder))
                .isInstanceOf(NabCorpusException.class)
                .hasMessageContaining("expected exactly one *windows*.json file, found none");

        windows("{\"cat/a.csv\": []}");
        Files.writeString(folder.resolve("other_windows.json"), "{}");
        assertThatThrownBy(() -> NabCorpus.read(folder)).hasMessageContaining("found [");
        assertThat(NabCorpus.read(folder, folder.resolve("combined_windows.json")).series())
                .hasSize(1);
    }

    @Test
    void read_missingFolderOrDataFolder_isAClearError() throws IOException {
        assertThatThrownBy(() -> NabCorpus.read(folder.resolve("nope")))
                .isInstanceOf(NabCorpusException.class)
                .hasMessageContaining("not a folder");

        windows("{}");
        assertThatThrownBy(() -> NabCorpus.read(folder)).hasMessageContaining("no data/ folder");
    }

    @Test
    void read_manyProblemsInOneFile_listsTenAndCountsTheRest() throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 15; i++) {
            text.append("2014-04-10 00:00:00,x\n");
        }
        csv("cat/a.csv", text.toString());
        windows("{\"cat/a.csv\": []}");

        assertThatThrownBy(() -> NabCorpus.read(folder))
                .hasMessageContaining("line 11: value 'x'")
                .hasMessageNotContaining("line 12: value")
                .hasMessageContaining("cat/a.csv: and 5 problems more");
    }

    @Test
    void read_mergedWindows_areScoredAsOneWindow() throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 100; i++) {
            text.append(String.format("2014-04-10 %02d:%02d:00,%d%n", i / 60, i % 60, i));
        }
        csv("cat/a.csv", text.toString());
        windows(
                "{\"cat/a.csv\": [[\"2014-04-10 00:50:00\", \"2014-04-10 00:55:00\"],"
                        + " [\"2014-04-10 00:53:00\", \"2014-04-10 00:59:00\"]]}");
        NabCorpus corpus = NabCorpus.read(folder);
        double[] scores = new double[100];
        scores[50] = 1;

        // One window [50, 59] after merging: a detection at its first row is perfect, 100; two
        // windows would leave the second undetected (or detected late) and score below 100.
        List<NabResult> r = NabScorer.score(corpus, Map.of("cat/a.csv", scores));

        assertThat(r.get(0).score()).isCloseTo(100, within(1e-9));
        assertThat(r.get(0).falseNegatives()).isZero();
    }
}
