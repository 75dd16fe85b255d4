package com.jialicare.application;

import com.jialicare.application.security.CurrentCaller;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.infrastructure.persistence.user.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The administrator's overview (issue #16 item 10): the accounts by role, how many are locked or disabled, the
 * policy version in force and the next one, and the system's health and version. One service for the start
 * page and {@code GET /api/system/overview}.
 */
@Stateless
public class SystemOverviewService {

    /** Where Maven's archiver leaves the core's coordinates in the packaged jar. */
    private static final String POM_PROPERTIES = "/META-INF/maven/com.jialicare/jiali-care-ejb/pom.properties";

    private static final String BUILD_VERSION = readBuildVersion();

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private UserRepository users;

    @Inject
    private PolicyService policies;

    @Inject
    private SystemHealth health;

    @Inject
    private Clock clock;

    /** A policy version as the overview names it: its number and the day it takes effect. */
    public record PolicyRef(int versionNo, LocalDate effectiveFrom) implements Serializable {}

    /**
     * The overview. {@code accountsByRole} has every role (0 for none); {@code current} is the version in force
     * today, {@code next} the earliest one that takes effect after today (either {@code null} when there is
     * none); {@code schemaVersion} is Flyway's, {@code buildVersion} the application's, {@code startedAt} when
     * the server's JVM started.
     */
    public record Overview(
            Map<Role, Long> accountsByRole,
            long accounts,
            long locked,
            long disabled,
            PolicyRef current,
            PolicyRef next,
            int policyVersions,
            boolean up,
            String databaseKind,
            String schemaVersion,
            String buildVersion,
            Instant startedAt)
            implements Serializable {}

    /** 403 {@code ROLE_NOT_ALLOWED} unless the caller is the administrator. */
    public Overview overview() {
        currentCaller.get().require(Role.ADMIN);
        Map<Role, Long> byRole = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            byRole.put(r, 0L);
        }
        byRole.putAll(users.countByRole());
        long accounts = byRole.values().stream().mapToLong(Long::longValue).sum();
        List<PolicyRef> versions = policies.versions().stream()
                .map(v -> new PolicyRef(v.getVersionNo(), v.getEffectiveFrom()))
                .toList();
        LocalDate today = LocalDate.now(clock);
        return new Overview(
                Map.copyOf(byRole),
                accounts,
                users.countLocked(clock.instant()),
                users.countDisabled(),
                current(versions, today),
                next(versions, today),
                versions.size(),
                health.up(),
                Availability.databaseKind(),
                Availability.schemaVersion(),
                BUILD_VERSION,
                Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
    }

    /** The version in force on {@code today}: the one with the latest effective day not after it. */
    static PolicyRef current(List<PolicyRef> versions, LocalDate today) {
        return versions.stream()
                .filter(v -> !v.effectiveFrom().isAfter(today))
                .max(Comparator.comparing(PolicyRef::effectiveFrom))
                .orElse(null);
    }

    /** The version that takes effect next: the earliest effective day after {@code today}. */
    static PolicyRef next(List<PolicyRef> versions, LocalDate today) {
        return versions.stream()
                .filter(v -> v.effectiveFrom().isAfter(today))
                .min(Comparator.comparing(PolicyRef::effectiveFrom))
                .orElse(null);
    }

    private static String readBuildVersion() {
        try (InputStream in = SystemOverviewService.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                return "dev"; // classes run from the build's directory, not the packaged jar
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
