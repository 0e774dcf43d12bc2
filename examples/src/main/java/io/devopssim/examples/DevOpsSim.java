package io.devopssim.examples;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code devopssim} command line: runs the simulator's main job and its examples. */
@Command(
        name = "devopssim",
        mixinStandardHelpOptions = true,
        version = "DevOps Simulator 0.1.0-SNAPSHOT",
        description = "Simulates service fleets: traffic, autoscaling, failures and cost.",
        subcommands = {
            SimulateCommand.class,
            CompareCloudsCommand.class,
            CompareAutoscalersCommand.class,
            DetectAnomaliesCommand.class,
            ForecastCommand.class,
            PlanFailoverCommand.class,
            CspAutoscaleCommand.class,
            CommandLine.HelpCommand.class
        })
public final class DevOpsSim {

    private DevOpsSim() {}

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new DevOpsSim());
        cli.setExecutionExceptionHandler(new UserErrors());
        return cli;
    }
}
