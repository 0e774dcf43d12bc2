package io.devopssim.core.scenario;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devopssim.core.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioReaderMessagesTest {

    @TempDir Path tmp;

    @Test
    void nanNumber_isNamedAsNotFinite() throws IOException {
        Path file = tmp.resolve("nan.yaml");
        Files.writeString(
                file,
                "name: nan\nprovider: aws\nregion: us-east-1\nservices:\n"
                        + "  - name: web\n    capacityRps: .nan\n");

        assertThatThrownBy(() -> ScenarioReader.read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 6")
                .hasMessageContaining("NaN and infinity are not accepted");
    }

    @Test
    void hugeNegativeNumber_isShownInScientificNotation() throws IOException {
        Path file = tmp.resolve("huge.yaml");
        Files.writeString(
                file,
                "name: huge\nprovider: aws\nregion: us-east-1\nrun: {duration: 1h}\nservices:\n"
                        + "  - name: web\n    instanceType: m5.large\n    capacityRps: -1e300\n"
                        + "    load: {constant: 1}\n");

        assertThatThrownBy(() -> ScenarioReader.read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("services[0].capacityRps: must be > 0, was -1.0E300")
                .hasMessageNotContaining("00000000");
    }

    @Test
    void csvGivenAsScenario_isQuotedShortly() throws IOException {
        Path file = tmp.resolve("trace.csv");
        Files.writeString(file, "minute,count\n" + "1995-07-01 00:00:00,42\n".repeat(500));

        assertThatThrownBy(() -> ScenarioReader.read(file))
                .hasMessageContaining("expected a mapping, was \"minute,count")
                .hasMessageContaining("...\"")
                .satisfies(
                        e ->
                                org.assertj.core.api.Assertions.assertThat(e.getMessage())
                                        .hasSizeLessThan(600));
    }

    @Test
    void missingFile_saysSoWithoutExceptionNames() {
        assertThatThrownBy(() -> ScenarioReader.read(tmp.resolve("none.yaml")))
                .hasMessageContaining("no such file")
                .hasMessageNotContaining("Exception");
    }
}
