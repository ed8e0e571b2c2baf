package tix.cli;

import picocli.CommandLine.Option;

/** {@code --format TEMPLATE}: one line per ticket instead of the table (list, search, show). */
final class TemplateOption {
    @Option(names = "--format", paramLabel = "TEMPLATE",
            description = "One line per ticket from TEMPLATE: {field} is replaced by the ticket's value "
                    + "(the --json field names, requester = the email, sla = the colour), \\t is a tab; "
                    + "e.g. --format '{id} {status} {title}'.")
    String template;
}
