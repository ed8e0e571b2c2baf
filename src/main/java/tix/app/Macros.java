package tix.app;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Canned responses (`tix macro`) and the answers written often enough to want one. A port the store implements. */
public interface Macros {
    /** A canned response and how often `reply --macro` used it. */
    record Macro(String name, String body, Instant createdAt, Instant updatedAt, long uses, Instant lastUsedAt) {
    }

    Optional<Macro> macro(String name);

    List<Macro> macros();

    /** Inserts or replaces the body (the use count stays). */
    void saveMacro(String name, String body, Instant now);

    void removeMacro(String name);

    void countMacroUse(String name, Instant now);

    /** A public answer written at least {@code min} times word for word: a macro or a doc may be missing. */
    record RepeatedAnswer(String body, long times, List<Long> tickets) {
    }

    List<RepeatedAnswer> repeatedAnswers(int min);
}
