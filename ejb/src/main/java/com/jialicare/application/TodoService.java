package com.jialicare.application;

import com.jialicare.application.security.CurrentCaller;
import com.jialicare.domain.model.application.ApplicationState;
import com.jialicare.domain.model.registry.CaseState;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.user.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * What waits for the caller (issue #16 item 7), counted in their scope by the same services that list it: for an
 * auditor the review queue waiting for their level ({@link ApplicationService#waitingForCaller}) and the open
 * cases of reported deaths and moves; for a home's administrator its returned applications and its drafts. Every
 * count is what the page it links to shows.
 */
@Stateless
public class TodoService {

    @Inject
    private CurrentCaller callers;

    @Inject
    private ApplicationService applications;

    @Inject
    private ReportedEventService cases;

    @Inject
    private NotificationService notifications;

    /**
     * The caller's to-dos: {@code total} is the badge (queue + open cases, or returned + drafts), notifications
     * apart.
     */
    public record Todos(long waitingForReview, long openCases, long returned, long drafts, long unreadNotifications) {

        public long total() {
            return waitingForReview + openCases + returned + drafts;
        }
    }

    public Todos forCaller() {
        Caller caller = callers.get();
        long unread = notifications.unreadCount();
        if (caller.is(Role.COUNTY_AUDITOR, Role.CITY_AUDITOR)) {
            return new Todos(
                    applications.waitingForCaller(0, 1).total(),
                    cases.cases(CaseState.OPEN, 0, 1).total(),
                    0,
                    0,
                    unread);
        }
        if (caller.role() == Role.HOME_ADMIN && caller.careHomeId() != null) {
            return new Todos(
                    0,
                    0,
                    applications
                            .list(ApplicationState.RETURNED, null, caller.careHomeId(), 0, 1)
                            .total(),
                    applications
                            .list(ApplicationState.DRAFT, null, caller.careHomeId(), 0, 1)
                            .total(),
                    unread);
        }
        return new Todos(0, 0, 0, 0, unread);
    }
}
