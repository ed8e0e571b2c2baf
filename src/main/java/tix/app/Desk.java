package tix.app;

/**
 * Macros, known issues, tag families and routing rules in one: kept for code that still takes them together. New
 * code names the port it needs ({@link Tx#macros()}, {@link Tx#routes()} ...).
 */
public interface Desk extends Macros, KnownIssues, TagSets, Routes {
}
