package com.jialicare.interfaces.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.application.UserService;
import com.jialicare.application.security.Caller;
import com.jialicare.domain.model.shared.Role;
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

    private CredentialValidationResult validate(String username, String password) {
        return store.validate(new UsernamePasswordCredential(username, password));
    }

    /** The account check, counted, optionally slow or held at a gate. */
    static final class FakeUsers extends UserService {
        final AtomicInteger calls = new AtomicInteger();
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
            return valid ? Optional.of(new Caller(1, username, Role.CITY_AUDITOR, null, null, Set.of())) : Optional.empty();
        }
    }
}
