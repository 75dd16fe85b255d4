package com.jialicare.interfaces.shared.security;

import com.jialicare.application.ServerMode;
import com.jialicare.application.UserService;
import com.jialicare.application.security.CallerCache;
import com.jialicare.domain.model.user.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks user name and password against the database (PBKDF2 hashes). API clients send Basic credentials
 * with every request, and a deliberately slow hash per request would cap the API at a few requests per
 * second, so a successful check is remembered for a short while, keyed by a salted digest of the
 * credentials (never the password itself).
 * <p>
 * Two things keep the hash off the hot path under load (found by the benchmark, docs/BENCHMARKS.md): while
 * one request checks a pair of credentials, concurrent requests with the same pair wait for its answer
 * instead of hashing too (32 clients of one account used to hash 32 times at once, stalling the server for
 * seconds); and a remembered login is checked again by the first request after {@value #RECHECK_AFTER_MILLIS}
 * ms, while the others go on with it, so that it is renewed before it expires rather than all requests
 * waiting when it does. A changed password, a disabled or locked account still take effect within
 * {@value #REMEMBER_MILLIS} ms. When the shared check finds the password wrong, every request that waited
 * for it counts as a failed login of the account too: the same wrong guess sent many times at once locks the
 * account as surely as when sent one after another.
 * <p>
 * Two more keep failing clients from slowing everyone (issue #12): a client address that failed too often
 * ({@link LoginThrottle}, {@code JIALI_LOGIN_FAILURES_PER_MINUTE}) is refused before any hash, and at most
 * {@link #HASH_SLOTS} password checks run at once; a check that finds no free slot within
 * {@value #HASH_WAIT_MILLIS} ms is refused as busy rather than queued without end.
 * <p>
 * A remembered login is stamped with the accounts' generation read before its check
 * ({@link CallerCache#ACCOUNTS}, shared by every server of a cluster): once a change to an account has
 * committed on any server, no server answers from a login remembered before it.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(DatabaseIdentityStore.class.getName());
    static final long REMEMBER_MILLIS = 60_000;
    static final long RECHECK_AFTER_MILLIS = 45_000;
    private static final int MAX_REMEMBERED = 10_000;
    /** Password hashes computed at once, at most: one per core (at least two). */
    static final int HASH_SLOTS = Math.max(2, Runtime.getRuntime().availableProcessors());

    static final long HASH_WAIT_MILLIS = 5_000;
    private static final int CLOSED = Integer.MIN_VALUE;

    /** Why a login was refused without checking the password. */
    public enum Refusal {
        /** 429: this client failed too often; try again after {@link Outcome#retryAfterSeconds()}. */
        TOO_MANY_ATTEMPTS,
        /** 503: all password checks are busy; try again shortly. */
        BUSY
    }

    /** The answer to a login: the validation result, and why the password was not checked, if it was not. */
    public record Outcome(CredentialValidationResult result, Refusal refusal, long retryAfterSeconds) {

        static final Outcome INVALID = new Outcome(CredentialValidationResult.INVALID_RESULT, null, 0);
        static final Outcome BUSY = new Outcome(CredentialValidationResult.INVALID_RESULT, Refusal.BUSY, 1);

        static Outcome tooManyAttempts(long retryAfterSeconds) {
            return new Outcome(CredentialValidationResult.INVALID_RESULT, Refusal.TOO_MANY_ATTEMPTS, retryAfterSeconds);
        }

        public boolean valid() {
            return result.getStatus() == CredentialValidationResult.Status.VALID;
        }

        /** The password was checked and found wrong (or the account is unknown, disabled or locked). */
        boolean failed() {
            return !valid() && refusal == null;
        }
    }

    private final byte[] salt = new byte[16];
    private final Map<String, Remembered> recent = new ConcurrentHashMap<>();
    /** Checks under way, by key: requests with the same credentials wait for the one running. */
    private final Map<String, Check> checking = new ConcurrentHashMap<>();
    /** Milliseconds now; a test sets its own. */
    LongSupplier clock = System::currentTimeMillis;
    /** Failed logins per client address; a test sets its own. */
    LoginThrottle throttle = new LoginThrottle(ServerMode.loginFailuresPerMinute(), () -> clock.getAsLong());

    Semaphore hashSlots = new Semaphore(HASH_SLOTS, true);
    long hashWaitMillis = HASH_WAIT_MILLIS;
    /**
     * The accounts' generation (CallerCache's: shared by the servers of a cluster); a test built with
     * {@code new} sets its own.
     */
    LongSupplier accountsGeneration = () -> 0L;

    private record Remembered(String username, String role, long checkedAt, long generation) {}

    /** One password check under way, and the requests sharing it. */
    private static final class Check {
        final CompletableFuture<Outcome> answer = new CompletableFuture<>();
        /** How many other requests wait for this answer; {@link #CLOSED} once it is given. */
        final AtomicInteger sharers = new AtomicInteger();
    }

    @Inject
    private UserService users;

    @Inject
    void use(CallerCache callers) {
        this.accountsGeneration = callers::accountsGeneration;
    }

    public DatabaseIdentityStore() {
        new SecureRandom().nextBytes(salt);
    }

    /** The container's way in (no client address, so no throttle): the mechanism calls {@link #check}. */
    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential upc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return check(upc.getCaller(), upc.getPasswordAsString(), null).result();
    }

    /**
     * Checks a login from a client address ({@code null}: not throttled). A throttled client is refused at
     * once; remembered logins answer at once; otherwise a check takes a throttle token, which a client whose
     * login succeeds gets back.
     */
    public Outcome check(String username, String password, String client) {
        if (client != null) {
            // before the remembered logins too: a throttled client must not go on guessing for free
            Optional<Long> retryAfter = throttle.wouldRefuse(client);
            if (retryAfter.isPresent()) {
                return Outcome.tooManyAttempts(retryAfter.get());
            }
        }
        String key = digest(username, password);
        while (true) {
            Remembered r = recent.get(key);
            if (r != null && r.generation != accountsGeneration.getAsLong()) {
                r = null; // an account changed since this login was checked
            }
            long age = r == null ? Long.MAX_VALUE : clock.getAsLong() - r.checkedAt;
            if (age < REMEMBER_MILLIS) {
                if (age >= RECHECK_AFTER_MILLIS) {
                    Check mine = new Check();
                    if (checking.putIfAbsent(key, mine) == null) {
                        // this request renews it, if a hash slot is free right now; the others go on
                        Outcome renewed = run(key, username, password, mine, 0);
                        if (renewed.refusal() == null) {
                            return renewed;
                        }
                    }
                }
                return new Outcome(new CredentialValidationResult(r.username, Set.of(r.role)), null, 0);
            }
            Check running = checking.get(key);
            if (running != null) {
                if (running.sharers.incrementAndGet() <= 0) {
                    continue; // that check has just been answered: look again
                }
                Outcome shared = running.answer.join(); // the same credentials are being checked: take that answer
                if (shared.failed() && client != null) {
                    throttle.charge(client);
                }
                return shared;
            }
            if (client != null) {
                Optional<Long> retryAfter = throttle.tryAcquire(client);
                if (retryAfter.isPresent()) {
                    return Outcome.tooManyAttempts(retryAfter.get());
                }
            }
            Check mine = new Check();
            if (checking.putIfAbsent(key, mine) != null) {
                if (client != null) {
                    throttle.giveBack(client);
                }
                continue; // another request started the same check just now: share it
            }
            Outcome outcome = run(key, username, password, mine, hashWaitMillis);
            if (client != null && !outcome.failed()) {
                throttle.giveBack(client);
            }
            return outcome;
        }
    }

    /**
     * A password was checked elsewhere and found wrong (the current password when changing it): it counts
     * against the client's address like a failed login.
     */
    public void wrongPasswordFrom(String client) {
        if (client != null) {
            throttle.charge(client);
        }
    }

    private Outcome run(String key, String username, String password, Check mine, long waitMillis) {
        Outcome outcome = Outcome.INVALID;
        try {
            if (!hashSlots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                outcome = Outcome.BUSY;
            } else {
                try {
                    long generation = accountsGeneration.getAsLong();
                    Optional<Caller> caller = users.authenticate(username, password);
                    if (caller.isPresent()) {
                        outcome = remember(key, caller.get(), generation);
                    } else {
                        recent.remove(key);
                    }
                } finally {
                    hashSlots.release();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = Outcome.BUSY;
        } catch (RuntimeException e) {
            // e.g. the database does not answer: refuse, never a 500
            LOG.log(Level.WARNING, "Login check failed: " + e);
            LOG.log(Level.FINE, "Login check failed", e);
        } finally {
            checking.remove(key, mine);
            int sharers = mine.sharers.getAndSet(CLOSED);
            if (outcome.failed() && sharers > 0) {
                countSharedFailures(username, sharers);
            }
            mine.answer.complete(outcome);
        }
        return outcome;
    }

    private void countSharedFailures(String username, int times) {
        try {
            users.loginsFailed(username, times);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Failed logins not counted: " + e);
        }
    }

    private Outcome remember(String key, Caller caller, long generation) {
        if (recent.size() >= MAX_REMEMBERED) {
            recent.clear();
        }
        recent.put(key, new Remembered(caller.username(), caller.role().name(), clock.getAsLong(), generation));
        return new Outcome(
                new CredentialValidationResult(
                        caller.username(), Set.of(caller.role().name())),
                null,
                0);
    }

    private String digest(String username, String password) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(salt);
            md.update(String.valueOf(username).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(String.valueOf(password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
