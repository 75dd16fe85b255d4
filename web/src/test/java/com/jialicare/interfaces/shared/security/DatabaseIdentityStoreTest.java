package com.jialicare.interfaces.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.application.UserService;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.user.Caller;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The database identity store")
class DatabaseIdentityStoreTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final FakeUsers users = new FakeUsers();
    private final DatabaseIdentityStore store = new DatabaseIdentityStore();
    private final ExecutorService pool = Executors.newFixedThreadPool(32);

    @BeforeEach
    void wire() throws ReflectiveOperationException {
        Field f = DatabaseIdentityStore.class.getDeclaredField("users");
        f.setAccessible(true);
        f.set(store, users);
        store.clock = now::get;
        store.throttle = new LoginThrottle(10, now::get);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    @DisplayName("hashes once when 32 requests bring the same credentials at once")
    void oneCheckForConcurrentRequests() throws Exception {
        users.delayMillis = 300;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CredentialValidationResult>> results = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return validate("auditor", "secret-1");
            }));
        }
        start.countDown();

        for (Future<CredentialValidationResult> r : results) {
            assertThat(r.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(Status.VALID);
        }
        assertThat(users.calls.get()).isEqualTo(1);
    }

    @Test
    @DisplayName("checks the password again once an account changed on any server (shared generations)")
    void accountChangeOnAnotherServer() throws Exception {
        var cluster = new java.util.concurrent.ConcurrentHashMap<String, Long>();
        var thisServer = com.jialicare.infrastructure.cluster.Generations.over(cluster);
        store.accountsGeneration = () -> thisServer.current(com.jialicare.application.security.CallerCache.ACCOUNTS);
        var otherServer = com.jialicare.infrastructure.cluster.Generations.over(cluster);
        validate("auditor", "secret-1");
        validate("auditor", "secret-1");
        assertThat(users.calls.get()).isEqualTo(1);

        otherServer.advance(com.jialicare.application.security.CallerCache.ACCOUNTS); // e.g. disabled there
        users.valid = false;

        assertThat(validate("auditor", "secret-1").getStatus()).isEqualTo(Status.INVALID);
        assertThat(users.calls.get()).isEqualTo(2);
    }

    @Test
    @DisplayName("renews a remembered login in one request after 45 s while the others go on with it")
    void renewsBeforeExpiry() throws Exception {
        validate("auditor", "secret-1");
        now.addAndGet(46_000);
        users.gate = new CountDownLatch(1);

        Future<CredentialValidationResult> renewing = pool.submit(() -> validate("auditor", "secret-1"));
        while (users.calls.get() < 2) {
            Thread.sleep(5);
        }
        CredentialValidationResult other = validate("auditor", "secret-1");
        users.gate.countDown();

        assertThat(other.getStatus()).isEqualTo(Status.VALID);
        assertThat(renewing.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(Status.VALID);
        assertThat(users.calls.get()).isEqualTo(2);
    }

    @Test
    @DisplayName("forgets a login whose renewal fails, e.g. after the password changed")
    void forgetsWhenRenewalFails() {
        validate("auditor", "secret-1");
        now.addAndGet(46_000);
        users.valid = false;

        assertThat(validate("auditor", "secret-1").getStatus()).isEqualTo(Status.INVALID);
        assertThat(validate("auditor", "secret-1").getStatus()).isEqualTo(Status.INVALID);
        assertThat(users.calls.get()).isEqualTo(3);
    }

    @Test
    @DisplayName("checks the password again once a remembered login is a minute old")
    void expiresAfterAMinute() {
        validate("auditor", "secret-1");
        validate("auditor", "secret-1");
        assertThat(users.calls.get()).isEqualTo(1);

        now.addAndGet(60_000);
        validate("auditor", "secret-1");

        assertThat(users.calls.get()).isEqualTo(2);
    }

    @Test
    @DisplayName("never lets other credentials ride on a remembered login")
    void otherCredentialsAreChecked() {
        validate("auditor", "secret-1");
        users.valid = false;

        assertThat(validate("auditor", "wrong").getStatus()).isEqualTo(Status.INVALID);
        assertThat(users.calls.get()).isEqualTo(2);
    }

    @Test
    @DisplayName("the same wrong password sent 32 times at once is checked once and counted 32 times")
    void sharedFailuresCount() throws Exception {
        users.valid = false;
        users.delayMillis = 300;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CredentialValidationResult>> results = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return validate("auditor", "wrong");
            }));
        }
        start.countDown();

        for (Future<CredentialValidationResult> r : results) {
            assertThat(r.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(Status.INVALID);
        }
        assertThat(users.calls.get() + users.sharedFailures.get()).isEqualTo(32);
        assertThat(users.calls.get()).isLessThan(32);
    }

    @Test
    @DisplayName("after ten failures a client is refused (429) without a password check; another client logs in")
    void throttlesFailingClient() {
        users.valid = false;
        for (int i = 0; i < 10; i++) {
            assertThat(store.check("auditor", "guess-" + i, "10.0.0.66").failed())
                    .isTrue();
        }
        int checks = users.calls.get();

        DatabaseIdentityStore.Outcome refused = store.check("auditor", "guess-10", "10.0.0.66");

        assertThat(refused.refusal()).isEqualTo(DatabaseIdentityStore.Refusal.TOO_MANY_ATTEMPTS);
        assertThat(refused.retryAfterSeconds()).isEqualTo(6);
        assertThat(users.calls.get()).as("no password checked").isEqualTo(checks);

        users.valid = true;
        assertThat(store.check("auditor", "secret-1", "10.0.0.7").valid()).isTrue();
        assertThat(store.check("auditor", "secret-1", "10.0.0.66").refusal())
                .as("the throttled client, even with the right password")
                .isEqualTo(DatabaseIdentityStore.Refusal.TOO_MANY_ATTEMPTS);
        now.addAndGet(6_000);
        assertThat(store.check("auditor", "secret-1", "10.0.0.66").valid()).isTrue();
    }

    @Test
    @DisplayName("a client whose logins succeed is never throttled")
    void successNotThrottled() {
        for (int i = 0; i < 50; i++) {
            assertThat(store.check("user-" + i, "secret-1", "10.0.0.7").valid()).isTrue();
        }
        assertThat(users.calls.get()).isEqualTo(50);
    }

    @Test
    @DisplayName("when every hash slot stays busy, a check is refused as busy after the wait, not queued forever")
    void busy() throws Exception {
        store.hashSlots = new java.util.concurrent.Semaphore(1);
        store.hashWaitMillis = 200;
        users.gate = new CountDownLatch(1);
        Future<DatabaseIdentityStore.Outcome> holding = pool.submit(() -> store.check("a", "secret-1", "10.0.0.1"));
        while (users.calls.get() < 1) {
            Thread.sleep(5);
        }

        long started = System.nanoTime();
        DatabaseIdentityStore.Outcome refused = store.check("b", "secret-1", "10.0.0.2");
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        users.gate.countDown();

        assertThat(refused.refusal()).isEqualTo(DatabaseIdentityStore.Refusal.BUSY);
        assertThat(tookMillis).isBetween(150L, 5_000L);
        assertThat(holding.get(5, TimeUnit.SECONDS).valid()).isTrue();
        assertThat(store.check("b", "secret-1", "10.0.0.2").valid())
                .as("the busy refusal was no failure")
                .isTrue();
    }

    private CredentialValidationResult validate(String username, String password) {
        return store.validate(new UsernamePasswordCredential(username, password));
    }

    /** The account check, counted, optionally slow or held at a gate. */
    static final class FakeUsers extends UserService {
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger sharedFailures = new AtomicInteger();
        volatile long delayMillis;
        volatile CountDownLatch gate;
        volatile boolean valid = true;

        @Override
        public Optional<Caller> authenticate(String username, String password) {
            calls.incrementAndGet();
            try {
                Thread.sleep(delayMillis);
                if (gate != null) {
                    gate.await();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return valid
                    ? Optional.of(new Caller(1, username, Role.CITY_AUDITOR, null, null, Set.of()))
                    : Optional.empty();
        }

        @Override
        public void loginsFailed(String username, int times) {
            sharedFailures.addAndGet(times);
        }
    }
}
