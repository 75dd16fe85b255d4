package com.jialicare.interfaces.shared.security;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Failed logins per client address, as a token bucket: a client may fail {@code perMinute} times in a row,
 * then once every {@code 60 / perMinute} seconds. A password check takes a token before it starts (so a
 * burst of parallel guesses cannot all pass at once) and gives it back when the password was right: a client
 * that logs in successfully is never slowed. Plain Java; time comes from a supplier of milliseconds.
 */
public final class LoginThrottle {

    /** Beyond this many clients, those whose buckets are full again are forgotten. */
    static final int MAX_CLIENTS = 10_000;

    private final double capacity;
    private final double tokensPerMilli;
    private final LongSupplier millis;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private final class Bucket {
        private double tokens = capacity;
        private long updatedAt = millis.getAsLong();

        private void refill(long now) {
            if (now > updatedAt) {
                tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerMilli);
                updatedAt = now;
            }
        }
    }

    public LoginThrottle(int perMinute, LongSupplier millis) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute");
        }
        this.capacity = perMinute;
        this.tokensPerMilli = perMinute / 60_000.0;
        this.millis = millis;
    }

    /**
     * Takes a token for a password check: empty if the check may go ahead, else the seconds after which the
     * client may try again (at least 1).
     */
    public Optional<Long> tryAcquire(String client) {
        Bucket b = bucket(client);
        synchronized (b) {
            long now = millis.getAsLong();
            b.refill(now);
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return Optional.empty();
            }
            return Optional.of(secondsUntilOneToken(b));
        }
    }

    /** Whether a check would be refused now, without taking a token: the seconds to wait, if so. */
    public Optional<Long> wouldRefuse(String client) {
        Bucket b = buckets.get(key(client));
        if (b == null) {
            return Optional.empty();
        }
        synchronized (b) {
            b.refill(millis.getAsLong());
            return b.tokens >= 1 ? Optional.empty() : Optional.of(secondsUntilOneToken(b));
        }
    }

    private long secondsUntilOneToken(Bucket b) {
        long waitMillis = (long) Math.ceil((1 - b.tokens) / tokensPerMilli);
        return Math.max(1, (waitMillis + 999) / 1000);
    }

    /** The check succeeded (or never ran): the token goes back. */
    public void giveBack(String client) {
        Bucket b = buckets.get(key(client));
        if (b != null) {
            synchronized (b) {
                b.refill(millis.getAsLong());
                b.tokens = Math.min(capacity, b.tokens + 1);
            }
        }
    }

    /** A failure that took no token before (it shared another request's check): it costs one too. */
    public void charge(String client) {
        Bucket b = bucket(client);
        synchronized (b) {
            b.refill(millis.getAsLong());
            b.tokens = Math.max(0, b.tokens - 1);
        }
    }

    int clients() {
        return buckets.size();
    }

    private Bucket bucket(String client) {
        String key = key(client);
        Bucket b = buckets.get(key);
        if (b == null) {
            if (buckets.size() >= MAX_CLIENTS) {
                forgetFullBuckets();
            }
            b = buckets.computeIfAbsent(key, k -> new Bucket());
        }
        return b;
    }

    private void forgetFullBuckets() {
        long now = millis.getAsLong();
        buckets.entrySet().removeIf(e -> {
            Bucket b = e.getValue();
            synchronized (b) {
                b.refill(now);
                return b.tokens >= capacity;
            }
        });
        if (buckets.size() >= 2 * MAX_CLIENTS) {
            buckets.clear(); // memory stays bounded even when too many addresses fail at once
        }
    }

    private static String key(String client) {
        return client == null ? "" : client;
    }
}
