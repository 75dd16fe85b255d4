package com.jialicare.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The archives the integration tests deploy. */
public final class Deployments {

    private Deployments() {}

    /** The real application, exactly as the build packaged it (the demo run deploys the same file). */
    public static EnterpriseArchive application() {
        String path = System.getProperty("jiali.ear");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("Build the EAR first (mvn package); jiali.ear=" + path);
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
    }

    /** Which database this run of the suite is on ("h2" or "postgresql"), from the Failsafe execution. */
    public static String database() {
        return System.getProperty("jiali.it.database", "h2");
    }

    /** The first administrator's password the suite's servers start with (see ear/pom.xml). */
    public static final String ADMIN_PASSWORD = "it-admin-secret";
}
