package com.jialicare.interfaces.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An account action's confirmation names the account")
class ManageUsersNamedTest {

    @Test
    @DisplayName("the user name with the display name, or the user name alone")
    void named() {
        assertThat(ManageUsers.named("wang", "Wang Li")).isEqualTo("wang (Wang Li)");
        assertThat(ManageUsers.named("wang", null)).isEqualTo("wang");
        assertThat(ManageUsers.named("wang", " ")).isEqualTo("wang");
        assertThat(ManageUsers.named("wang", "wang")).isEqualTo("wang");
    }
}
