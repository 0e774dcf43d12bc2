package io.devopssim.examples;

import io.devopssim.cloud.CloudCatalogException;
import io.devopssim.core.SimulationException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns the failures a user can fix (bad input, missing files) into a message and exit status 2.
 *
 * <p>Anything else is a bug of ours and keeps its stack trace.
 */
final class UserErrors implements IExecutionExceptionHandler {

    static final int BAD_INPUT = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed)
            throws Exception {
        String message = userMessage(e);
        if (message == null) {
            throw e;
        }
        cli.getErr().println(cli.getColorScheme().errorText("error: ") + message);
        return BAD_INPUT;
    }

    private static String userMessage(Throwable e) {
        if (e instanceof SimulationException || e instanceof CloudCatalogException) {
            return e.getMessage();
        }
        if (e instanceof UncheckedIOException u) {
            return userMessage(u.getCause());
        }
        if (e instanceof NoSuchFileException missing) {
            return "no such file: " + missing.getFile();
        }
        if (e instanceof java.io.IOException) {
            return e.toString();
        }
        return null;
    }
}
