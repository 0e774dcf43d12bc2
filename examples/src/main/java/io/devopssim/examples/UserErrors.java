package io.devopssim.examples;

import io.devopssim.cloud.CloudCatalogException;
import io.devopssim.core.SimulationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
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
            String cause = userMessage(u.getCause());
            boolean ownMessage = !u.getMessage().equals(u.getCause().toString());
            return ownMessage ? u.getMessage() + ": " + cause : cause;
        }
        if (e instanceof NoSuchFileException missing) {
            return "no such file: " + missing.getFile();
        }
        if (e instanceof FileSystemException fs) {
            return fs.getFile() + ": " + reason(fs);
        }
        if (e instanceof IOException) {
            return e.getMessage() != null ? e.getMessage() : "input or output failed";
        }
        return null;
    }

    /** Says why a file operation failed in words, never by the exception's class name. */
    private static String reason(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        return e.getReason() != null ? e.getReason() : "cannot be read or written";
    }
}
