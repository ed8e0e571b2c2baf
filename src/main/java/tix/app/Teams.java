package tix.app;

import java.util.List;

/** Teams and their members. A port the store implements. */
public interface Teams {
    boolean teamExists(String team);

    List<String> teams();

    void addTeam(String team);

    void setTeamMembers(String login, List<String> teams);

    List<String> teamMembers(String team);

    void addTeamMember(String team, String login);

    void removeTeamMember(String team, String login);

    /** Deletes the team and its memberships; tickets must not reference it any more. */
    void removeTeam(String team);
}
