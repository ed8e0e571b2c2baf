package tix.app;

/** The SMTP side of `mail send`: hands one outbox row to a mail server. Implemented in tix.mail. */
public interface MailSender extends AutoCloseable {
    /**
     * Delivers {@code item} with {@code from} as its sender. Returns once the server accepted it; throws
     * {@link Failure} when it refused it or could not be reached.
     */
    void deliver(Outbox.Item item, String from, java.util.List<Part> parts);

    /** A file sent with the message as a MIME part (the files an agent attached to the answer). */
    record Part(String filename, String contentType, byte[] data) {
    }

    @Override
    void close();

    /** A refused or failed delivery. {@code permanent}: retrying cannot help (a 5xx answer, a bad address). */
    final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean permanent;
        private final boolean connection;
        private final boolean uncertain;

        public Failure(String message, boolean permanent, boolean connection, Throwable cause) {
            this(message, permanent, connection, false, cause);
        }

        /**
         * {@code uncertain}: the connection broke after the message was handed over and before the server answered,
         * so it may have been accepted: sending it again could deliver it twice.
         */
        public Failure(String message, boolean permanent, boolean connection, boolean uncertain, Throwable cause) {
            super(message, cause);
            this.permanent = permanent;
            this.connection = connection;
            this.uncertain = uncertain;
        }

        public boolean uncertain() {
            return uncertain;
        }

        public boolean permanent() {
            return permanent;
        }

        /** The server could not be reached at all: the other rows are not tried in this run. */
        public boolean connection() {
            return connection;
        }
    }
}
