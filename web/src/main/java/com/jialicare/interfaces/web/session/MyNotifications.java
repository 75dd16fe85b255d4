package com.jialicare.interfaces.web.session;

import com.jialicare.application.NotificationService;
import com.jialicare.application.NotificationService.Entry;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.interfaces.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The caller's notifications ({@code /app/account/notifications.xhtml}, issue #16 item 7): the newest
 * {@value #SHOWN}, unread ones first in weight, each marked read by a click; the same as {@code GET
 * /api/me/notifications}.
 */
@Named
@ViewScoped
public class MyNotifications implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many of the newest are listed. */
    static final int SHOWN = 50;

    @Inject
    private NotificationService notifications;

    @Inject
    private UserSession session;

    @Inject
    private MyTodos todos;

    private boolean unreadOnly;
    private List<Entry> items = List.of();
    private long total;

    @PostConstruct
    void load() {
        try {
            var page = notifications.mine(unreadOnly, 0, SHOWN);
            items = page.items();
            total = page.total();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void markRead(long id) {
        try {
            notifications.markRead(id);
            todos.reset(); // the nav's count, re-rendered after this, may have been read before
        } catch (BusinessException e) {
            Messages.error(e);
        }
        load();
    }

    public void reload() {
        load();
    }

    /** Where the notification's application is opened, by the reader's role. */
    public String applicationPage() {
        return session.hasRole("HOME_ADMIN") ? "/app/care-home/applications" : "/app/audit/application";
    }

    public List<Entry> getItems() {
        return items;
    }

    public long getTotal() {
        return total;
    }

    public boolean isUnreadOnly() {
        return unreadOnly;
    }

    public void setUnreadOnly(boolean unreadOnly) {
        this.unreadOnly = unreadOnly;
    }
}
