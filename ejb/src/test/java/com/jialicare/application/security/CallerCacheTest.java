package com.jialicare.application.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.infrastructure.cluster.Generations;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The caller cache")
class CallerCacheTest {

    private final AtomicInteger loads = new AtomicInteger();

    private Caller load(String name) {
        loads.incrementAndGet();
        return new Caller(1, name, Role.CITY_AUDITOR, null, null, Set.of());
    }

    @Test
    @DisplayName("reads a name once, and again after an account changed on another server")
    void accountChangedOnAnotherServer() {
        var cluster = new ConcurrentHashMap<String, Long>();
        CallerCache a = new CallerCache();
        CallerCache b = new CallerCache();
        a.use(Generations.over(cluster));
        b.use(Generations.over(cluster));
        b.get("city", this::load);
        b.get("city", this::load);
        assertThat(loads).hasValue(1);

        a.accountChanged(new CallerCache.AccountChanged("city")); // committed on server A

        assertThat(b.get("city", name -> null)).isNull(); // e.g. disabled: no longer found
        b.get("city", this::load);
        assertThat(loads).hasValue(2);
    }
}
