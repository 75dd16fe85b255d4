/** The H2 dialect the persistence unit names when {@code JIALI_DB_DRIVER=h2} (the embedded default). */
package com.jialicare.infrastructure.persistence.dialect.h2;
