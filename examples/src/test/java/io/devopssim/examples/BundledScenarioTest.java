package io.devopssim.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopssim.core.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledScenarioTest {

    @TempDir Path dir;

    @Test
    void nasa_intoAnEmptyFolder_copiesEveryFileWithoutWarning() {
        Scenario scenario = BundledScenario.nasa(dir);

        assertThat(dir.resolve("scenario.yaml")).exists();
        assertThat(dir.resolve("nasa_http_1995_requests_per_minute.csv")).exists();
        assertThat(dir.resolve("scenario.yaml.bak")).doesNotExist();
        assertThat(scenario.warnings()).noneMatch(w -> w.contains("kept as"));
    }

    @Test
    void nasa_overAnEditedCopy_keepsTheEditAsBackupAndWarns() throws IOException {
        BundledScenario.nasa(dir);
        Path yaml = dir.resolve("scenario.yaml");
        String bundled = Files.readString(yaml);
        Files.writeString(yaml, bundled + "# my edit\n");

        Scenario again = BundledScenario.nasa(dir);

        assertThat(Files.readString(yaml)).isEqualTo(bundled);
        assertThat(Files.readString(dir.resolve("scenario.yaml.bak"))).endsWith("# my edit\n");
        assertThat(again.warnings())
                .anyMatch(w -> w.contains("scenario.yaml differed") && w.contains(".bak"));
    }

    @Test
    void nasa_overAnUnchangedCopy_leavesNoBackup() {
        BundledScenario.nasa(dir);

        Scenario again = BundledScenario.nasa(dir);

        assertThat(dir.resolve("scenario.yaml.bak")).doesNotExist();
        assertThat(again.warnings()).noneMatch(w -> w.contains("kept as"));
    }
}
