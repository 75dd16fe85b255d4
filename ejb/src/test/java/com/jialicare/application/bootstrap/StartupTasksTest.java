package com.jialicare.application.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The first administrator's password (JIALI_ADMIN_PASSWORD)")
class StartupTasksTest {

    @ParameterizedTest(name = "\"{0}\"")
    @DisplayName("a weak one is refused, with the reason")
    @ValueSource(strings = {"admin", "ADMIN", "1234567", "adminadm\u0007"})
    void weakRefused(String password) {
        assertThat(StartupTasks.refusalOfInitialPassword(password))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("Password must"));
    }

    @Test
    @DisplayName("a password following the rules for API users is accepted")
    void strongAccepted() {
        assertThat(StartupTasks.refusalOfInitialPassword("it-admin-secret")).isEmpty();
    }
}
