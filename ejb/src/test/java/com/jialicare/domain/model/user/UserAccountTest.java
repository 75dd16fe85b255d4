package com.jialicare.domain.model.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.domain.model.shared.Role;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("User account: the lockout rule")
class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    private final UserAccount user = new UserAccount("auditor", "hash", Role.CITY_AUDITOR, null, null, NOW);

    @Test
    @DisplayName("four failures in a row do not lock; the fifth locks for 15 minutes")
    void fiveFailuresLock() {
        for (int i = 0; i < 4; i++) {
            user.loginFailed(NOW);
        }
        assertThat(user.isLocked(NOW)).isFalse();
        assertThat(user.getFailedLogins()).isEqualTo(4);

        user.loginFailed(NOW);

        assertThat(user.isLocked(NOW)).isTrue();
        assertThat(user.isLocked(NOW.plus(Duration.ofMinutes(15)).minusSeconds(1)))
                .isTrue();
        assertThat(user.isLocked(NOW.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    @DisplayName("a success resets the count: four failures, a success, four failures leave it open")
    void successResets() {
        user.loginsFailed(4, NOW);
        assertThat(user.hasFailedLogins()).isTrue();
        user.loginSucceeded();
        assertThat(user.hasFailedLogins()).isFalse();
        user.loginsFailed(4, NOW);

        assertThat(user.isLocked(NOW)).isFalse();
    }

    @Test
    @DisplayName("guesses counted together lock like guesses counted one by one, and do not extend the lock")
    void failuresTogether() {
        user.loginsFailed(120, NOW);

        assertThat(user.isLocked(NOW)).isTrue();
        assertThat(user.getLockedUntil()).isEqualTo(NOW.plus(UserAccount.LOCK_DURATION));

        user.loginsFailed(10, NOW.plusSeconds(60));
        assertThat(user.getLockedUntil()).isEqualTo(NOW.plus(UserAccount.LOCK_DURATION));
    }

    @Test
    @DisplayName("after the lock ends, five new failures are needed to lock again")
    void afterTheLock() {
        user.loginsFailed(5, NOW);
        Instant later = NOW.plus(UserAccount.LOCK_DURATION);

        user.loginsFailed(4, later);
        assertThat(user.isLocked(later)).isFalse();
        user.loginFailed(later);
        assertThat(user.isLocked(later)).isTrue();
    }
}
