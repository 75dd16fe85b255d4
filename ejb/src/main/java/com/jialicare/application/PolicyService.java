package com.jialicare.application;

import com.jialicare.application.security.CurrentCaller;
import com.jialicare.application.subsidy.PolicyTableCache;
import com.jialicare.application.subsidy.PolicyTableCache.PolicyVersionAdded;
import com.jialicare.domain.model.policy.PolicyAmendment;
import com.jialicare.domain.model.policy.PolicyTable;
import com.jialicare.domain.model.policy.PolicyVersion;
import com.jialicare.domain.model.policy.PolicyVersionRecord;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.infrastructure.persistence.policy.PolicyRepository;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The city's policy table: reading it (everyone who computes or checks a subsidy) and adding a version
 * (the administrator). Versions are only added, each after the latest: an amount once computed keeps
 * meaning what it meant.
 */
@Stateless
public class PolicyService {

    /** Code of the 409 when a new version would not take effect after every existing one. */
    public static final String NOT_AFTER_LATEST = "POLICY_NOT_AFTER_LATEST";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private PolicyRepository versions;

    @Inject
    private PolicyTableCache cache;

    @Inject
    private Event<PolicyVersionAdded> added;

    /** Every version, for the calculators; cached until a version is added. No caller check: it is public policy. */
    public PolicyTable table() {
        return cache.get(() -> new PolicyTable(versions.all().stream()
                .map(PolicyVersionRecord::toPolicyVersion)
                .toList()));
    }

    /**
     * The table as it stood at {@code at} (RULES.md §8.3): only the versions created by then, so that versions
     * added after a line was frozen never move its money. The cached table when no version is younger.
     */
    public PolicyTable tableAsOf(java.time.Instant at) {
        List<PolicyVersionRecord> all = versions.all();
        if (all.stream().noneMatch(r -> r.getCreatedAt().isAfter(at))) {
            return table();
        }
        return new PolicyTable(all.stream()
                .filter(r -> !r.getCreatedAt().isAfter(at))
                .map(PolicyVersionRecord::toPolicyVersion)
                .toList());
    }

    /**
     * {@link #tableAsOf} for many instants (the recomputation of every paid line): the versions are read once,
     * and one table is built per set of versions that existed at the instants asked for.
     */
    public java.util.function.Function<java.time.Instant, PolicyTable> tablesAsOf() {
        List<PolicyVersionRecord> all = versions.all();
        PolicyTable current = table();
        java.util.Map<java.util.Set<Long>, PolicyTable> built = new java.util.HashMap<>();
        return at -> {
            List<PolicyVersionRecord> then =
                    all.stream().filter(r -> !r.getCreatedAt().isAfter(at)).toList();
            if (then.size() == all.size()) {
                return current;
            }
            java.util.Set<Long> ids =
                    then.stream().map(PolicyVersionRecord::getId).collect(java.util.stream.Collectors.toSet());
            return built.computeIfAbsent(
                    ids,
                    k -> new PolicyTable(then.stream()
                            .map(PolicyVersionRecord::toPolicyVersion)
                            .toList()));
        };
    }

    /** Every stored version with who added it, newest (latest effective date) first; any logged-in user. */
    public List<PolicyVersionRecord> versions() {
        currentCaller.get();
        return versions.newestFirst();
    }

    /** One version by its number; any logged-in user. */
    public Optional<PolicyVersionRecord> version(int number) {
        currentCaller.get();
        return versions.byNumber(number);
    }

    /**
     * Adds a version from {@code amendment.effectiveFrom()} on, numbered one more than the highest so far.
     * Parameters the amendment leaves out carry over from the version in force before that day, which is
     * the latest one, since the day must come after every existing version's.
     *
     * @throws BusinessException 403 {@code ROLE_NOT_ALLOWED} unless ADMIN; 409 {@value #NOT_AFTER_LATEST};
     *                           400 {@code POLICY_INVALID} with the parameter at fault
     */
    public PolicyVersionRecord add(PolicyAmendment amendment) {
        var caller = currentCaller.get();
        caller.require(Role.ADMIN);
        if (amendment == null) {
            throw BusinessException.invalid(PolicyVersion.INVALID, null, "The new version's parameters are required");
        }
        PolicyVersion latest = versions.latest()
                .map(PolicyVersionRecord::toPolicyVersion)
                .orElseThrow(
                        () -> new IllegalStateException("The policy table is empty; migration V3 inserts version 1"));
        if (!amendment.effectiveFrom().isAfter(latest.effectiveFrom())) {
            throw BusinessException.conflict(
                    NOT_AFTER_LATEST,
                    "effectiveFrom",
                    "A new policy version must take effect after the latest one (version " + latest.version()
                            + ", in force from " + latest.effectiveFrom() + "); versions already in force are never"
                            + " changed",
                    latest.version(),
                    latest.effectiveFrom());
        }
        int number = versions.highestNumber() + 1;
        PolicyVersion next = amendment.applyTo(latest, number);
        // to the microsecond, as both databases store it, so the answer to POST equals what GET shows later
        PolicyVersionRecord record =
                new PolicyVersionRecord(next, clock.instant().truncatedTo(ChronoUnit.MICROS), caller.username());
        em.persist(record);
        // Two administrators adding at once both take the same number: the unique constraint on version_no
        // turns the second into a 409 here rather than a second "latest" version.
        em.flush();
        audit.record("POLICY_VERSION_ADDED", "PolicyVersion", record.getId(), describe(next));
        added.fire(new PolicyVersionAdded(number));
        return record;
    }

    private static String describe(PolicyVersion v) {
        return "version " + v.version() + " from " + v.effectiveFrom() + ": constructionRatePerBed="
                + v.constructionRatePerBed() + ", operatingMonthlyRates=" + v.operatingMonthlyRates()
                + ", constructionOwnerships=" + v.constructionOwnerships() + ", operatingOwnerships="
                + v.operatingOwnerships() + ", minOperatingMonths=" + v.minOperatingMonths() + ", minLeaseYears="
                + v.minLeaseYears() + ", bedPolicyStartDate=" + v.bedPolicyStartDate() + ", localHukouPrefix="
                + v.localHukouPrefix() + ", minAge=" + v.minAge() + ", minStayMonths=" + v.minStayMonths()
                + ", minDaysPresent=" + v.minDaysPresent() + ", noticeDays=" + v.noticeDays();
    }
}
