package com.jialicare.interfaces.web.admin;

import com.jialicare.application.SystemOverviewService;
import com.jialicare.application.SystemOverviewService.Overview;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.interfaces.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The administrator's start page (issue #16 item 10): accounts by role, locked and disabled ones, the policy
 * version in force and the next, and the system's health and versions — SystemOverviewService, the same as
 * {@code GET /api/system/overview}.
 */
@Named
@RequestScoped
public class AdminOverview {

    @Inject
    private SystemOverviewService service;

    private Overview overview;

    @PostConstruct
    void init() {
        try {
            overview = service.overview();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public Overview getOverview() {
        return overview;
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public long accounts(Role role) {
        return overview == null ? 0 : overview.accountsByRole().getOrDefault(role, 0L);
    }
}
