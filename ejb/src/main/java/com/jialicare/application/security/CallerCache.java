package com.jialicare.application.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.infrastructure.cluster.Generations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Function;

/**
 * The callers behind recently seen user names, so that a request does not read its account and family links
 * again (issue #7: one query less on every API call). Accounts are only ever created, never changed, so an
 * entry can only go stale by the account being edited in the database by hand; it is read again after
 * {@link #TTL} at the latest, like a remembered login ({@code DatabaseIdentityStore}). Unknown or disabled
 * names are never remembered. A feature that changes accounts must fire {@link AccountChanged} in its
 * transaction: once it commits, every caller and remembered login is read again, on every server of a
 * cluster ({@link Generations}, key {@value #ACCOUNTS}).
 */
@ApplicationScoped
public class CallerCache {

    static final Duration TTL = Duration.ofSeconds(60);
    /** The generation of all accounts: account changes are rare, so one change drops every entry. */
    public static final String ACCOUNTS = "accounts";

    private record Entry(long generation, Caller caller) {}

    private final Cache<String, Entry> callers = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(TTL)
            .executor(Runnable::run)
            .build();
    private Generations generations = Generations.local();

    @Inject
    void use(Generations shared) {
        this.generations = shared;
    }

    /** The accounts' current generation: a login remembered under an earlier one is checked again. */
    public long accountsGeneration() {
        return generations.current(ACCOUNTS);
    }

    /** The cached caller, or the one {@code loader} finds ({@code null}: none, nothing remembered). */
    public Caller get(String username, Function<String, Caller> loader) {
        long now = generations.current(ACCOUNTS);
        Entry e = callers.getIfPresent(username);
        if (e != null && e.generation() == now) {
            return e.caller();
        }
        // stamped with the generation read before loading: a change committed meanwhile is not hidden
        Caller caller = loader.apply(username);
        if (caller != null) {
            callers.put(username, new Entry(now, caller));
        } else if (e != null) {
            callers.invalidate(username);
        }
        return caller;
    }

    /** Drops one name on this server only; account changes fire {@link AccountChanged} instead. */
    public void forget(String username) {
        callers.invalidate(username);
    }

    void accountChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged event) {
        generations.advance(ACCOUNTS);
        callers.invalidate(event.username());
    }

    /** Fired in the transaction that changes an account (enabled, role, scope, password). */
    public record AccountChanged(String username) {}
}
