package tix.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.activation.DataHandler;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.mail.internet.MimeUtility;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import tix.app.MailSender;
import tix.app.Outbox;

/**
 * Delivers outbox rows over SMTP (STARTTLS when offered, or TLS with smtps://, AUTH when a user is given). Every
 * header goes through the mail API with checked values: titles and addresses can never inject a header.
 */
public final class SmtpSender implements MailSender {
    private static final Pattern MESSAGE_ID = Pattern.compile("<[\\x21-\\x3b\\x3d\\x3f-\\x7e]+@[\\x21-\\x3b\\x3d\\x3f-\\x7e]+>");
    /** Kinds tix writes by itself: marked so other robots do not answer them (RFC 3834). */
    private static final Set<String> AUTOMATIC = Set.of("reminder", "auto_response", "follow_up", "notification");

    private final MailUrl url;
    private final String password;
    private final Session session;
    private Transport transport;

    public SmtpSender(String url, String password) {
        this.url = MailUrl.parse(url, true);
        this.password = password;
        Properties p = new Properties();
        String proto = this.url.protocol();
        p.setProperty("mail.transport.protocol", proto);
        p.setProperty("mail." + proto + ".host", this.url.host());
        if (this.url.port() > 0) p.setProperty("mail." + proto + ".port", String.valueOf(this.url.port()));
        p.setProperty("mail." + proto + ".auth", String.valueOf(this.url.user() != null));
        p.setProperty("mail." + proto + ".starttls.enable", "true");
        p.setProperty("mail." + proto + ".ssl.checkserveridentity", "true");
        p.setProperty("mail." + proto + ".connectiontimeout", "20000");
        p.setProperty("mail." + proto + ".timeout", "60000");
        p.setProperty("mail." + proto + ".writetimeout", "60000");
        p.setProperty("mail.mime.allowutf8", "false");
        // the name for EHLO: never a slow lookup of the local host name
        p.setProperty("mail." + proto + ".localhost", "localhost");
        this.session = Session.getInstance(p);
    }

    @Override
    public void deliver(Outbox.Item item, String from, List<Part> parts) {
        MimeMessage msg;
        try {
            msg = compose(item, from, parts);
        } catch (AddressException e) {
            throw new Failure("bad address: " + e.getMessage(), true, false, e);
        } catch (MessagingException e) {
            throw new Failure("cannot build the message: " + e.getMessage(), true, false, e);
        }
        try {
            connect();
        } catch (MessagingException e) {
            throw new Failure("cannot reach " + url + ": " + e.getMessage(), false, true, e);
        }
        try {
            transport.sendMessage(msg, msg.getAllRecipients());
        } catch (SendFailedException e) {
            int code = code(e);
            if (unansweredEndOfData(e)) {
                close();
                throw new Failure("no answer after the message was sent: " + oneLine(e.getMessage()), false, true,
                        true, e);
            }
            throw new Failure("refused" + (code > 0 ? " (" + code + ")" : "") + ": " + oneLine(e.getMessage()),
                    code >= 500, false, e);
        } catch (MessagingException e) {
            int code = code(e);
            close();
            // no answer at all: the connection (checked with NOOP just before) broke in the middle of the transaction,
            // perhaps after the server took the message: sending it again could deliver it twice
            throw new Failure("delivery failed: " + oneLine(e.getMessage()), code >= 500, code <= 0, code <= 0, e);
        }
    }

    /**
     * The whole message went (the "." that ends DATA), and the connection ended before the server's answer: it may have
     * taken the mail or not.
     */
    private static boolean unansweredEndOfData(MessagingException e) {
        for (Throwable t = e; t != null; t = t instanceof MessagingException ? ((MessagingException) t).getNextException() : null) {
            if (t instanceof SMTPSendFailedException f && ".".equals(f.getCommand())) {
                return f.getReturnCode() < 200 || f.getReturnCode() > 599;
            }
        }
        return false;
    }

    private static int code(MessagingException e) {
        for (Throwable t = e; t != null; t = t instanceof MessagingException ? ((MessagingException) t).getNextException() : null) {
            if (t instanceof SMTPAddressFailedException) return ((SMTPAddressFailedException) t).getReturnCode();
            if (t instanceof SMTPSendFailedException) return ((SMTPSendFailedException) t).getReturnCode();
        }
        return -1;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private void connect() throws MessagingException {
        if (transport != null && transport.isConnected()) return;
        transport = session.getTransport(url.protocol());
        if (url.user() != null) transport.connect(url.host(), url.port(), url.user(), password);
        else transport.connect();
    }

    MimeMessage compose(Outbox.Item item, String from) throws MessagingException {
        return compose(item, from, List.of());
    }

    MimeMessage compose(Outbox.Item item, String from, List<Part> parts) throws MessagingException {
        String messageId = item.messageId();
        MimeMessage msg = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // the id given when the row was queued: a resend is recognisably the same message
                setHeader("Message-ID", messageId);
            }
        };
        if (!MESSAGE_ID.matcher(messageId).matches()) throw new MessagingException("bad Message-ID " + messageId);
        msg.setFrom(new InternetAddress(from, true));
        msg.setRecipient(Message.RecipientType.TO, new InternetAddress(item.to(), true));
        List<InternetAddress> cc = new ArrayList<>();
        for (String a : item.ccList()) cc.add(new InternetAddress(a, true));
        if (!cc.isEmpty()) msg.setRecipients(Message.RecipientType.CC, cc.toArray(new InternetAddress[0]));
        msg.setSubject(item.subject().replaceAll("[\\p{Cntrl}]+", " ").strip(), "UTF-8");
        if (parts == null || parts.isEmpty()) {
            msg.setText(item.body(), "UTF-8");
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(item.body(), "UTF-8");
            mixed.addBodyPart(text);
            for (Part p : parts) {
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(p.data(), p.contentType())));
                file.setDisposition(jakarta.mail.Part.ATTACHMENT);
                file.setFileName(p.filename()); // RFC 2231 encoded when it is not plain ASCII
                // binary files travel base64 whatever their type says, so the bytes arrive as they left
                file.setHeader("Content-Transfer-Encoding", "base64");
                mixed.addBodyPart(file);
            }
            msg.setContent(mixed);
        }
        msg.setSentDate(new Date());
        if (item.inReplyTo() != null && MESSAGE_ID.matcher(item.inReplyTo()).matches()) {
            msg.setHeader("In-Reply-To", item.inReplyTo());
        }
        List<String> refs = new ArrayList<>();
        if (item.references() != null) {
            for (String r : item.references().split("\\s+")) {
                if (MESSAGE_ID.matcher(r).matches() && !refs.contains(r)) refs.add(r);
            }
        }
        if (!refs.isEmpty()) msg.setHeader("References", MimeUtility.fold(12, String.join(" ", refs)));
        if (AUTOMATIC.contains(item.kind())) {
            msg.setHeader("Auto-Submitted", "auto-replied");
            msg.setHeader("X-Auto-Response-Suppress", "All");
        }
        if (item.ticketId() != null) msg.setHeader("X-Tix-Ticket", String.valueOf(item.ticketId()));
        msg.saveChanges();
        return msg;
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the messages already accepted stay accepted; nothing to undo
            }
            transport = null;
        }
    }
}
