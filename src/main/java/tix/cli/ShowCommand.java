package tix.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "A ticket with its messages, links, SLA and the requester's other tickets.")
final class ShowCommand extends BaseCommand {
    @picocli.CommandLine.Mixin
    TemplateOption format;

    @Parameters(index = "0", paramLabel = "ID", converter = TicketIdConverter.class, description = "Ticket id.")
    long id;

    @picocli.CommandLine.Option(names = "--explain", description = "Also explain the SLA computation (text; `sla explain ID --json` is its JSON).")
    boolean explain;

    @picocli.CommandLine.Option(names = "--decrypt", description = "Show customers' PGP-encrypted blocks in clear "
            + "(staff only; the key file is mail.pgp_key in the config file, its passphrase TIX_PGP_PASSPHRASE or "
            + "mail.pgp_passphrase). Without it they show as [encrypted].")
    boolean decrypt;

    @Override
    int run() {
        // the ticket, its attachments and the docs it suggests: one read transaction (the latter two only in text)
        boolean extras = output().format() == tix.render.Output.Format.TEXT && format.template == null;
        tix.app.TicketQueries.Page page = queries().showPage(id, extras);
        if (!decrypt && !explain) root().notificationsPending(page.notificationsPending()); // show wrote nothing since
        tix.app.TicketDetail d = page.detail();
        d = decrypt ? new tix.app.MailService(session()).reveal(d, () -> decryptor()) : tix.app.Encrypted.show(d, null);
        output().template(format.template).ticket(d);
        if (explain && output().format() == tix.render.Output.Format.TEXT) SlaCommand.print(output(), new tix.app.SlaService(session()).explain(id));
        if (extras) {
            AttachmentCommand.print(output(), page.attachments());
            DocCommand.suggest(output(), page.related());
        }
        return ExitCodes.OK;
    }

    /** Built only with --decrypt, so BouncyCastle loads for nothing else. */
    private java.util.function.UnaryOperator<String> decryptor() {
        String key = root().env().var("TIX_PGP_KEY");
        if (key == null) key = root().config().getProperty("mail.pgp_key");
        if (key == null || key.isBlank()) {
            throw tix.domain.DomainException.usage("no PGP private key configured",
                    "set mail.pgp_key = /path/to/secret-key.asc in the config file");
        }
        String pass = root().env().var("TIX_PGP_PASSPHRASE");
        if (pass == null) pass = root().config().getProperty("mail.pgp_passphrase");
        return new tix.mail.PgpDecryptor(java.nio.file.Path.of(key.strip()), pass);
    }
}
