/**
 * The persistence: a repository per aggregate in the sub-packages, holding every JPQL and SQL query of the
 * application; here the pieces they share ({@link com.jialicare.infrastructure.persistence.Predicates},
 * {@link com.jialicare.infrastructure.persistence.CallerScope}, {@link com.jialicare.infrastructure.persistence.Where}),
 * the Flyway migrator and other database plumbing.
 */
package com.jialicare.infrastructure.persistence;
