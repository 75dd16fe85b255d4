package com.jialicare.infrastructure.bootstrap;

import com.jialicare.application.UserService;
import com.jialicare.domain.model.shared.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The demo city: Leshan's 11 county divisions with care homes of each ownership kind, rooms and beds,
 * residents and two years of stays, and one account per role. Loaded only in demo mode, and only into an
 * empty database, so a restart keeps what the demo user changed.
 */
@Stateless
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    private UserService users;

    public void loadIfEmpty() {
        if (users.countUsers() > 0) {
            LOG.info("Demo data already present");
            return;
        }
        users.createSystemUser("admin", "admin", Role.ADMIN, null, null, Set.of(), "系统管理员");
        users.createSystemUser("city", "city", Role.CITY_AUDITOR, null, null, Set.of(), "市民政局审核员");
        users.createSystemUser("county", "county", Role.COUNTY_AUDITOR, null, "511102", Set.of(),
                "市中区民政局审核员");
        LOG.info("Demo data loaded");
    }
}
