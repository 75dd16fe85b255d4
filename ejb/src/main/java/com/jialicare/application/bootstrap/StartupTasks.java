package com.jialicare.application.bootstrap;

import com.jialicare.application.UserService;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.user.PasswordPolicy;
import com.jialicare.infrastructure.AppConfig;
import com.jialicare.infrastructure.persistence.SchemaMigrated;
import com.jialicare.infrastructure.persistence.StartupLock;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * After the schema is migrated: creates the first administrator from {@code JIALI_ADMIN_PASSWORD} when no
 * user exists yet, and in demo mode ({@code JIALI_DEMO=true}) loads the Leshan demo data once. Run by
 * {@link com.jialicare.infrastructure.persistence.FlywayMigrator} right after the migrations, at start-up or,
 * when the database was unreachable then, as soon as it answers; in one transaction, so a failed attempt
 * leaves nothing behind and the next one starts over. Servers of a cluster that start at the same moment take
 * turns ({@link StartupLock}): the first does the work, the others find it done.
 */
@Singleton
public class StartupTasks {

    private static final Logger LOG = Logger.getLogger(StartupTasks.class.getName());
    private static final String ADMIN = "admin";

    @Inject
    private UserService users;

    @Inject
    private DemoData demoData;

    @PersistenceContext
    private EntityManager em;

    /** Runs once the schema is migrated (and again on the migrator's next attempt if this one failed). */
    public void onSchemaMigrated(@Observes SchemaMigrated migrated) {
        run();
    }

    public void run() {
        StartupLock.holdUntilCommit(em);
        if (AppConfig.demoMode()) {
            demoData.loadIfEmpty();
            return;
        }
        if (users.countUsers() == 0) {
            AppConfig.initialAdminPassword()
                    .ifPresentOrElse(
                            password -> {
                                Optional<String> refused = refusalOfInitialPassword(password);
                                if (refused.isPresent()) {
                                    LOG.severe(
                                            "JIALI_ADMIN_PASSWORD refused, the first administrator 'admin' was NOT created: "
                                                    + refused.get()
                                                    + ". Nobody can log in until the server is restarted with a stronger "
                                                    + "JIALI_ADMIN_PASSWORD.");
                                    return;
                                }
                                users.createSystemUser(ADMIN, password, Role.ADMIN, null, null, Set.of(), "系统管理员");
                                LOG.info("Created the first administrator 'admin' from JIALI_ADMIN_PASSWORD");
                            },
                            () -> LOG.warning("No user exists and JIALI_ADMIN_PASSWORD is not set: nobody can log in"));
        }
    }

    /**
     * Why the first administrator's password is refused, if it is: the rules of accounts created through the
     * API ({@link PasswordPolicy}). Only demo mode creates accounts whose password is the user name.
     */
    static Optional<String> refusalOfInitialPassword(String password) {
        try {
            PasswordPolicy.check(ADMIN, password);
            return Optional.empty();
        } catch (BusinessException e) {
            return Optional.of(e.getMessage());
        }
    }
}
