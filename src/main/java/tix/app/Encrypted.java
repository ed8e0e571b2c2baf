package tix.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tix.domain.Message;

/**
 * Customer-supplied PGP blocks (SPEC §1.3: encrypted content readable only by staff). They are stored as they came,
 * encrypted; `show` prints {@code [encrypted]} in their place, and `show --decrypt` the clear text.
 */
public final class Encrypted {
    public static final String PLACEHOLDER = "[encrypted]";
    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN PGP MESSAGE-----.*?-----END PGP MESSAGE-----", Pattern.DOTALL);

    private Encrypted() {
        throw new AssertionError();
    }

    public static boolean has(String body) {
        return body != null && BLOCK.matcher(body).find();
    }

    /** Every armored block replaced by what {@code each} makes of it. */
    public static String replace(String body, UnaryOperator<String> each) {
        if (!has(body)) return body;
        Matcher m = BLOCK.matcher(body);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(each.apply(m.group())));
        m.appendTail(sb);
        return sb.toString();
    }

    /** The ticket with each PGP block shown as [encrypted], or decrypted by {@code decrypt} when it is given. */
    public static TicketDetail show(TicketDetail d, UnaryOperator<String> decrypt) {
        List<Message> out = new ArrayList<>(d.messages().size());
        for (Message m : d.messages()) {
            String body = replace(m.body(), decrypt == null ? block -> PLACEHOLDER : decrypt);
            out.add(body.equals(m.body()) ? m : new Message(m.id(), m.ticketId(), m.kind(), m.author(), body,
                    m.createdAt(), m.messageId(), m.to(), m.cc(), m.sideId()));
        }
        return d.withMessages(out);
    }
}
