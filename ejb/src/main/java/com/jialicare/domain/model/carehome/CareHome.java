package com.jialicare.domain.model.carehome;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.CityTime;
import com.jialicare.domain.model.shared.DatedHistory;
import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.model.shared.Premises;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A care home (养老机构) filed with the civil-affairs bureau, in one of Leshan's counties.
 *
 * <p>Its ownership, premises (with the lease's end), filed capacity and closing change on days (docs/RULES.md
 * §8.1): each is a {@link DatedHistory} kept in {@code care_home_fact} (one row per entry, V9). The columns
 * {@code ownership}, {@code premises}, {@code lease_ends_on}, {@code filed_beds} and {@code closed_on} hold
 * today's values (the latest entry: changes are never dated in the future), rewritten by every change here.
 */
@Entity
@Table(name = "care_home")
public class CareHome implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "care_home_seq", sequenceName = "care_home_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "care_home_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "credit_code", nullable = false, length = 18, unique = true)
    private String creditCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Ownership ownership;

    @Column(name = "county_code", nullable = false, length = 6)
    private String countyCode;

    @Column(name = "filed_on")
    private LocalDate filedOn;

    @Column(name = "filed_beds", nullable = false)
    private int filedBeds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Premises premises;

    @Column(name = "lease_ends_on")
    private LocalDate leaseEndsOn;

    @Column(length = 300)
    private String address;

    /** The number families call (V22); optional. */
    @Column(length = 40)
    private String phone;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @ElementCollection
    @CollectionTable(name = "care_home_fact", joinColumns = @JoinColumn(name = "care_home_id"))
    @OrderBy("effectiveOn")
    private List<HomeFactEntry> facts = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CareHome() {
        // for JPA
    }

    public CareHome(
            String name,
            String creditCode,
            Ownership ownership,
            String countyCode,
            LocalDate filedOn,
            int filedBeds,
            Premises premises,
            LocalDate leaseEndsOn,
            String address,
            Instant createdAt) {
        this(
                name,
                creditCode,
                ownership,
                countyCode,
                filedOn,
                filedBeds,
                premises,
                leaseEndsOn,
                address,
                null,
                createdAt);
    }

    public CareHome(
            String name,
            String creditCode,
            Ownership ownership,
            String countyCode,
            LocalDate filedOn,
            int filedBeds,
            Premises premises,
            LocalDate leaseEndsOn,
            String address,
            String phone,
            Instant createdAt) {
        PremisesTerm term = new PremisesTerm(premises, leaseEndsOn);
        checkFiledBeds(filedBeds);
        this.name = name;
        this.creditCode = creditCode;
        this.ownership = ownership;
        this.countyCode = countyCode;
        this.filedOn = filedOn;
        this.filedBeds = filedBeds;
        this.premises = premises;
        this.leaseEndsOn = leaseEndsOn;
        this.address = address;
        this.phone = phone;
        this.createdAt = createdAt;
        // the first entries: from the filing day, or from the day the home was entered if not filed
        LocalDate first = filedOn != null ? filedOn : LocalDate.ofInstant(createdAt, CityTime.ZONE);
        facts.add(HomeFactEntry.ownership(first, ownership));
        facts.add(HomeFactEntry.premises(first, term));
        facts.add(HomeFactEntry.filedBeds(first, filedBeds));
    }

    private static void checkFiledBeds(int filedBeds) {
        if (filedBeds < 0 || filedBeds > 100_000) {
            throw BusinessException.invalid(
                    "INVALID_FILED_BEDS", "filedBeds", "Filed capacity must be 0 to 100000 beds", filedBeds);
        }
    }

    // --- the dated histories (docs/RULES.md §8.1) ---

    public DatedHistory<Ownership> ownershipHistory() {
        return history(HomeFactKind.OWNERSHIP, HomeFactEntry::getOwnership, ownership);
    }

    public DatedHistory<PremisesTerm> premisesHistory() {
        return history(HomeFactKind.PREMISES, HomeFactEntry::premisesTerm, new PremisesTerm(premises, leaseEndsOn));
    }

    public DatedHistory<Integer> filedBedsHistory() {
        return history(HomeFactKind.FILED_BEDS, HomeFactEntry::getFiledBeds, filedBeds);
    }

    /** The day the home closed (no admissions or new beds from it on), or null while open. */
    public LocalDate getClosedOn() {
        return closedOn;
    }

    /** Closed on that day: closed on or before it. */
    public boolean isClosedOn(LocalDate day) {
        return closedOn != null && !day.isBefore(closedOn);
    }

    /**
     * Refuses what a closed home cannot take from its closing day on: an admission or a new bed.
     *
     * @throws BusinessException 409 {@code HOME_CLOSED} (on {@code field})
     */
    public void requireOpenOn(LocalDate day, String field) {
        if (isClosedOn(day)) {
            throw BusinessException.conflict("HOME_CLOSED", field, "The care home is closed since {0}", closedOn);
        }
    }

    /** A change (§8.1): the ownership from {@code on}. Answers the value that held on that day before. */
    public Ownership changeOwnership(LocalDate on, Ownership value) {
        ensureRows();
        required(value, "ownership", "OWNERSHIP_REQUIRED");
        Ownership before = ownershipHistory().valueOn(on).orElse(null);
        ownershipHistory().with(on, value); // DUPLICATE_EFFECTIVE_DATE
        facts.add(HomeFactEntry.ownership(on, value));
        refresh();
        return before;
    }

    /** A change (§8.1): the premises (and lease end) from {@code on}. Answers the value held that day before. */
    public PremisesTerm changePremises(LocalDate on, PremisesTerm value) {
        ensureRows();
        PremisesTerm before = premisesHistory().valueOn(on).orElse(null);
        premisesHistory().with(on, value);
        facts.add(HomeFactEntry.premises(on, value));
        refresh();
        return before;
    }

    /** A change (§8.1): the filed capacity from {@code on}. Answers the value held that day before. */
    public Integer changeFiledBeds(LocalDate on, Integer value) {
        ensureRows();
        required(value, "filedBeds", "FILED_BEDS_REQUIRED");
        checkFiledBeds(value);
        Integer before = filedBedsHistory().valueOn(on).orElse(null);
        filedBedsHistory().with(on, value);
        facts.add(HomeFactEntry.filedBeds(on, value));
        refresh();
        return before;
    }

    /**
     * A change (§8.1): the home closes from {@code on} (that day included).
     *
     * @throws BusinessException 409 {@code HOME_CLOSED} if it is closed already
     */
    public void close(LocalDate on) {
        if (closedOn != null) {
            throw BusinessException.conflict(
                    "HOME_CLOSED", "effectiveOn", "The care home is closed since {0}", closedOn);
        }
        facts.add(HomeFactEntry.closed(on));
        closedOn = on;
    }

    /**
     * A correction (§8.2): the entry of that kind and day was entered by mistake. A withdrawn closing reopens the
     * home. Answers the withdrawn entry's value (for CLOSED its day).
     *
     * @throws BusinessException 404 {@code NO_SUCH_ENTRY}; 409 {@code LAST_ENTRY} (a fact keeps one value)
     */
    public Object withdraw(HomeFactKind kind, LocalDate on) {
        ensureRows();
        Object before;
        switch (kind) {
            case OWNERSHIP -> {
                before = ownershipHistory()
                        .entryOn(on)
                        .map(DatedHistory.Entry::value)
                        .orElse(null);
                ownershipHistory().without(on);
            }
            case PREMISES -> {
                before = premisesHistory()
                        .entryOn(on)
                        .map(DatedHistory.Entry::value)
                        .orElse(null);
                premisesHistory().without(on);
            }
            case FILED_BEDS -> {
                before = filedBedsHistory()
                        .entryOn(on)
                        .map(DatedHistory.Entry::value)
                        .orElse(null);
                filedBedsHistory().without(on);
            }
            case CLOSED -> {
                if (closedOn == null || !closedOn.equals(on)) {
                    throw BusinessException.notFound("NO_SUCH_ENTRY", "No entry of this history starts on {0}", on);
                }
                before = closedOn;
                closedOn = null;
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
        facts.removeIf(e -> e.getKind() == kind && e.getEffectiveOn().equals(on));
        refresh();
        return before;
    }

    /**
     * A correction (§8.2): the entry of that kind and day had a wrong value. Answers the old value.
     *
     * @throws BusinessException 404 {@code NO_SUCH_ENTRY}; 400 as the change would be; CLOSED has no value to
     *     correct ({@code HISTORY_KIND_INVALID}: withdraw it and record the right day)
     */
    public Object correctEntry(
            HomeFactKind kind, LocalDate on, Ownership ownership, PremisesTerm premises, Integer beds) {
        ensureRows();
        HomeFactEntry replacement = switch (kind) {
            case OWNERSHIP -> {
                required(ownership, "ownership", "OWNERSHIP_REQUIRED");
                yield HomeFactEntry.ownership(on, ownership);
            }
            case PREMISES -> HomeFactEntry.premises(on, premises);
            case FILED_BEDS -> {
                required(beds, "filedBeds", "FILED_BEDS_REQUIRED");
                checkFiledBeds(beds);
                yield HomeFactEntry.filedBeds(on, beds);
            }
            default ->
                throw BusinessException.invalid(
                        "HISTORY_KIND_INVALID",
                        "historyKind",
                        "A closing day is not corrected: withdraw it and record the right day");
        };
        int i = indexOf(kind, on);
        HomeFactEntry old = facts.get(i);
        Object before = switch (kind) {
            case OWNERSHIP -> old.getOwnership();
            case PREMISES -> old.premisesTerm();
            default -> old.getFiledBeds();
        };
        facts.set(i, replacement);
        refresh();
        return before;
    }

    private int indexOf(HomeFactKind kind, LocalDate on) {
        for (int i = 0; i < facts.size(); i++) {
            if (facts.get(i).getKind() == kind && facts.get(i).getEffectiveOn().equals(on)) {
                return i;
            }
        }
        throw BusinessException.notFound("NO_SUCH_ENTRY", "No entry of this history starts on {0}", on);
    }

    /** A correction of the name (§8.2); the caller checked it. */
    public void correctName(String name) {
        this.name = name;
    }

    /** A correction of the credit code (§8.2); the caller checked it and that it is not taken. */
    public void correctCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    /** A correction of the filing day (§8.2); null: not filed. */
    public void correctFiledOn(LocalDate filedOn) {
        this.filedOn = filedOn;
    }

    /** Rows for facts that have none (a row written without its history): today's value from the first day. */
    private void ensureRows() {
        LocalDate first = filedOn != null ? filedOn : LocalDate.ofInstant(createdAt, CityTime.ZONE);
        if (facts.stream().noneMatch(e -> e.getKind() == HomeFactKind.OWNERSHIP)) {
            facts.add(HomeFactEntry.ownership(first, ownership));
        }
        if (facts.stream().noneMatch(e -> e.getKind() == HomeFactKind.PREMISES)) {
            facts.add(HomeFactEntry.premises(first, new PremisesTerm(premises, leaseEndsOn)));
        }
        if (facts.stream().noneMatch(e -> e.getKind() == HomeFactKind.FILED_BEDS)) {
            facts.add(HomeFactEntry.filedBeds(first, filedBeds));
        }
    }

    /** Today's columns from the histories' latest entries. */
    private void refresh() {
        ownership = ownershipHistory().latest().orElseThrow();
        PremisesTerm p = premisesHistory().latest().orElseThrow();
        premises = p.premises();
        leaseEndsOn = p.leaseEndsOn();
        filedBeds = filedBedsHistory().latest().orElseThrow();
    }

    private <T> DatedHistory<T> history(HomeFactKind kind, Function<HomeFactEntry, T> value, T today) {
        List<DatedHistory.Entry<T>> entries = new ArrayList<>();
        for (HomeFactEntry e : facts) {
            if (e.getKind() == kind) {
                entries.add(new DatedHistory.Entry<>(e.getEffectiveOn(), value.apply(e)));
            }
        }
        if (entries.isEmpty()) { // a row written without its history (never by this code): today's value throughout
            LocalDate first = filedOn != null ? filedOn : LocalDate.ofInstant(createdAt, CityTime.ZONE);
            return DatedHistory.starting(first, today);
        }
        return DatedHistory.of(entries);
    }

    private static void required(Object value, String field, String code) {
        if (value == null) {
            throw BusinessException.invalid(code, field, field + " is required");
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public Ownership getOwnership() {
        return ownership;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public int getFiledBeds() {
        return filedBeds;
    }

    public Premises getPremises() {
        return premises;
    }

    public LocalDate getLeaseEndsOn() {
        return leaseEndsOn;
    }

    public String getAddress() {
        return address;
    }

    /** The home's telephone number as filed, e.g. 0833-2123456; null if none was given. */
    public String getPhone() {
        return phone;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
