package com.jialicare.application.subsidy;

import com.jialicare.domain.model.policy.PolicyTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Holds the policy table between requests: every subsidy computation needs it, and it changes only when
 * the administrator adds a version. Dropped once that transaction has committed, so no reader can cache
 * a table from before the commit.
 */
@ApplicationScoped
public class PolicyTableCache {

    /** The table and the generation it was loaded in. */
    private record Cached(long generation, PolicyTable table) {
    }

    private final AtomicLong generation = new AtomicLong();
    private volatile Cached cached;

    /** The cached table, or a freshly loaded one. */
    public PolicyTable get(Supplier<PolicyTable> loader) {
        long current = generation.get();
        Cached c = cached;
        if (c != null && c.generation() == current) {
            return c.table();
        }
        PolicyTable table = loader.get();
        // Stamped with the generation read before loading: if a version was added meanwhile, the next
        // call sees a newer generation and loads again instead of trusting this possibly older table.
        cached = new Cached(current, table);
        return table;
    }

    void versionAdded(@Observes(during = TransactionPhase.AFTER_SUCCESS) PolicyVersionAdded event) {
        generation.incrementAndGet();
    }

    /** Fired when a policy version is added; the cache drops the table after the commit. */
    public record PolicyVersionAdded(int version) {
    }
}
