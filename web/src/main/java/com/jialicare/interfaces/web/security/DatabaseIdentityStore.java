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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks user name and password against the database (PBKDF2 hashes). API clients send Basic credentials
 * with every request, and a deliberately slow hash per request would cap the API at a few requests per
 * second, so a successful check is remembered for a short while, keyed by a salted digest of the
 * credentials (never the password itself).
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(DatabaseIdentityStore.class.getName());
    private static final long REMEMBER_MILLIS = 60_000;
    private static final int MAX_REMEMBERED = 10_000;

    private final byte[] salt = new byte[16];
    private final Map<String, Remembered> recent = new ConcurrentHashMap<>();

    private record Remembered(String username, String role, long until) {
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
        if (r != null && r.until > System.currentTimeMillis()) {
            return new CredentialValidationResult(r.username, Set.of(r.role));
        }
        try {
            return users.authenticate(username, password).map(caller -> remember(key, caller))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        } catch (RuntimeException e) {
            // e.g. two failed logins of one user racing on the failure counter: refuse, never a 500
            LOG.log(Level.FINE, "Login check failed", e);
            return CredentialValidationResult.INVALID_RESULT;
        }
    }

    /** Forget remembered logins, e.g. after a password or role change. */
    public void forgetAll() {
        recent.clear();
    }

    private CredentialValidationResult remember(String key, Caller caller) {
        if (recent.size() >= MAX_REMEMBERED) {
            recent.clear();
        }
        recent.put(key, new Remembered(caller.username(), caller.role().name(),
                System.currentTimeMillis() + REMEMBER_MILLIS));
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
