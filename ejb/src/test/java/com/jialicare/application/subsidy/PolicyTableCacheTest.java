package com.jialicare.application.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.domain.model.policy.PolicyTable;
import com.jialicare.domain.model.policy.PolicyVersionBuilder;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PolicyTableCacheTest {

    private final PolicyTableCache cache = new PolicyTableCache();
    private final AtomicInteger loads = new AtomicInteger();

    private PolicyTable load() {
        loads.incrementAndGet();
        return PolicyTable.defaults();
    }

    @Test
    @DisplayName("The table is loaded once and then served from the cache")
    void loadsOnce() {
        PolicyTable first = cache.get(this::load);
        PolicyTable second = cache.get(this::load);

        assertThat(second).isSameAs(first);
        assertThat(loads).hasValue(1);
    }

    @Test
    @DisplayName("Adding a version drops the table: the next call loads it again")
    void versionAddedReloads() {
        cache.get(this::load);

        cache.versionAdded(new PolicyTableCache.PolicyVersionAdded(2));
        cache.get(this::load);

        assertThat(loads).hasValue(2);
    }

    @Test
    @DisplayName("A table loaded while a version was being added is not trusted afterwards")
    void addedDuringLoad() {
        cache.get(() -> {
            cache.versionAdded(new PolicyTableCache.PolicyVersionAdded(2)); // commits while this load runs
            return load();
        });

        PolicyTable next = cache.get(() ->
                PolicyTable.of(PolicyVersionBuilder.version(2, "2024-01-01").build()));

        assertThat(next.version(2)).isPresent();
    }

    @Test
    @DisplayName("A version added on one server is used by the next computation on another")
    void versionAddedOnAnotherServer() {
        var cluster = new java.util.concurrent.ConcurrentHashMap<String, Long>();
        PolicyTableCache a = new PolicyTableCache();
        a.use(com.jialicare.infrastructure.cluster.Generations.over(cluster));
        cache.use(com.jialicare.infrastructure.cluster.Generations.over(cluster));
        cache.get(this::load);

        a.versionAdded(new PolicyTableCache.PolicyVersionAdded(2));
        cache.get(this::load);

        assertThat(loads).hasValue(2);
    }
}
