package io.irready.checks.patterns;

/** A pattern uses syntax irready does not evaluate; whatever it guards is then not credited. */
public final class UnsupportedPatternException extends IllegalArgumentException {

    public UnsupportedPatternException(String message) {
        super(message);
    }
}
