package com.jialicare.domain.model.resident;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.DatedHistory;
import com.jialicare.domain.model.shared.IdNumber;
import com.jialicare.domain.model.shared.Sex;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An elder registered with the city, once, by ID number. Birth date and sex come from the ID number; the
 * hukou is recorded separately. The capability level on a day is that of the latest assessment effective
 * on or before it; the hukou and state support on a day likewise come from their dated histories
 * (docs/RULES.md §8.1), whose first entry is dated on the birth date (the fact as first recorded holds from the
 * earliest day it can matter; every change comes after it). The columns {@code hukou_code} and
 * {@code state_supported} keep today's value (the latest entry: nothing is dated in the future), written
 * with the history, for lists and searches. Withdrawn entries and assessments (§8.2) are kept and ignored.
 */
@Entity
@Table(name = "resident")
public class Resident implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "resident_seq", sequenceName = "resident_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resident_seq")
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "id_number", nullable = false, length = 18, unique = true)
    private String idNumber;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Sex sex;

    @Column(name = "hukou_code", nullable = false, length = 6)
    private String hukouCode;

    @Column(name = "state_supported", nullable = false)
    private boolean stateSupported;

    @Column(name = "registered_by_home_id")
    private Long registeredByHomeId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "resident", cascade = CascadeType.PERSIST)
    @OrderBy("effectiveOn")
    private List<Assessment> assessments = new ArrayList<>();

    @OneToMany(mappedBy = "resident", cascade = CascadeType.PERSIST)
    @OrderBy("effectiveOn")
    private List<HukouEntry> hukouEntries = new ArrayList<>();

    @OneToMany(mappedBy = "resident", cascade = CascadeType.PERSIST)
    @OrderBy("effectiveOn")
    private List<StateSupportEntry> stateSupportEntries = new ArrayList<>();

    @Version
    private long version;

    protected Resident() {
        // for JPA
    }

    public Resident(
            String name,
            IdNumber idNumber,
            String hukouCode,
            boolean stateSupported,
            Long registeredByHomeId,
            Instant createdAt) {
        this.name = name;
        this.idNumber = idNumber.value();
        this.birthDate = idNumber.birthDate();
        this.sex = idNumber.sex();
        this.hukouCode = hukouCode;
        this.stateSupported = stateSupported;
        this.registeredByHomeId = registeredByHomeId;
        this.createdAt = createdAt;
        this.hukouEntries.add(new HukouEntry(this, birthDate, hukouCode));
        this.stateSupportEntries.add(new StateSupportEntry(this, birthDate, stateSupported));
    }

    public Assessment assess(int level, LocalDate effectiveOn) {
        Assessment a = new Assessment(this, level, effectiveOn);
        assessments.add(a);
        assessments.sort(Comparator.comparing(Assessment::getEffectiveOn));
        return a;
    }

    /** Whether a live (not withdrawn) assessment is effective on that day. */
    public boolean hasAssessmentOn(LocalDate day) {
        return live(assessments).stream().anyMatch(a -> a.getEffectiveOn().equals(day));
    }

    /** The level in effect on that day, if any live assessment was effective by then. */
    public Optional<Integer> levelOn(LocalDate day) {
        Integer level = null;
        for (Assessment a : live(assessments)) {
            if (!a.getEffectiveOn().isAfter(day)) {
                level = a.getLevel();
            }
        }
        return Optional.ofNullable(level);
    }

    // ------------------------------------------------------------------ dated histories (docs/RULES.md §8.1)

    /** The hukou history, live entries only, oldest first. */
    public DatedHistory<String> hukouHistory() {
        return history(hukouEntries, HukouEntry::getHukouCode);
    }

    /** The state-support history, live entries only, oldest first. */
    public DatedHistory<Boolean> stateSupportHistory() {
        return history(stateSupportEntries, StateSupportEntry::isStateSupported);
    }

    /** The live assessments as a history of levels. */
    public DatedHistory<Integer> assessmentHistory() {
        return history(assessments, Assessment::getLevel);
    }

    /**
     * A change of hukou from a day on.
     *
     * @throws BusinessException {@code DUPLICATE_EFFECTIVE_DATE} if an entry already starts that day
     */
    public HukouEntry changeHukou(LocalDate effectiveOn, String hukouCode) {
        DatedHistory<String> next = hukouHistory().with(effectiveOn, hukouCode);
        HukouEntry e = new HukouEntry(this, effectiveOn, hukouCode);
        hukouEntries.add(e);
        hukouEntries.sort(Comparator.comparing(HukouEntry::getEffectiveOn));
        this.hukouCode = next.latest().orElseThrow();
        return e;
    }

    /**
     * A change of state support from a day on.
     *
     * @throws BusinessException {@code DUPLICATE_EFFECTIVE_DATE} if an entry already starts that day
     */
    public StateSupportEntry changeStateSupport(LocalDate effectiveOn, boolean stateSupported) {
        DatedHistory<Boolean> next = stateSupportHistory().with(effectiveOn, stateSupported);
        StateSupportEntry e = new StateSupportEntry(this, effectiveOn, stateSupported);
        stateSupportEntries.add(e);
        stateSupportEntries.sort(Comparator.comparing(StateSupportEntry::getEffectiveOn));
        this.stateSupported = next.latest().orElseThrow();
        return e;
    }

    /**
     * Withdraws the hukou entry of that day, entered by mistake (§8.2).
     *
     * @throws BusinessException {@code NO_SUCH_ENTRY} (404), {@code LAST_ENTRY} (409)
     */
    public void withdrawHukou(LocalDate effectiveOn, Instant at, String by, String reason) {
        DatedHistory<String> next = hukouHistory().without(effectiveOn);
        liveOn(hukouEntries, effectiveOn).withdraw(at, by, reason);
        this.hukouCode = next.latest().orElseThrow();
    }

    /** As {@link #withdrawHukou}, for state support. */
    public void withdrawStateSupport(LocalDate effectiveOn, Instant at, String by, String reason) {
        DatedHistory<Boolean> next = stateSupportHistory().without(effectiveOn);
        liveOn(stateSupportEntries, effectiveOn).withdraw(at, by, reason);
        this.stateSupported = next.latest().orElseThrow();
    }

    /** As {@link #withdrawHukou}, for an assessment: a resident keeps at least one. */
    public void withdrawAssessment(LocalDate effectiveOn, Instant at, String by, String reason) {
        assessmentHistory().without(effectiveOn);
        liveOn(assessments, effectiveOn).withdraw(at, by, reason);
    }

    /**
     * Corrects the value of the hukou entry of that day in place (§8.2: as if it had always been so).
     *
     * @throws BusinessException {@code NO_SUCH_ENTRY} (404)
     */
    public void correctHukou(LocalDate effectiveOn, String hukouCode) {
        liveOn(hukouEntries, effectiveOn).correct(hukouCode);
        this.hukouCode = hukouHistory().latest().orElseThrow();
    }

    /** As {@link #correctHukou}, for state support. */
    public void correctStateSupport(LocalDate effectiveOn, boolean stateSupported) {
        liveOn(stateSupportEntries, effectiveOn).correct(stateSupported);
        this.stateSupported = stateSupportHistory().latest().orElseThrow();
    }

    /** As {@link #correctHukou}, for the level of an assessment. */
    public void correctAssessment(LocalDate effectiveOn, int level) {
        liveOn(assessments, effectiveOn).correct(level);
    }

    /** Corrects a mistyped name (§8.2). */
    public void correctName(String name) {
        this.name = name;
    }

    /** Corrects a mistyped ID number (§8.2); birth date and sex follow it. Uniqueness is the caller's. */
    public void correctIdNumber(IdNumber idNumber) {
        this.idNumber = idNumber.value();
        this.birthDate = idNumber.birthDate();
        this.sex = idNumber.sex();
    }

    private static <E extends ResidentFactEntry> List<E> live(List<E> entries) {
        return entries.stream().filter(e -> !e.isWithdrawn()).toList();
    }

    private static <E extends ResidentFactEntry> E liveOn(List<E> entries, LocalDate effectiveOn) {
        return entries.stream()
                .filter(e -> !e.isWithdrawn() && e.getEffectiveOn().equals(effectiveOn))
                .findFirst()
                .orElseThrow(() -> BusinessException.notFound(
                        "NO_SUCH_ENTRY", "No entry of this history starts on {0}", effectiveOn));
    }

    private static <E extends ResidentFactEntry, T> DatedHistory<T> history(List<E> entries, Function<E, T> value) {
        return DatedHistory.of(live(entries).stream()
                .map(e -> new DatedHistory.Entry<>(e.getEffectiveOn(), value.apply(e)))
                .toList());
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public IdNumber getIdNumber() {
        return IdNumber.of(idNumber);
    }

    public String getIdNumberValue() {
        return idNumber;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Sex getSex() {
        return sex;
    }

    public String getHukouCode() {
        return hukouCode;
    }

    public boolean isStateSupported() {
        return stateSupported;
    }

    public Long getRegisteredByHomeId() {
        return registeredByHomeId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The live assessments (withdrawn ones left out), oldest first. */
    public List<Assessment> getAssessments() {
        return live(assessments);
    }

    /** Every hukou entry, withdrawn ones included, oldest first (for the record's timeline). */
    public List<HukouEntry> getHukouEntries() {
        return List.copyOf(hukouEntries);
    }

    /** Every state-support entry, withdrawn ones included, oldest first. */
    public List<StateSupportEntry> getStateSupportEntries() {
        return List.copyOf(stateSupportEntries);
    }
}
