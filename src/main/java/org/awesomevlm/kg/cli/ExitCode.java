package org.awesomevlm.kg.cli;

/** Exit codes of the {@code kg} command line. */
public enum ExitCode {
    OK(0),
    /** Bad input (file, syntax, shape, parameter): the message names file and line. */
    BAD_INPUT(2),
    /** An unexpected failure: a bug or the environment. */
    INTERNAL(1);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
