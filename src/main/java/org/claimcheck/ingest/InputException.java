package org.claimcheck.ingest;

/**
 * An input that cannot be read as an article. The message is one line naming the file (and line) and
 * the problem, fit to print as it is.
 */
public class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }
}
