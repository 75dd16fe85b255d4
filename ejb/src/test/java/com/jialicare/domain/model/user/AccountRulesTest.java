package com.jialicare.domain.model.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.Role;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Account rules: the last administrator, new passwords, session stamps")
class AccountRulesTest {

    private static final Instant NOW = Instant.parse("2024-03-01T08:00:00Z");

    private static UserAccount account(String name, Role role) {
        return new UserAccount(name, "hash", role, role == Role.HOME_ADMIN ? 1L : null, null, NOW);
    }

    @Test
    @DisplayName("the last enabled administrator cannot be disabled (409 LAST_ADMIN)")
    void lastAdmin() {
        BusinessException e = catchThrowableOfType(
                () -> AccountRules.requireAnotherAdmin(account("admin", Role.ADMIN), 1), BusinessException.class);
        assertThat(e.code()).isEqualTo("LAST_ADMIN");
        assertThat(e.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
    }

    @Test
    @DisplayName("an administrator may be disabled while another is enabled; other roles always")
    void anotherAdmin() {
        assertThatCode(() -> AccountRules.requireAnotherAdmin(account("admin", Role.ADMIN), 2))
                .doesNotThrowAnyException();
        for (Role r : Role.values()) {
            if (r != Role.ADMIN) {
                assertThatCode(() -> AccountRules.requireAnotherAdmin(account("x-" + r, r), 1))
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    @DisplayName("a disabled administrator does not count against the rule (enabling and disabling again)")
    void disabledAdmin() {
        UserAccount a = account("admin2", Role.ADMIN);
        a.disable();
        assertThatCode(() -> AccountRules.requireAnotherAdmin(a, 1)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("a new password follows the policy on field newPassword and differs from the current one")
    void newPassword() {
        assertThatCode(() -> AccountRules.checkNewPassword("anna", "old-secret-1", "new-secret-2"))
                .doesNotThrowAnyException();
        BusinessException same = catchThrowableOfType(
                () -> AccountRules.checkNewPassword("anna", "old-secret-1", "old-secret-1"), BusinessException.class);
        assertThat(same.code()).isEqualTo("PASSWORD_UNCHANGED");
        assertThat(same.field()).isEqualTo("newPassword");
        BusinessException shortOne = catchThrowableOfType(
                () -> AccountRules.checkNewPassword("anna", "old-secret-1", "short"), BusinessException.class);
        assertThat(shortOne.code()).isEqualTo("PASSWORD_TOO_SHORT");
        assertThat(shortOne.field()).isEqualTo("newPassword");
        BusinessException name = catchThrowableOfType(
                () -> AccountRules.checkNewPassword("anna-account", "old-secret-1", "Anna-Account"),
                BusinessException.class);
        assertThat(name.code()).isEqualTo("PASSWORD_IS_USERNAME");
    }

    @Test
    @DisplayName("disable, enable, reset, a new password and a new scope end sessions; unlock does not")
    void sessionStamps() {
        UserAccount u = account("home-1", Role.HOME_ADMIN);
        int s = u.getSessionStamp();
        u.disable();
        assertThat(u.isEnabled()).isFalse();
        assertThat(u.getSessionStamp()).isGreaterThan(s);
        s = u.getSessionStamp();
        u.enable();
        assertThat(u.getSessionStamp()).isGreaterThan(s);
        s = u.getSessionStamp();
        u.loginsFailed(UserAccount.MAX_FAILED_LOGINS, NOW);
        assertThat(u.isLocked(NOW)).isTrue();
        u.unlock();
        assertThat(u.isLocked(NOW)).isFalse();
        assertThat(u.getFailedLogins()).isZero();
        assertThat(u.getSessionStamp()).isEqualTo(s);
        u.resetPassword("one-time-hash");
        assertThat(u.isMustChangePassword()).isTrue();
        assertThat(u.getPasswordHash()).isEqualTo("one-time-hash");
        assertThat(u.getSessionStamp()).isGreaterThan(s);
        s = u.getSessionStamp();
        u.passwordChanged("own-hash");
        assertThat(u.isMustChangePassword()).isFalse();
        assertThat(u.getSessionStamp()).isGreaterThan(s);
        s = u.getSessionStamp();
        u.rescope(2L, "511102");
        assertThat(u.getCareHomeId()).isEqualTo(2L);
        assertThat(u.getCountyCode())
                .as("a care-home administrator has no county")
                .isNull();
        assertThat(u.getSessionStamp()).isGreaterThan(s);
    }

    @Test
    @DisplayName("a caller who must change the password is refused everything else (403 PASSWORD_CHANGE_REQUIRED)")
    void mustChange() {
        Caller c = new Caller(1, "anna", Role.CITY_AUDITOR, null, null, null, true);
        BusinessException e = catchThrowableOfType(c::requirePasswordChanged, BusinessException.class);
        assertThat(e.code()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        assertThat(e.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN);
        assertThat(new Caller(1, "anna", Role.CITY_AUDITOR, null, null, null).requirePasswordChanged())
                .isNotNull();
    }
}
