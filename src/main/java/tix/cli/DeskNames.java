package tix.cli;

import picocli.CommandLine.ITypeConverter;

/**
 * The kinds of name a desk holds (agents, queues, tiers, teams, tags, macros, custom fields, roles, rights): one
 * converter class per kind, put on every option and positional parameter that takes such a name. The value stays the
 * word as typed (the application checks it against the desk); the converter's class is the parameter's type for
 * {@link Completion}, which offers the desk's names of that kind whatever the option or its label is called.
 */
final class DeskNames {
    private DeskNames() {
        throw new AssertionError();
    }

    /** A name of one kind: the word as typed; {@link #kind()} is what completion offers for it. */
    abstract static class Name implements ITypeConverter<String> {
        @Override
        public final String convert(String value) {
            return value;
        }

        abstract String kind();
    }

    /** An agent's login. */
    static final class AgentLogin extends Name {
        @Override
        String kind() {
            return "agent";
        }
    }

    /** An agent's login or {@code team:NAME}, as a ticket's watchers are listed. */
    static final class WatcherName extends Name {
        @Override
        String kind() {
            return "watcher";
        }
    }

    static final class QueueName extends Name {
        @Override
        String kind() {
            return "queue";
        }
    }

    static final class TierName extends Name {
        @Override
        String kind() {
            return "tier";
        }
    }

    static final class TeamName extends Name {
        @Override
        String kind() {
            return "team";
        }
    }

    static final class TagName extends Name {
        @Override
        String kind() {
            return "tag";
        }
    }

    /** A controlled tag family (`tix tagset`). */
    static final class TagFamily extends Name {
        @Override
        String kind() {
            return "tagfamily";
        }
    }

    /** {@code +TAG} or {@code -TAG}. */
    static final class TagChange extends Name {
        @Override
        String kind() {
            return "tagop";
        }
    }

    static final class MacroName extends Name {
        @Override
        String kind() {
            return "macro";
        }
    }

    /** A custom field's name. */
    static final class FieldName extends Name {
        @Override
        String kind() {
            return "field";
        }
    }

    /** The NAME of a custom field's NAME=VALUE (the key converter of a map option). */
    static final class FieldAssignment extends Name {
        @Override
        String kind() {
            return "fieldset";
        }
    }

    static final class RoleName extends Name {
        @Override
        String kind() {
            return "role";
        }
    }

    /** A right's name (`tix role add --right`). */
    static final class RightName extends Name {
        @Override
        String kind() {
            return "right";
        }
    }
}
