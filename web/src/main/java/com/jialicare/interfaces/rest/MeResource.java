package com.jialicare.interfaces.rest;

import com.jialicare.application.UserService;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.interfaces.shared.security.DatabaseIdentityStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/me}: the caller's name, role and scope; {@code POST /api/me/password}: the caller changes
 * their own password (also a one-time password, which nothing else is allowed before).
 */
@ApplicationScoped
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    private UserService users;

    @Inject
    private DatabaseIdentityStore logins;

    @Inject
    private com.jialicare.application.TodoService todos;

    @Inject
    private com.jialicare.application.NotificationService notifications;

    /**
     * What waits for the caller (issue #16 item 7): {@code total} is the badge — for an auditor the review queue
     * waiting for their level plus the open cases, for a home's administrator the returned applications plus the
     * drafts; unread notifications apart.
     */
    public record TodosView(
            long total, long waitingForReview, long openCases, long returned, long drafts, long unreadNotifications) {

        static TodosView of(com.jialicare.application.TodoService.Todos t) {
            return new TodosView(
                    t.total(), t.waitingForReview(), t.openCases(), t.returned(), t.drafts(), t.unreadNotifications());
        }
    }

    /**
     * A notification: {@code kind} APPLICATION_RETURNED, APPLICATION_COUNTY_APPROVED, APPLICATION_CITY_APPROVED,
     * APPLICATION_PAID or OBJECTION_RAISED; the application and its home; {@code detail} the reason, comment, amount
     * and voucher, or the objection's text.
     */
    public record NotificationView(
            long id,
            String kind,
            long applicationId,
            long careHomeId,
            String homeName,

            @org.eclipse.microprofile.openapi.annotations.media.Schema(nullable = true)
            String detail,

            java.time.Instant createdAt,
            boolean read) {

        static NotificationView of(com.jialicare.application.NotificationService.Entry e) {
            return new NotificationView(
                    e.id(),
                    e.kind().name(),
                    e.applicationId(),
                    e.careHomeId(),
                    e.homeName(),
                    e.detail(),
                    e.createdAt(),
                    e.read());
        }
    }

    @Context
    private HttpServletRequest request;

    /** The request body of {@code POST /api/me/password}. */
    public record PasswordRequest(String currentPassword, String newPassword) {}

    @GET
    public UserView me() {
        return UserView.of(users.me());
    }

    /** {@code GET /api/me/todos}: the caller's to-do counts, in their scope. */
    @GET
    @Path("todos")
    public TodosView todos() {
        return TodosView.of(todos.forCaller());
    }

    /** {@code GET /api/me/notifications?unread=true&page&size}: the caller's notifications, newest first. */
    @GET
    @Path("notifications")
    public CareHomesResource.PageView<NotificationView> notifications(
            @jakarta.ws.rs.QueryParam("unread") @jakarta.ws.rs.DefaultValue("false") boolean unread,
            @jakarta.ws.rs.QueryParam("page") String page,
            @jakarta.ws.rs.QueryParam("size") String size) {
        var p = notifications.mine(unread, Params.queryInt(page, "page", 0), Params.queryInt(size, "size", 20));
        return new CareHomesResource.PageView<>(
                p.page(),
                p.size(),
                p.total(),
                p.items().stream().map(NotificationView::of).toList());
    }

    /** {@code POST /api/me/notifications/{id}/read}: marked read (again: no change); another's is 404. */
    @POST
    @Path("notifications/{id}/read")
    public NotificationView markRead(@jakarta.ws.rs.PathParam("id") long id) {
        return NotificationView.of(notifications.markRead(id));
    }

    /**
     * A wrong current password counts as a failed login of the account and of the client's address; the API
     * client's next request sends the new password.
     */
    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserView changePassword(PasswordRequest body) {
        Params.body(body);
        try {
            users.changeOwnPassword(body.currentPassword(), body.newPassword());
        } catch (BusinessException e) {
            if ("CURRENT_PASSWORD_WRONG".equals(e.code())) {
                logins.wrongPasswordFrom(request.getRemoteAddr());
            }
            throw e;
        }
        return UserView.of(users.me());
    }
}
