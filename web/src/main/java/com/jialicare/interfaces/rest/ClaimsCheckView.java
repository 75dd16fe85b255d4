package com.jialicare.interfaces.rest;

import com.jialicare.application.ApplicationService.ClaimsCheck;
import java.util.List;

/**
 * {@code POST /api/applications/claims-check}: the keys of a would-be application already claimed by another
 * live application. {@code claimed}: whether any is; {@code applicationIds}: the applications holding them;
 * {@code keys}: each key (a bed, or a stay's month with its resident), at most 1,000 ({@code truncated} if more).
 */
public record ClaimsCheckView(
        boolean claimed, int count, boolean truncated, List<Long> applicationIds, List<Key> keys) {

    /** A bed ({@code bedId}, {@code bedCode}) or a resident-month ({@code stayId}, {@code residentId}, {@code month}). */
    public record Key(
            long applicationId,
            String applicationState,
            Long bedId,
            String bedCode,
            Long stayId,
            Long residentId,
            String residentName,
            String month) {}

    static ClaimsCheckView of(ClaimsCheck c) {
        List<Key> keys = c.claimed().stream()
                .map(k -> new Key(
                        k.applicationId(),
                        k.applicationState(),
                        k.bedId(),
                        k.bedCode(),
                        k.stayId(),
                        k.residentId(),
                        k.residentId() == null ? null : c.residentNames().get(k.residentId()),
                        k.month() == null ? null : k.month().toString()))
                .toList();
        return new ClaimsCheckView(
                !keys.isEmpty(),
                keys.size(),
                c.truncated(),
                keys.stream().map(Key::applicationId).distinct().sorted().toList(),
                keys);
    }
}
