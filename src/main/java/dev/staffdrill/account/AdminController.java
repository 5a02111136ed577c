package dev.staffdrill.account;

import dev.staffdrill.account.AccountPages.AdminPage;
import dev.staffdrill.account.AccountPages.UserRow;
import dev.staffdrill.content.ContentException;
import dev.staffdrill.content.ContentStore;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.Views;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/** Admin: promote users to instructor, and reload content from disk without a rebuild. */
public final class AdminController {
    private final Views views;
    private final Pages pages;
    private final UserRepository users;
    private final ContentStore content;

    AdminController(Views views, Pages pages, UserRepository users, ContentStore content) {
        this.views = views;
        this.pages = pages;
        this.users = users;
        this.content = content;
    }

    public void show(Context ctx) {
        long self = Auth.current(ctx).user().id();
        var rows = users.all().stream()
                .map(u -> new UserRow(u.id(), u.username(), u.displayName(), u.role().name(), u.id() == self)).toList();
        var counts = content.bank().counts();
        views.html(ctx, "account/admin.jte", new AdminPage(pages.shell(ctx, "Admin"), rows,
                counts.get("questions") + " questions, " + counts.get("sets") + " sets, rubric "
                        + content.bank().rubric().version()));
    }

    public void setRole(Context ctx) {
        long id = ctx.pathParamAsClass("userId", Long.class).get();
        Role role;
        try {
            role = Role.valueOf(String.valueOf(ctx.formParam("role")));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("Role must be LEARNER, INSTRUCTOR or ADMIN.");
        }
        User u = users.byId(id).orElseThrow(NotFoundResponse::new);
        if (u.id() == Auth.current(ctx).user().id()) {
            throw new BadRequestResponse("You cannot change your own role.");
        }
        users.setRole(id, role);
        Pages.redirectWithNotice(ctx, "/admin", u.displayName() + " is now " + role.name().toLowerCase() + ".");
    }

    public void reloadContent(Context ctx) {
        try {
            var bank = content.reload();
            Pages.redirectWithNotice(ctx, "/admin", "Content reloaded: " + bank.questions().size() + " questions.");
        } catch (ContentException e) {
            Pages.redirectWithNotice(ctx, "/admin", "Content NOT reloaded, the old content stays: "
                    + String.join(" | ", e.problems().subList(0, Math.min(5, e.problems().size()))));
        }
    }
}
