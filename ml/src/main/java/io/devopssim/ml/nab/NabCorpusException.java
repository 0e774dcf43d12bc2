package io.devopssim.ml.nab;

import io.devopssim.core.SimulationException;

/**
 * Signals a benchmark corpus that cannot be read: a malformed row, a window outside its file.
 *
 * <p>The message lists every problem found, each naming the file, the line, the value and what was
 * expected.
 */
public final class NabCorpusException extends SimulationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception whose message lists what is wrong with a corpus.
     *
     * @param message the problems, shown to users as they are
     */
    public NabCorpusException(String message) {
        super(message);
    }
}
