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
    /** 128 + SIGINT, as shells report a command Ctrl-C stopped. */
    public static final int INTERRUPTED = 130;

    // the lines of `--help` and the man pages (picocli exitCodeList on TixCommand), one per code above

    static final String OK_LINE = "0:success";
    static final String INTERNAL_LINE = "1:internal error";
    static final String USAGE_LINE = "2:usage error: unknown option, bad value, bad date";
    static final String NOT_FOUND_LINE = "3:not found: ticket, message, agent, queue ...";
    static final String CONFLICT_LINE = "4:conflict: invalid transition, concurrent change (--if-version)";
    static final String DENIED_LINE = "5:permission denied for the acting agent's role";
    static final String BUSY_LINE = "6:database busy or unreadable after retries";
    static final String INVALID_DATA_LINE = "7:invalid input data (CSV row, email message): nothing was written";

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
            case INTERRUPTED: return INTERRUPTED;
            default: return INTERNAL;
        }
    }
}
