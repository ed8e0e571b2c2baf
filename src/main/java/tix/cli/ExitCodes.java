package tix.cli;

import tix.domain.DomainException;

/** The exit codes of SPEC §6, the only place they are defined. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int USAGE = 2;
    public static final int NOT_FOUND = 3;
    public static final int CONFLICT = 4;
    public static final int DENIED = 5;
    public static final int BUSY = 6;
    public static final int INVALID_DATA = 7;

    /** For `--help` and the man pages (picocli exitCodeList). */
    static final String[] LIST = {
        "0:success",
        "1:internal error",
        "2:usage error: unknown option, bad value, bad date",
        "3:not found: ticket, message, agent, queue ...",
        "4:conflict: invalid transition, concurrent change (--if-version)",
        "5:permission denied for the acting agent's role",
        "6:database busy or unreadable after retries",
        "7:invalid input data (CSV row, email message): nothing was written",
    };

    private ExitCodes() {
        throw new AssertionError();
    }

    static int of(DomainException.Reason reason) {
        switch (reason) {
            case USAGE: return USAGE;
            case NOT_FOUND: return NOT_FOUND;
            case CONFLICT: return CONFLICT;
            case DENIED: return DENIED;
            case BUSY: return BUSY;
            case INVALID_DATA: return INVALID_DATA;
            default: return INTERNAL;
        }
    }
}
