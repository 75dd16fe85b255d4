package com.jialicare.application.subsidy;

import com.jialicare.domain.model.policy.PolicyTable;
import com.jialicare.infrastructure.cluster.Generations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * Holds the policy table between requests: every subsidy computation needs it, and it changes only when
 * the administrator adds a version. Dropped once that transaction has committed, so no reader can cache
 * a table from before the commit. The generation is shared by every server of a cluster ({@link Generations}),
 * so a version added on one is used by the next computation on any other.
 */
@ApplicationScoped
public class PolicyTableCache {

    /** The table and the generation it was loaded in. */
    private record Cached(long generation, PolicyTable table) {}

    static final String KEY = "policy-table";

    private Generations generations = Generations.local();
    private volatile Cached cached;

    @Inject
    void use(Generations shared) {
        this.generations = shared;
    }

    /** The cached table, or a freshly loaded one. */
    public PolicyTable get(Supplier<PolicyTable> loader) {
        long current = generations.current(KEY);
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
        generations.advance(KEY);
    }

    /** Fired when a policy version is added; the cache drops the table after the commit. */
    public record PolicyVersionAdded(int version) {}
}
