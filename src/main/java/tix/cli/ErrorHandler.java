package tix.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import tix.domain.DomainException;

/**
 * Turns every failure into one stderr line {@code tix: <what> (<hint>)} and its exit code (SPEC §6). A stack trace
 * only with TIX_DEBUG=1.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private final boolean debug;

    ErrorHandler(boolean debug) {
        this.debug = debug;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        return report(ex, cmd.getErr());
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        // a typed value refused by the domain's own check (a priority out of range): its words and its exit code
        if (ex.getCause() instanceof DomainException) return report(ex.getCause(), err);
        String name = cmd.getCommandSpec().qualifiedName();
        err.println("tix: " + oneLine(ex.getMessage()) + " (see '" + name + " --help')");
        trace(ex, err);
        err.flush();
        return ExitCodes.USAGE;
    }

    int report(Throwable ex, PrintWriter err) {
        Throwable cause = ex;
        while (!(cause instanceof DomainException) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        int code;
        if (cause instanceof DomainException) {
            DomainException d = (DomainException) cause;
            String hint = d.hint() == null || d.hint().isBlank() ? "" : " (" + oneLine(d.hint()) + ")";
            err.println("tix: " + oneLine(d.getMessage()) + hint);
            code = ExitCodes.of(d.reason());
        } else {
            err.println("tix: internal error: " + oneLine(String.valueOf(ex)) + " (run with TIX_DEBUG=1 and report it)");
            code = ExitCodes.INTERNAL;
        }
        trace(ex, err);
        err.flush();
        return code;
    }

    private void trace(Throwable ex, PrintWriter err) {
        if (!debug) return;
        StringWriter sw = new StringWriter();
        ex.printStackTrace(new PrintWriter(sw));
        err.print(sw);
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", "; ").strip();
    }
}
