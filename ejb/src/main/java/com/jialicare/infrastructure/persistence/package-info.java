/** JPA repositories, the Flyway migrator and other database plumbing. */
package com.jialicare.infrastructure.persistence;
