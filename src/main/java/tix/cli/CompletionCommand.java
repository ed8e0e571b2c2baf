package tix.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "completion", description = {
        "Print the shell completion script for bash, zsh or fish. It completes subcommands and options, and the "
                + "desk's values: ticket ids (with titles in zsh and fish), statuses, agents, queues, tiers, teams, "
                + "tags and macros. install.sh puts the scripts in place; save the output once rather than running "
                + "this at every shell start.",
        "TAB never starts tix: the scripts read the desk's values from a small cache in $XDG_CACHE_HOME/tix/complete, "
                + "which every tix command renews when the database changed.",
        "bash: tix completion bash > ~/.local/share/bash-completion/completions/tix.",
        "zsh: tix completion zsh > ~/.zfunc/_tix with fpath=(~/.zfunc $fpath) before compinit in ~/.zshrc "
                + "(or source the file).",
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
