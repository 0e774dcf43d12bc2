package io.devopssim.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CspAutoscaleCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return run(DevOpsSim.commandLine(), args);
    }

    private int run(CommandLine cli, String... args) {
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 1];
        all[0] = "csp-autoscale";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.execute(all);
    }

    @Test
    void cspAutoscale_tenHosts_printsOutcomeNextToCloudSimPlus() {
        int status = run("--hosts", "10");

        assertThat(status).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2))
                .startsWith("     10      2,400")
                .contains("(2,255)")
                .contains("(249)")
                .contains("(1.2)");
    }

    @Test
    void cspAutoscale_sizeWithoutReference_printsOursOnly() {
        int status = run("--hosts", "3");

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString().lines().toList().get(2)).startsWith("      3        720");
    }

    @Test
    void cspAutoscale_zeroHosts_isABadInputNamingTheValue() {
        int status = run("--hosts", "10,0");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--hosts must be from 1").contains("was 0");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void cspAutoscale_sizeTooLargeForTheHeap_isAnErrorNamingTheSizeNotAStackTrace() {
        CommandLine cli = DevOpsSim.commandLine();
        CspAutoscaleCommand command = cli.getSubcommands().get("csp-autoscale").getCommand();
        command.runner =
                h -> {
                    throw new OutOfMemoryError("Java heap space");
                };

        int status = run(cli, "--hosts", "1000000");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString())
                .startsWith("error: --hosts 1000000 ran out of memory")
                .contains("MiB")
                .contains("-Xmx");
    }
}
