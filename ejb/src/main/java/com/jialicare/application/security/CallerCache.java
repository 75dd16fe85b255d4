package com.jialicare.application.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.jialicare.domain.model.user.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Function;

/**
 * The callers behind recently seen user names, so that a request does not read its account and family links
 * again (issue #7: one query less on every API call). Accounts are only ever created, never changed, so an
 * entry can only go stale by the account being edited in the database by hand; it is read again after
 * {@link #TTL} at the latest, like a remembered login ({@code DatabaseIdentityStore}). Unknown or disabled
 * names are never remembered. A feature that changes accounts must call {@link #forget}.
 */
@ApplicationScoped
public class CallerCache {

    static final Duration TTL = Duration.ofSeconds(60);

    private final Cache<String, Caller> callers = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(TTL).executor(Runnable::run).build();

    /** The cached caller, or the one {@code loader} finds ({@code null}: none, nothing remembered). */
    public Caller get(String username, Function<String, Caller> loader) {
        return callers.get(username, loader);
    }

    public void forget(String username) {
        callers.invalidate(username);
    }
}
