package com.jialicare.interfaces.web.session;

import com.jialicare.application.TodoService;
import com.jialicare.domain.model.shared.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The nav's to-do badge and notification count (issue #16 item 7), counted once per request by
 * {@link TodoService#forCaller} in the caller's scope; nothing for roles without to-dos, or before a one-time
 * password is changed.
 */
@Named
@RequestScoped
public class MyTodos {

    private static final TodoService.Todos NONE = new TodoService.Todos(0, 0, 0, 0, 0);

    @Inject
    private TodoService todos;

    @Inject
    private UserSession session;

    private TodoService.Todos counts;

    public TodoService.Todos getCounts() {
        if (counts == null) {
            counts = NONE;
            if (isShown()) {
                try {
                    counts = todos.forCaller();
                } catch (BusinessException e) {
                    // a one-time password not yet changed: the nav shows no counts
                }
            }
        }
        return counts;
    }

    /** Counts again on the next read (after something this request did changed them). */
    public void reset() {
        counts = null;
    }

    /** Whether the caller has to-dos and notifications at all (home administrators and auditors). */
    public boolean isShown() {
        return session.hasRole("HOME_ADMIN") || session.hasRole("COUNTY_AUDITOR") || session.hasRole("CITY_AUDITOR");
    }

    public long getTotal() {
        return getCounts().total();
    }

    public long getUnread() {
        return getCounts().unreadNotifications();
    }

    /** Where the to-dos are listed: the review queue for auditors, the home's overview for its administrators. */
    public String getOutcome() {
        return session.hasRole("HOME_ADMIN") ? "/app/care-home/index" : "/app/audit/index";
    }
}
