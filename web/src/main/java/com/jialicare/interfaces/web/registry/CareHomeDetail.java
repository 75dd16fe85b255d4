package com.jialicare.interfaces.web.registry;

import com.jialicare.application.CareHomeChangeService;
import com.jialicare.application.CareHomeService;
import com.jialicare.application.carehome.BedInfo;
import com.jialicare.domain.model.carehome.CareHome;
import com.jialicare.domain.model.carehome.HomeFactKind;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.model.shared.Premises;
import com.jialicare.interfaces.web.Ajax;
import com.jialicare.interfaces.web.Messages;
import com.jialicare.interfaces.web.session.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * One care home: its filing data, its dated histories as timelines (docs/RULES.md §8.1), its beds; recording a
 * change, correcting the home or a history entry, correcting a bed or returning it to service (§8.2). The
 * services check everything; refusals show next to the field.
 */
@Named
@ViewScoped
public class CareHomeDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The home as the page shows it. */
    public record Home(
            long id,
            String name,
            String creditCode,
            String countyCode,
            Ownership ownership,
            LocalDate filedOn,
            int filedBeds,
            Premises premises,
            LocalDate leaseEndsOn,
            String address,
            String phone,
            LocalDate closedOn)
            implements Serializable {}

    /** One entry of a timeline: its kind, its day and its value in words. */
    public record Entry(HomeFactKind kind, LocalDate effectiveOn, String value, boolean current)
            implements Serializable {}

    @Inject
    private CareHomeService homes;

    @Inject
    private CareHomeChangeService changes;

    @Inject
    private UserSession session;

    @Inject
    private Clock clock;

    private Long id;
    private Home home;
    private List<Entry> ownershipTimeline = List.of();
    private List<Entry> premisesTimeline = List.of();
    private List<Entry> filedBedsTimeline = List.of();
    private List<BedInfo> beds = List.of();
    private boolean notFound;

    // the change dialog
    private HomeFactKind changeKind;
    private LocalDate effectiveOn;
    private Ownership newOwnership;
    private Premises newPremises;
    private LocalDate newLeaseEndsOn;
    private Integer newFiledBeds;

    // the correction dialog
    private String reason;
    private String name;
    private String creditCode;
    private LocalDate filedOn;

    // withdrawing an entry
    private HomeFactKind withdrawKind;
    private LocalDate withdrawOn;

    // the bed dialog
    private Long bedId;
    private String bedCode;
    private String bedRoom;
    private LocalDate bedCommissionedOn;
    private boolean bedReinstate;

    /** Reads the home named by the view parameter; another's or none is "not found", as the API answers. */
    public void load() {
        if (id == null) {
            notFound = true;
            return;
        }
        try {
            show(homes.get(id));
            beds = homes.bedsOf(id);
        } catch (BusinessException e) {
            notFound = true;
            home = null;
        }
    }

    private void show(CareHome h) {
        home = new Home(
                h.getId(),
                h.getName(),
                h.getCreditCode(),
                h.getCountyCode(),
                h.getOwnership(),
                h.getFiledOn(),
                h.getFiledBeds(),
                h.getPremises(),
                h.getLeaseEndsOn(),
                h.getAddress(),
                h.getPhone(),
                h.getClosedOn());
        LocalDate today = LocalDate.now(clock);
        ownershipTimeline = timeline(
                HomeFactKind.OWNERSHIP,
                h.ownershipHistory().entries().stream()
                        .map(e -> new Entry(
                                HomeFactKind.OWNERSHIP,
                                e.effectiveOn(),
                                Messages.text(
                                        "admin.policy.ownership." + e.value().name()),
                                false))
                        .toList(),
                today);
        premisesTimeline = timeline(
                HomeFactKind.PREMISES,
                h.premisesHistory().entries().stream()
                        .map(e -> new Entry(
                                HomeFactKind.PREMISES,
                                e.effectiveOn(),
                                Messages.text("audit.facts.premises."
                                                + e.value().premises().name())
                                        + (e.value().leaseEndsOn() == null
                                                ? ""
                                                : " " + e.value().leaseEndsOn()),
                                false))
                        .toList(),
                today);
        filedBedsTimeline = timeline(
                HomeFactKind.FILED_BEDS,
                h.filedBedsHistory().entries().stream()
                        .map(e -> new Entry(HomeFactKind.FILED_BEDS, e.effectiveOn(), String.valueOf(e.value()), false))
                        .toList(),
                today);
    }

    /** The entries with the one in effect today marked. */
    private static List<Entry> timeline(HomeFactKind kind, List<Entry> entries, LocalDate today) {
        int current = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (!entries.get(i).effectiveOn().isAfter(today)) {
                current = i;
            }
        }
        int now = current;
        return java.util.stream.IntStream.range(0, entries.size())
                .mapToObj(i -> new Entry(
                        kind, entries.get(i).effectiveOn(), entries.get(i).value(), i == now))
                .toList();
    }

    /** Changes and corrections of the filing facts: the auditors and the administrator (the page's users). */
    public boolean isMayChange() {
        return session.hasRole("ADMIN") || session.hasRole("COUNTY_AUDITOR") || session.hasRole("CITY_AUDITOR");
    }

    public void startChange() {
        changeKind = HomeFactKind.FILED_BEDS;
        effectiveOn = LocalDate.now(clock);
        newOwnership = home == null ? null : home.ownership();
        newPremises = home == null ? null : home.premises();
        newLeaseEndsOn = home == null ? null : home.leaseEndsOn();
        newFiledBeds = home == null ? null : home.filedBeds();
    }

    public void recordChange() {
        try {
            show(changes.change(
                    id,
                    new CareHomeChangeService.HomeChange(
                            changeKind,
                            effectiveOn,
                            changeKind == HomeFactKind.OWNERSHIP ? newOwnership : null,
                            changeKind == HomeFactKind.PREMISES ? newPremises : null,
                            changeKind == HomeFactKind.PREMISES && newPremises == Premises.LEASED
                                    ? newLeaseEndsOn
                                    : null,
                            changeKind == HomeFactKind.FILED_BEDS ? newFiledBeds : null)));
            Messages.info("registry.changed");
            Ajax.succeeded();
        } catch (BusinessException e) {
            FieldErrors.show("change-form", e);
        }
    }

    public void startCorrection() {
        reason = null;
        name = home == null ? null : home.name();
        creditCode = home == null ? null : home.creditCode();
        filedOn = home == null ? null : home.filedOn();
    }

    public void correct() {
        try {
            show(changes.correct(
                    id,
                    new CareHomeChangeService.HomeCorrection(
                            reason, name, creditCode, filedOn, null, null, false, null, null, null, null)));
            Messages.info("registry.corrected");
            Ajax.succeeded();
        } catch (BusinessException e) {
            FieldErrors.show("correct-form", e);
        }
    }

    /** Opens the withdrawal of one history entry. */
    public void startWithdraw(HomeFactKind kind, LocalDate on) {
        withdrawKind = kind;
        withdrawOn = on;
        reason = null;
    }

    public void withdraw() {
        try {
            show(changes.correct(
                    id,
                    new CareHomeChangeService.HomeCorrection(
                            reason, null, null, null, withdrawKind, withdrawOn, true, null, null, null, null)));
            Messages.info("registry.corrected");
            Ajax.succeeded();
        } catch (BusinessException e) {
            FieldErrors.show("withdraw-form", e);
        }
    }

    public void startBed(BedInfo bed, boolean reinstate) {
        bedId = bed.id();
        bedCode = bed.code();
        bedRoom = bed.room();
        bedCommissionedOn = bed.commissionedOn();
        bedReinstate = reinstate;
        reason = null;
    }

    public void correctBed() {
        try {
            if (bedReinstate) {
                changes.correctBed(id, bedId, new CareHomeChangeService.BedCorrection(reason, null, null, null, true));
            } else {
                changes.correctBed(
                        id,
                        bedId,
                        new CareHomeChangeService.BedCorrection(reason, bedCode, bedRoom, bedCommissionedOn, false));
            }
            beds = homes.bedsOf(id);
            Messages.info("registry.bedCorrected");
            Ajax.succeeded();
        } catch (BusinessException e) {
            FieldErrors.show("bed-form", e);
        }
    }

    public List<HomeFactKind> getChangeKinds() {
        return List.of(HomeFactKind.values());
    }

    public List<Ownership> getOwnerships() {
        return List.of(Ownership.values());
    }

    public List<Premises> getPremisesKinds() {
        return List.of(Premises.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Home getHome() {
        return home;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public List<Entry> getOwnershipTimeline() {
        return ownershipTimeline;
    }

    public List<Entry> getPremisesTimeline() {
        return premisesTimeline;
    }

    public List<Entry> getFiledBedsTimeline() {
        return filedBedsTimeline;
    }

    public List<BedInfo> getBeds() {
        return beds;
    }

    public HomeFactKind getChangeKind() {
        return changeKind;
    }

    public void setChangeKind(HomeFactKind changeKind) {
        this.changeKind = changeKind;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public Ownership getNewOwnership() {
        return newOwnership;
    }

    public void setNewOwnership(Ownership newOwnership) {
        this.newOwnership = newOwnership;
    }

    public Premises getNewPremises() {
        return newPremises;
    }

    public void setNewPremises(Premises newPremises) {
        this.newPremises = newPremises;
    }

    public LocalDate getNewLeaseEndsOn() {
        return newLeaseEndsOn;
    }

    public void setNewLeaseEndsOn(LocalDate newLeaseEndsOn) {
        this.newLeaseEndsOn = newLeaseEndsOn;
    }

    public Integer getNewFiledBeds() {
        return newFiledBeds;
    }

    public void setNewFiledBeds(Integer newFiledBeds) {
        this.newFiledBeds = newFiledBeds;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public void setFiledOn(LocalDate filedOn) {
        this.filedOn = filedOn;
    }

    public HomeFactKind getWithdrawKind() {
        return withdrawKind;
    }

    public LocalDate getWithdrawOn() {
        return withdrawOn;
    }

    public Long getBedId() {
        return bedId;
    }

    public String getBedCode() {
        return bedCode;
    }

    public void setBedCode(String bedCode) {
        this.bedCode = bedCode;
    }

    public String getBedRoom() {
        return bedRoom;
    }

    public void setBedRoom(String bedRoom) {
        this.bedRoom = bedRoom;
    }

    public LocalDate getBedCommissionedOn() {
        return bedCommissionedOn;
    }

    public void setBedCommissionedOn(LocalDate bedCommissionedOn) {
        this.bedCommissionedOn = bedCommissionedOn;
    }

    public boolean isBedReinstate() {
        return bedReinstate;
    }
}
