package com.jialicare.interfaces.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The login throttle (failed logins per client address)")
class LoginThrottleTest {

    private final AtomicLong now = new AtomicLong(5_000_000);
    private final LoginThrottle throttle = new LoginThrottle(10, now::get);

    private void fail(String client, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.tryAcquire(client)).as("failure %d", i + 1).isEmpty();
        }
    }

    @Test
    @DisplayName("ten failures pass; the eleventh is refused for six seconds, the time one more takes to come back")
    void tenPerMinute() {
        fail("10.0.0.1", 10);

        assertThat(throttle.tryAcquire("10.0.0.1")).hasValue(6L);
        assertThat(throttle.wouldRefuse("10.0.0.1")).hasValue(6L);

        now.addAndGet(5_999);
        assertThat(throttle.tryAcquire("10.0.0.1")).hasValue(1L);
        now.addAndGet(1);
        assertThat(throttle.tryAcquire("10.0.0.1")).isEmpty();
        assertThat(throttle.tryAcquire("10.0.0.1")).isPresent();
    }

    @Test
    @DisplayName("after a quiet minute a client has all ten again")
    void refills() {
        fail("10.0.0.1", 10);
        now.addAndGet(60_000);
        fail("10.0.0.1", 10);
        assertThat(throttle.tryAcquire("10.0.0.1")).isPresent();
    }

    @Test
    @DisplayName("another address is not affected by one that failed too often")
    void perClient() {
        fail("10.0.0.1", 10);
        assertThat(throttle.tryAcquire("10.0.0.1")).isPresent();

        assertThat(throttle.wouldRefuse("10.0.0.2")).isEmpty();
        fail("10.0.0.2", 10);
    }

    @Test
    @DisplayName("a client that logs in successfully gets its token back and is never slowed")
    void successesCostNothing() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(throttle.tryAcquire("10.0.0.1")).isEmpty();
            throttle.giveBack("10.0.0.1");
        }
        fail("10.0.0.1", 10);
    }

    @Test
    @DisplayName("failures that shared another check cost a token too, but never below zero")
    void charged() {
        for (int i = 0; i < 50; i++) {
            throttle.charge("10.0.0.1");
        }
        assertThat(throttle.wouldRefuse("10.0.0.1")).hasValue(6L);
        now.addAndGet(6_000);
        assertThat(throttle.tryAcquire("10.0.0.1")).isEmpty();
    }

    @Test
    @DisplayName("remembers a bounded number of clients: full buckets are forgotten first")
    void bounded() {
        for (int i = 0; i < LoginThrottle.MAX_CLIENTS + 500; i++) {
            String client = "10.1." + i / 256 + "." + i % 256;
            assertThat(throttle.tryAcquire(client)).isEmpty();
            throttle.giveBack(client);
        }
        assertThat(throttle.clients()).isLessThanOrEqualTo(LoginThrottle.MAX_CLIENTS);
    }
}
