package com.jialicare.infrastructure.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The generations of what the application holds in memory between requests (bed timelines, the policy
 * table, callers and remembered logins), shared by every server of a cluster (issue #17).
 * <p>
 * Each cache keeps its entries on its own heap, bounded as before, stamped with the generation of their key
 * read <em>before</em> loading, and uses an entry only while that generation is still current. A committed
 * change {@linkplain #advance advances} the key's generation. On the cluster server ({@code -Pcluster}) the
 * generations live in the replicated Infinispan cache {@value #CLUSTER_CACHE}: the new generation is written
 * synchronously to every member before the writer's transaction ends, so once a write has been answered no
 * node uses an entry loaded before it; a node that joins later receives the current generations before it
 * serves. Only the small generations travel; the cached data itself is never replicated or marshalled. On a
 * single server (no such cache) the generations are a map of its own, as before.
 * <p>
 * A generation is a random number rather than a counter: a cache only asks whether it is still the one it
 * read, and a plain put needs no cluster-wide increment.
 */
@ApplicationScoped
public class Generations {

    /**
     * The replicated cache of the cluster profile (ear/src/main/wildfly/configure-cluster.cli), as the web
     * module's {@code resource-env-ref} binds it; on a single server that name is bound to something else.
     */
    public static final String CLUSTER_CACHE = "java:app/jiali/generations";

    private static final Logger LOG = Logger.getLogger(Generations.class.getName());

    private ConcurrentMap<String, Long> shared = new ConcurrentHashMap<>();
    private boolean clustered;

    /** A server's own generations, for a single server and for tests built with {@code new}. */
    public static Generations local() {
        return new Generations();
    }

    /** Generations kept in {@code map}: tests stand two servers over one map, as the cluster's cache does. */
    public static Generations over(ConcurrentMap<String, Long> map) {
        Generations g = new Generations();
        g.shared = map;
        return g;
    }

    @PostConstruct
    @SuppressWarnings("unchecked")
    void init() {
        try {
            // an Infinispan Cache is a ConcurrentMap: the application needs no Infinispan API
            Object bound = new InitialContext().lookup(CLUSTER_CACHE);
            if (bound instanceof ConcurrentMap<?, ?> cache) {
                shared = (ConcurrentMap<String, Long>) cache;
                clustered = true;
                LOG.info("Cache generations are shared by the cluster (" + CLUSTER_CACHE + ")");
            } else {
                LOG.info(() -> "Cache generations are this server's own (" + CLUSTER_CACHE + " is "
                        + (bound == null ? "unbound" : bound.getClass().getName()) + ")");
            }
        } catch (NamingException e) {
            LOG.info(() -> "Cache generations are this server's own (" + e + ")");
        }
    }

    /** The key's current generation (0 until it first changes). */
    public long current(String key) {
        Long g = shared.get(key);
        return g == null ? 0L : g;
    }

    /** Marks the key changed: entries stamped with an earlier generation are no longer used, on every node. */
    public void advance(String key) {
        long next;
        do {
            next = ThreadLocalRandom.current().nextLong();
        } while (next == 0L);
        shared.put(key, next);
    }

    /** Whether the generations are shared with other servers. */
    public boolean clustered() {
        return clustered;
    }
}
