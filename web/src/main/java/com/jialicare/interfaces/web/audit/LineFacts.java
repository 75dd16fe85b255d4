package com.jialicare.interfaces.web.audit;

import com.jialicare.application.carehome.BedOnDay;
import com.jialicare.application.carehome.BedStatus;
import com.jialicare.application.carehome.BedInfo;
import com.jialicare.domain.model.carehome.CareHome;
import com.jialicare.domain.model.policy.PolicyVersion;
import com.jialicare.domain.model.resident.Resident;
import com.jialicare.domain.model.shared.CapabilityLevel;
import com.jialicare.domain.model.shared.DischargeReason;
import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.model.shared.Premises;
import com.jialicare.domain.model.stay.AbsenceKind;
import com.jialicare.domain.model.stay.Stay;
import com.jialicare.interfaces.web.LineRow;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The facts behind one line, as recorded now (RULES.md §5): for a resident-month the resident,
 * the stay with its beds and absences, the assessments; for a bed the bed and the home's filing; for
 * both the policy version the line used. Read by {@link ReviewApplication} through the registry's
 * services; nothing here decides anything.
 */
public class LineFacts implements Serializable {

    private static final long serialVersionUID = 1L;

    public record Assessed(int level, LocalDate effectiveOn) implements Serializable {
    }

    public record InBed(String bedCode, String room, LocalDate from, LocalDate until) implements Serializable {
    }

    public record Away(AbsenceKind kind, LocalDate from, LocalDate until) implements Serializable {
    }

    /** The policy version of the line and the parameters that decided it. */
    public record Policy(int version, LocalDate effectiveFrom, BigDecimal rate, int minAge, int minStayMonths,
            int minDaysPresent, String localHukouPrefix, int minOperatingMonths, int minLeaseYears,
            LocalDate bedPolicyStartDate) implements Serializable {
    }

    private final LineRow line;
    private final Policy policy;
    // a resident-month
    private String residentName;
    private String idNumber;
    private LocalDate birthDate;
    private String hukouCode;
    private Boolean localHukou;
    private boolean stateSupported;
    private List<Assessed> assessments = List.of();
    private Long stayId;
    private LocalDate admittedOn;
    private LocalDate dischargedOn;
    private DischargeReason dischargeReason;
    private List<InBed> beds = List.of();
    private List<Away> absences = List.of();
    // a bed
    private String bedCode;
    private String room;
    private LocalDate commissionedOn;
    private LocalDate retiredOn;
    private BedStatus statusOnAsOf;
    private Ownership ownership;
    private LocalDate filedOn;
    private Integer filedBeds;
    private Premises premises;
    private LocalDate leaseEndsOn;

    private LineFacts(LineRow line, PolicyVersion policy, BigDecimal rate) {
        this.line = line;
        this.policy = policy == null ? null : new Policy(policy.version(), policy.effectiveFrom(), rate, policy.minAge(),
                policy.minStayMonths(), policy.minDaysPresent(), policy.localHukouPrefix(),
                policy.minOperatingMonths(), policy.minLeaseYears(), policy.bedPolicyStartDate());
    }

    /** A resident-month: who, the stay and its beds ({@code homeBeds} by id), absences, assessments. */
    static LineFacts residentMonth(LineRow line, Resident resident, Stay stay, Map<Long, BedInfo> homeBeds,
            PolicyVersion policy) {
        BigDecimal rate = policy == null || line.level() == null ? null
                : policy.monthlyRate(CapabilityLevel.of(line.level()));
        LineFacts f = new LineFacts(line, policy, rate);
        f.residentName = resident.getName();
        f.idNumber = resident.getIdNumber().masked();
        f.birthDate = resident.getBirthDate();
        f.hukouCode = resident.getHukouCode();
        f.localHukou = policy == null ? null : policy.isLocalHukou(resident.getHukouCode());
        f.stateSupported = resident.isStateSupported();
        f.assessments = resident.getAssessments().stream().map(a -> new Assessed(a.getLevel(), a.getEffectiveOn()))
                .sorted(Comparator.comparing(Assessed::effectiveOn)).toList();
        f.stayId = stay.getId();
        f.admittedOn = stay.getAdmittedOn();
        f.dischargedOn = stay.getDischargedOn();
        f.dischargeReason = stay.getDischargeReason();
        f.beds = stay.getOccupancies().stream().map(o -> {
            BedInfo b = homeBeds.get(o.getBedId());
            return new InBed(b == null ? "#" + o.getBedId() : b.code(), b == null ? "" : b.room(), o.getFromOn(),
                    o.getUntilOn());
        }).sorted(Comparator.comparing(InBed::from)).toList();
        f.absences = stay.getAbsences().stream().map(a -> new Away(a.getKind(), a.getFromOn(), a.getUntilOn()))
                .sorted(Comparator.comparing(Away::from)).toList();
        return f;
    }

    /** A bed: its code, room, commissioning and retirement, its status on the as-of day; the home's filing. */
    static LineFacts bed(LineRow line, BedOnDay bed, CareHome home, PolicyVersion policy) {
        LineFacts f = new LineFacts(line, policy, policy == null ? null : policy.constructionRatePerBed());
        f.bedCode = bed.bed().code();
        f.room = bed.bed().room();
        f.commissionedOn = bed.bed().commissionedOn();
        f.retiredOn = bed.bed().retiredOn();
        f.statusOnAsOf = bed.status();
        f.ownership = home.getOwnership();
        f.filedOn = home.getFiledOn();
        f.filedBeds = home.getFiledBeds();
        f.premises = home.getPremises();
        f.leaseEndsOn = home.getLeaseEndsOn();
        return f;
    }

    static Map<Long, BedInfo> byId(List<BedOnDay> beds) {
        return beds.stream().map(BedOnDay::bed).collect(Collectors.toMap(BedInfo::id, Function.identity()));
    }

    public boolean isBed() {
        return line.bed();
    }

    public LineRow getLine() {
        return line;
    }

    public Policy getPolicy() {
        return policy;
    }

    public String getResidentName() {
        return residentName;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getHukouCode() {
        return hukouCode;
    }

    public Boolean getLocalHukou() {
        return localHukou;
    }

    public boolean isStateSupported() {
        return stateSupported;
    }

    public List<Assessed> getAssessments() {
        return assessments;
    }

    public Long getStayId() {
        return stayId;
    }

    public LocalDate getAdmittedOn() {
        return admittedOn;
    }

    public LocalDate getDischargedOn() {
        return dischargedOn;
    }

    public DischargeReason getDischargeReason() {
        return dischargeReason;
    }

    public List<InBed> getBeds() {
        return beds;
    }

    public List<Away> getAbsences() {
        return absences;
    }

    public String getBedCode() {
        return bedCode;
    }

    public String getRoom() {
        return room;
    }

    public LocalDate getCommissionedOn() {
        return commissionedOn;
    }

    public LocalDate getRetiredOn() {
        return retiredOn;
    }

    public BedStatus getStatusOnAsOf() {
        return statusOnAsOf;
    }

    public Ownership getOwnership() {
        return ownership;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public Integer getFiledBeds() {
        return filedBeds;
    }

    public Premises getPremises() {
        return premises;
    }

    public LocalDate getLeaseEndsOn() {
        return leaseEndsOn;
    }
}
