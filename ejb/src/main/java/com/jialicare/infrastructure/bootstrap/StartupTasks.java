package com.jialicare.infrastructure.bootstrap;

import com.jialicare.application.UserService;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.infrastructure.AppConfig;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Logger;

/**
 * After the schema is migrated: creates the first administrator from {@code JIALI_ADMIN_PASSWORD} when no
 * user exists yet, and in demo mode ({@code JIALI_DEMO=true}) loads the Leshan demo data once. Run by
 * {@link com.jialicare.infrastructure.persistence.FlywayMigrator} right after the migrations, at start-up or,
 * when the database was unreachable then, as soon as it answers; in one transaction, so a failed attempt
 * leaves nothing behind and the next one starts over.
 */
@Singleton
public class StartupTasks {

    private static final Logger LOG = Logger.getLogger(StartupTasks.class.getName());

    @Inject
    private UserService users;

    @Inject
    private DemoData demoData;

    public void run() {
        if (AppConfig.demoMode()) {
            demoData.loadIfEmpty();
            return;
        }
        if (users.countUsers() == 0) {
            AppConfig.initialAdminPassword().ifPresentOrElse(password -> {
                users.createSystemUser("admin", password, Role.ADMIN, null, null, Set.of(), "系统管理员");
                LOG.info("Created the first administrator 'admin' from JIALI_ADMIN_PASSWORD");
            }, () -> LOG.warning("No user exists and JIALI_ADMIN_PASSWORD is not set: nobody can log in"));
        }
    }
}
