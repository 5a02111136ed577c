package dev.staffdrill.web;

/**
 * What the layout needs on every page: the title, who is signed in (empty name when nobody is),
 * their role, the CSRF token for forms, a one-off notice, and how answers are graded.
 */
public record Shell(String title, String userName, String role, String csrfToken, String notice,
                    String graderMode, boolean localMode) {

    /** Who the request belongs to; name and role are empty for an anonymous visitor. */
    public record Identity(String name, String role, String csrfToken) {
    }

    public boolean signedIn() {
        return !userName.isEmpty();
    }

    public boolean instructor() {
        return role.equals("INSTRUCTOR") || role.equals("ADMIN");
    }

    public boolean admin() {
        return role.equals("ADMIN");
    }
}
