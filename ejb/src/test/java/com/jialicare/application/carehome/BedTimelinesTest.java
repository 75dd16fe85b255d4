package com.jialicare.application.carehome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BedTimelinesTest {

    private final BedTimelines cache = new BedTimelines();
    private final AtomicInteger loads = new AtomicInteger();

    BedTimelinesTest() {
        cache.init();
    }

    private BedTimeline load(long home) {
        loads.incrementAndGet();
        return BedTimeline.of(
                home,
                "511102",
                List.of(new BedInfo(home * 10, home, "A-" + loads.get(), "A", LocalDate.of(2024, 1, 1), null)),
                List.of());
    }

    @Test
    void aHomeIsReadOnceUntilItChanges() {
        BedTimeline first = cache.get(1, this::load);
        assertThat(cache.get(1, this::load)).isSameAs(first);
        assertThat(loads).hasValue(1);

        cache.changed(new BedsChanged(2L)); // another home: still cached
        assertThat(cache.get(1, this::load)).isSameAs(first);

        cache.changed(new BedsChanged(1L));
        assertThat(cache.get(1, this::load)).isNotSameAs(first);
        assertThat(loads).hasValue(2);

        cache.changed(BedsChanged.all());
        cache.get(1, this::load);
        assertThat(loads).hasValue(3);
    }

    @Test
    void aTimelineLoadedBeforeACommitIsNeverUsedAfterIt() {
        // the home changes (and commits) while a request is still reading it: what it read may be old
        BedTimeline old = cache.get(1, home -> {
            cache.changed(new BedsChanged(1L));
            return load(home);
        });
        assertThat(old).isNotNull();
        BedTimeline next = cache.get(1, this::load);
        assertThat(next).isNotSameAs(old);
        assertThat(cache.get(1, this::load)).isSameAs(next);
    }

    @Test
    void aMissingHomeIsNotRemembered() {
        assertThat(cache.get(5, home -> null)).isNull();
        assertThat(cache.get(5, this::load)).isNotNull();
    }

    @Test
    void aChangeCommittedOnOneServerIsSeenByTheNextReadOnAnother() {
        var cluster = new java.util.concurrent.ConcurrentHashMap<String, Long>();
        BedTimelines a = new BedTimelines();
        BedTimelines b = new BedTimelines();
        a.init();
        b.init();
        a.use(com.jialicare.infrastructure.cluster.Generations.over(cluster));
        b.use(com.jialicare.infrastructure.cluster.Generations.over(cluster));
        BedTimeline onB = b.get(1, this::load);
        assertThat(b.get(1, this::load)).isSameAs(onB);

        a.changed(new BedsChanged(1L)); // an admission committed on server A

        assertThat(b.get(1, this::load)).isNotSameAs(onB);
        BedTimeline again = b.get(1, this::load);
        a.changed(BedsChanged.all());
        assertThat(b.get(1, this::load)).isNotSameAs(again);
    }
}
