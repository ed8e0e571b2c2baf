package tix.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "completion", description = {
        "Print the shell completion script for bash, zsh or fish. It completes subcommands and options, and the "
                + "desk's values: ticket ids, statuses, agents, queues, tiers, teams, tags and macros.",
        "bash: source <(tix completion bash), or save it as ~/.local/share/bash-completion/completions/tix.",
        "zsh: tix completion zsh > ~/.tix.zsh and add 'source ~/.tix.zsh' to ~/.zshrc.",
        "fish: tix completion fish > ~/.config/fish/completions/tix.fish."})
final class CompletionCommand extends BaseCommand {
    enum Shell { bash, zsh, fish }

    @Parameters(index = "0", paramLabel = "SHELL", description = "bash, zsh or fish.")
    Shell shell;

    @Override
    int run() {
        Completion c = new Completion(spec.root().commandLine());
        PrintWriter out = spec.commandLine().getOut();
        out.print(shell == Shell.bash ? c.bash() : shell == Shell.zsh ? c.zsh() : c.fish());
        out.flush();
        return ExitCodes.OK;
    }
}
