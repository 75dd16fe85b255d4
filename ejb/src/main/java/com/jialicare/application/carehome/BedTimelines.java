package com.jialicare.application.carehome;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.jialicare.infrastructure.AppConfig;
import com.jialicare.infrastructure.cluster.Generations;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.function.LongFunction;
import java.util.logging.Logger;

/**
 * Holds the homes' bed timelines between requests, so that a bed board (the API's bed list, the home's
 * board, an auditor's drill-down) needs no database round trip once its home has been read (issue #7:
 * docs/BENCHMARKS.md).
 * <p>
 * Correctness rests on generations, as in the policy table's cache: every change to a home's beds or stays
 * fires {@link BedsChanged}; once its transaction has committed the home's generation goes up. A timeline
 * is stored with the generations read <em>before</em> it was loaded, and used only while they are still
 * current, so a timeline loaded from data older than a commit is never used after that commit. Data written
 * past the application (SQL by hand, a restore) is not seen until a restart. The generations are shared by
 * every server of a cluster ({@link Generations}): a change committed on one server is seen by the next bed
 * board read on any other.
 * <p>
 * Bounded by weight (approximate bytes, {@code JIALI_BED_CACHE_MB}, by default a quarter of the heap: a city's
 * homes take about 11 MB, the whole province's 5,000 about 300 MB); the
 * least used homes are dropped first.
 */
@ApplicationScoped
public class BedTimelines {

    private static final Logger LOG = Logger.getLogger(BedTimelines.class.getName());

    private record Entry(long all, long home, BedTimeline timeline) {}

    private static final String ALL = "beds";

    private Generations generations = Generations.local();
    private Cache<Long, Entry> cache;

    @Inject
    void use(Generations shared) {
        this.generations = shared;
    }

    private static String key(long careHomeId) {
        return "beds:" + careHomeId;
    }

    /** Built here, not in a constructor: the container may construct the bean's proxy class as well. */
    @PostConstruct
    void init() {
        long bytes = AppConfig.bedCacheMegabytes()
                .map(mb -> mb * 1024 * 1024)
                .orElse(Runtime.getRuntime().maxMemory() / 4);
        // maintenance on the calling thread: no threads outside the container's control
        cache = Caffeine.newBuilder()
                .maximumWeight(bytes)
                .executor(Runnable::run)
                .weigher((Long home, Entry e) -> e.timeline().weight())
                .build();
        LOG.info(() -> String.format("Bed timelines cached up to %,d MB", bytes / 1024 / 1024));
    }

    /**
     * The home's timeline, from the cache or from {@code loader}.
     *
     * @param loader reads the home's timeline in the caller's transaction; {@code null} when there is no such
     *               home (nothing is cached then)
     */
    public BedTimeline get(long careHomeId, LongFunction<BedTimeline> loader) {
        long allNow = generations.current(ALL);
        long homeNow = generations.current(key(careHomeId));
        Entry e = cache.getIfPresent(careHomeId);
        if (e != null && e.all() == allNow && e.home() == homeNow) {
            return e.timeline();
        }
        BedTimeline timeline = loader.apply(careHomeId);
        if (timeline != null) {
            cache.put(careHomeId, new Entry(allNow, homeNow, timeline));
        }
        return timeline;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) BedsChanged event) {
        if (event.careHomeId() == null) {
            generations.advance(ALL);
            cache.invalidateAll();
        } else {
            generations.advance(key(event.careHomeId()));
            cache.invalidate(event.careHomeId());
        }
    }

    /** Homes held now, for tests and the benchmark's notes. */
    public long size() {
        return cache.estimatedSize();
    }
}
