package tix.cli;

import picocli.CommandLine.Option;

/** `--if-version N` of every mutation: refuse with exit 4 when the ticket changed since version N. */
final class IfVersion {
    @Option(names = "--if-version", paramLabel = "N", description = "Refuse (exit 4) if the ticket is no longer at version N.")
    Long value;
}
