package com.jialicare.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A database that cannot be reached is told apart from every other failure (503, not 500)")
class DatabaseFailuresTest {

    @Test
    @DisplayName("refused or broken connections, a pool without connections, a database shutting down")
    void unavailable() {
        assertThat(DatabaseFailures.isUnavailable(new SQLException("Connection refused", "08001")))
                .isTrue();
        assertThat(DatabaseFailures.isUnavailable(new SQLException("An I/O error occurred", "08006")))
                .isTrue();
        assertThat(DatabaseFailures.isUnavailable(new SQLException("terminating connection", "57P01")))
                .isTrue();
        assertThat(DatabaseFailures.isUnavailable(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
        assertThat(DatabaseFailures.isUnavailable(new SQLException("Database is already closed", "90098")))
                .isTrue();
        assertThat(DatabaseFailures.isUnavailable(new SQLTransientConnectionException("timeout")))
                .isTrue();
        // WildFly's pool: IJ031084 Unable to create connection, caused by a ResourceException
        assertThat(DatabaseFailures.isUnavailable(new SQLException(
                        "IJ031084: Unable to create connection",
                        new jakarta.resource.ResourceException("IJ000453: Unable to get managed connection"))))
                .isTrue();
        // deep in what a service call throws
        assertThat(DatabaseFailures.isUnavailable(new EJBException(
                        new PersistenceException(new RuntimeException(new ConnectException("Connection refused"))))))
                .isTrue();
    }

    @Test
    @DisplayName("a constraint, a syntax error, a missing table or a plain bug is not 'unavailable'")
    void notUnavailable() {
        assertThat(DatabaseFailures.isUnavailable(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseFailures.isUnavailable(new SQLException("syntax error", "42601")))
                .isFalse();
        assertThat(DatabaseFailures.isUnavailable(new SQLException("relation does not exist", "42P01")))
                .isFalse();
        assertThat(DatabaseFailures.isUnavailable(new SQLException("no state"))).isFalse();
        assertThat(DatabaseFailures.isUnavailable(new EJBException(new IllegalStateException("bug"))))
                .isFalse();
        assertThat(DatabaseFailures.isUnavailable(null)).isFalse();
    }

    @Test
    @DisplayName("a cause chain that loops back on itself ends")
    void cycle() {
        SQLException a = new SQLException("a");
        SQLException b = new SQLException("b", a);
        a.initCause(b);
        assertThat(DatabaseFailures.isUnavailable(a)).isFalse();
    }
}
