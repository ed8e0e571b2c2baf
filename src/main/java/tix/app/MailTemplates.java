package tix.app;

import java.util.Map;

/** The built-in mail texts and the placeholder filling of per-queue templates. */
public final class MailTemplates {
    private MailTemplates() {
        throw new AssertionError();
    }

    public static final String NEW = "Hello {requester.name},\n\n"
            + "we have received your message and opened ticket #{ticket.id} \"{ticket.title}\".\n"
            + "We will answer as soon as we can. To add anything, reply to this mail and keep [#{ticket.id}] "
            + "in the subject.\n\n-- \n{queue}";

    public static final String REMINDER = "Hello {requester.name},\n\n"
            + "we are waiting for your answer on ticket #{ticket.id} \"{ticket.title}\".\n"
            + "If the problem is solved, there is nothing to do: the ticket will be resolved in a few days.\n"
            + "Otherwise just reply to this mail.\n\n-- \n{queue}";

    public static final String PHONE = "Hello {requester.name},\n\n"
            + "thank you for your call. We noted it as ticket #{ticket.id} \"{ticket.title}\" with {agent.name}.\n"
            + "To add anything, reply to this mail and keep [#{ticket.id}] in the subject.\n\n-- \n{queue}";

    /**
     * Fills {@code {ticket.id}}, {@code {ticket.title}}, {@code {requester.name}}, {@code {requester.email}},
     * {@code {agent.name}} and {@code {queue}}; unknown placeholders stay as they are.
     */
    public static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                out.append(template, i, template.length());
                break;
            }
            String key = template.substring(open + 1, close);
            out.append(template, i, open);
            if (values.containsKey(key)) {
                out.append(values.get(key) == null ? "" : values.get(key));
            } else {
                out.append(template, open, close + 1);
            }
            i = close + 1;
        }
        return out.toString();
    }
}
