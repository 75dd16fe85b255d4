package com.jialicare.infrastructure.persistence.dialect.postgresql;

import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;

/**
 * Hibernate's PostgreSQL dialect, named in persistence.xml by {@code JIALI_DB_DRIVER}
 * (…dialect.${driver}.JialiDialect): with the dialect known in advance the persistence unit starts even
 * while the database is unreachable, and the server starts degraded instead of failing its deployment.
 * When the database answers at start-up, Hibernate still reads its version from it.
 */
public class JialiDialect extends PostgreSQLDialect {

    public JialiDialect() {
        super();
    }

    public JialiDialect(DialectResolutionInfo info) {
        super(info);
    }
}
