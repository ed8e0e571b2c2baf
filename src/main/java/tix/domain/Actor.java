package tix.domain;

/** Who is acting, and with which role. A database with no agents treats everyone as admin (SPEC §2). */
public record Actor(String login, Role role, boolean registered) {
    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
