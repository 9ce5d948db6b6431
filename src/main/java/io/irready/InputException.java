package io.irready;

/**
 * Bad input from the user: configuration, evidence bundle, templates or credentials. The message
 * names the problem and the fix; the command line turns it into exit code 2.
 */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
