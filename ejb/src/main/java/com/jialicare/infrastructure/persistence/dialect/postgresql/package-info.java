/** The PostgreSQL dialect the persistence unit names when {@code JIALI_DB_DRIVER=postgresql} (production). */
package com.jialicare.infrastructure.persistence.dialect.postgresql;
