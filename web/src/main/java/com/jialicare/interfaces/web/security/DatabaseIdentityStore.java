package com.jialicare.interfaces.web.security;

import com.jialicare.application.UserService;
import com.jialicare.application.security.Caller;
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
 * {@value #REMEMBER_MILLIS} ms.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(DatabaseIdentityStore.class.getName());
    static final long REMEMBER_MILLIS = 60_000;
    static final long RECHECK_AFTER_MILLIS = 45_000;
    private static final int MAX_REMEMBERED = 10_000;

    private final byte[] salt = new byte[16];
    private final Map<String, Remembered> recent = new ConcurrentHashMap<>();
    /** Checks under way, by key: requests with the same credentials wait for the one running. */
    private final Map<String, CompletableFuture<CredentialValidationResult>> checking = new ConcurrentHashMap<>();
    /** Milliseconds now; a test sets its own. */
    LongSupplier clock = System::currentTimeMillis;

    private record Remembered(String username, String role, long checkedAt) {
    }

    @Inject
    private UserService users;

    public DatabaseIdentityStore() {
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential upc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = upc.getCaller();
        String password = upc.getPasswordAsString();
        String key = digest(username, password);
        Remembered r = recent.get(key);
        long age = r == null ? Long.MAX_VALUE : clock.getAsLong() - r.checkedAt;
        if (age < REMEMBER_MILLIS) {
            if (age >= RECHECK_AFTER_MILLIS) {
                CompletableFuture<CredentialValidationResult> mine = new CompletableFuture<>();
                if (checking.putIfAbsent(key, mine) == null) {
                    return check(key, username, password, mine); // this request renews it; the others go on
                }
            }
            return new CredentialValidationResult(r.username, Set.of(r.role));
        }
        CompletableFuture<CredentialValidationResult> mine = new CompletableFuture<>();
        CompletableFuture<CredentialValidationResult> running = checking.putIfAbsent(key, mine);
        if (running != null) {
            return running.join(); // the same credentials are being checked right now: take that answer
        }
        return check(key, username, password, mine);
    }

    /** Forget remembered logins, e.g. after a password or role change. */
    public void forgetAll() {
        recent.clear();
    }

    private CredentialValidationResult check(String key, String username, String password,
            CompletableFuture<CredentialValidationResult> answer) {
        CredentialValidationResult result = CredentialValidationResult.INVALID_RESULT;
        try {
            Optional<Caller> caller = users.authenticate(username, password);
            if (caller.isPresent()) {
                result = remember(key, caller.get());
            } else {
                recent.remove(key);
            }
        } catch (RuntimeException e) {
            // e.g. two failed logins of one user racing on the failure counter: refuse, never a 500
            LOG.log(Level.FINE, "Login check failed", e);
        } finally {
            answer.complete(result);
            checking.remove(key, answer);
        }
        return result;
    }

    private CredentialValidationResult remember(String key, Caller caller) {
        if (recent.size() >= MAX_REMEMBERED) {
            recent.clear();
        }
        recent.put(key, new Remembered(caller.username(), caller.role().name(), clock.getAsLong()));
        return new CredentialValidationResult(caller.username(), Set.of(caller.role().name()));
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
