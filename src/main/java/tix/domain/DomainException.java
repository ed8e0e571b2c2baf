package tix.domain;

/**
 * A refusal the user can act on. The {@link Reason} decides the exit code (SPEC §6);
 * the message is one line, the hint says what to do about it.
 */
public class DomainException extends RuntimeException {
    /** INTERRUPTED: Ctrl-C or a termination signal cancelled the command and its transaction was rolled back. */
    public enum Reason { USAGE, NOT_FOUND, CONFLICT, DENIED, BUSY, INVALID_DATA, INTERNAL, INTERRUPTED }

    private final Reason reason;
    private final String hint;

    public DomainException(Reason reason, String message, String hint) {
        super(message);
        this.reason = reason;
        this.hint = hint;
    }

    public DomainException(Reason reason, String message, String hint, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.hint = hint;
    }

    public Reason reason() { return reason; }

    public String hint() { return hint; }

    public static DomainException usage(String message, String hint) {
        return new DomainException(Reason.USAGE, message, hint);
    }

    public static DomainException notFound(String message, String hint) {
        return new DomainException(Reason.NOT_FOUND, message, hint);
    }

    public static DomainException conflict(String message, String hint) {
        return new DomainException(Reason.CONFLICT, message, hint);
    }

    public static DomainException denied(String message, String hint) {
        return new DomainException(Reason.DENIED, message, hint);
    }

    public static DomainException invalidData(String message, String hint) {
        return new DomainException(Reason.INVALID_DATA, message, hint);
    }

    public static DomainException ticketNotFound(long id) {
        return notFound("ticket #" + id + " not found", "see 'tix list'");
    }
}
