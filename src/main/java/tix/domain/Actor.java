package tix.domain;

import java.util.Set;
import java.util.function.Function;

/**
 * Who is acting: their role's rights, and the members-only queues they may not see (not a member, no {@code
 * queue.all}). {@code holders} names, for a refusal, who holds a right ("role admin: alice"). A database with no
 * agents treats everyone as admin (SPEC §2).
 */
public record Actor(String login, Role role, Set<Right> rights, boolean registered, Set<String> hiddenQueues,
                    Function<Right, String> holders) {
    public Actor {
        rights = Set.copyOf(rights);
        hiddenQueues = Set.copyOf(hiddenQueues);
    }

    /** An actor with a built-in role's rights and every queue visible (domain tests). */
    public Actor(String login, Role role, boolean registered) {
        this(login, role, role.builtInRights(), registered, Set.of(), r -> null);
    }

    public boolean has(Right right) {
        return rights.contains(right);
    }

    /** Whether tickets of this queue are visible to the actor. */
    public boolean sees(String queue) {
        return queue == null || !hiddenQueues.contains(queue);
    }
}
