package tix.app;

import java.util.List;
import java.util.Map;
import java.util.Set;
import tix.domain.Right;

/** The desk's own roles and the members of members-only queues. A port the store implements. */
public interface RoleStore {
    /** Custom roles by name, each with its rights (built-in roles are not stored). */
    Map<String, Set<Right>> customRoles();

    /** Creates or replaces a custom role's rights. */
    void saveRole(String name, Set<Right> rights);

    /** Names of the queues that are members-only. */
    Set<String> membersOnlyQueues();

    void setMembersOnly(String queue, boolean membersOnly);

    /** Members of a queue, by login. */
    List<String> queueMembers(String queue);

    /** The queues {@code login} is a member of. */
    Set<String> queuesOf(String login);

    void addQueueMember(String queue, String login);

    /** Returns whether the agent was a member. */
    boolean removeQueueMember(String queue, String login);
}
