package com.jialicare.application;

import com.jialicare.domain.model.shared.TooManyRequestsException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How often one client (its remote address) may object, anonymous as objections are: at most
 * {@value #PER_APPLICATION_PER_DAY} objections to one application in 24 hours and {@value #PER_MINUTE} to
 * any in a minute; beyond that 429 {@code TOO_MANY_OBJECTIONS} with the seconds to wait. Every attempt let
 * through counts, accepted or not. Held in memory, per server, and bounded: the {@value #MAX_KEYS} most
 * recently seen windows are kept, the oldest forgotten.
 */
@ApplicationScoped
public class ObjectionThrottle {

    static final int PER_APPLICATION_PER_DAY = 5;
    static final int PER_MINUTE = 10;
    static final int MAX_KEYS = 20_000;
    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final int perApplicationPerDay;
    private final int perMinute;
    private final Map<String, Deque<Instant>> windows;

    public ObjectionThrottle() {
        this(PER_APPLICATION_PER_DAY, PER_MINUTE, MAX_KEYS);
    }

    ObjectionThrottle(int perApplicationPerDay, int perMinute, int maxKeys) {
        this.perApplicationPerDay = perApplicationPerDay;
        this.perMinute = perMinute;
        this.windows = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** Counts one objection by {@code client} to {@code applicationId} at {@code now}, or refuses it. */
    public synchronized void acquire(String client, long applicationId, Instant now) {
        String who = client == null || client.isBlank() ? "unknown" : client;
        Deque<Instant> minute = window("m|" + who, now, MINUTE);
        Deque<Instant> day = window("d|" + who + "|" + applicationId, now, DAY);
        long wait = 0;
        if (minute.size() >= perMinute) {
            wait = Math.max(wait, secondsUntil(minute.peekFirst().plus(MINUTE), now));
        }
        if (day.size() >= perApplicationPerDay) {
            wait = Math.max(wait, secondsUntil(day.peekFirst().plus(DAY), now));
        }
        if (wait > 0) {
            throw new TooManyRequestsException(
                    "TOO_MANY_OBJECTIONS",
                    "Too many objections from this address; try again in " + wait + " seconds",
                    wait,
                    wait);
        }
        minute.addLast(now);
        day.addLast(now);
    }

    /** How many windows are held (for tests: the memory is bounded). */
    synchronized int size() {
        return windows.size();
    }

    private Deque<Instant> window(String key, Instant now, Duration length) {
        Deque<Instant> times = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant start = now.minus(length);
        while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
            times.removeFirst();
        }
        return times;
    }

    private static long secondsUntil(Instant then, Instant now) {
        long millis = Duration.between(now, then).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
