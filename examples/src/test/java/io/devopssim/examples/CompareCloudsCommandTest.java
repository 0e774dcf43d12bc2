package io.devopssim.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopssim.cloud.CloudProviders;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CompareCloudsCommandTest {

    @TempDir Path tmp;

    @Test
    void discovery_withAllFourProviderJars_findsExactlyFour() {
        assertThat(CloudProviders.discover().ids())
                .containsExactly("aws", "azure", "digitalocean", "gcp");
    }

    @Test
    void compareClouds_bundledScenarioForADay_printsOneRowPerCloud() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = DevOpsSim.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));

        int status = cli.execute("compare-clouds", "--duration", "1d", "-o", tmp.toString());

        assertThat(status).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(1)).startsWith("aws/us-east-1/m5.large").contains("0.0960");
        assertThat(lines.get(2)).startsWith("gcp/us-east4/n2-standard-2");
        assertThat(lines.get(3)).startsWith("azure/eastus/standard_d2s_v5");
        assertThat(lines.get(4)).startsWith("digitalocean/nyc3/g-2vcpu-8gb");
    }

    @Test
    void compareClouds_unknownInstance_suggestsCloseMatches() {
        StringWriter err = new StringWriter();
        CommandLine cli = DevOpsSim.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));

        int status =
                cli.execute(
                        "compare-clouds",
                        "--offer",
                        "aws/us-east-1/m5.larg",
                        "--duration",
                        "1h",
                        "-o",
                        tmp.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("m5.larg").contains("m5.large");
    }
}
