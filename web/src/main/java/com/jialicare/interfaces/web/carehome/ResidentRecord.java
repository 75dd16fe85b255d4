package com.jialicare.interfaces.web.carehome;

import com.jialicare.application.CareHomeService;
import com.jialicare.application.ResidentService;
import com.jialicare.application.StayService;
import com.jialicare.application.carehome.BedInfo;
import com.jialicare.domain.model.resident.Resident;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.DischargeReason;
import com.jialicare.domain.model.stay.Absence;
import com.jialicare.domain.model.stay.Occupancy;
import com.jialicare.domain.model.stay.Stay;
import com.jialicare.interfaces.web.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A resident's record ({@code resident.xhtml?id=…}): identity, hukou, capability assessments, and the
 * stays with their beds and absences, newest first. Outside the caller's scope it is "not found".
 */
@Named
@ViewScoped
public class ResidentRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A stay as the page shows it. */
    public record StayView(
            long id,
            String homeName,
            LocalDate admittedOn,
            LocalDate dischargedOn,
            DischargeReason dischargeReason,
            List<BedSpan> beds,
            List<Absence> absences,
            List<AbsenceView> absenceViews)
            implements java.io.Serializable {

        public boolean open() {
            return dischargedOn == null;
        }

        /** The code of the bed the stay was in last (the one a reopened stay goes on in). */
        public String lastBedCode() {
            return beds.isEmpty() ? "" : beds.get(beds.size() - 1).code();
        }
    }

    /** An absence as the page shows it; a withdrawn one (docs/RULES.md §8.2) is shown struck through. */
    public record AbsenceView(
            long id,
            String kind,
            LocalDate from,
            LocalDate until,
            String note,
            boolean withdrawn,
            String withdrawnReason)
            implements java.io.Serializable {}

    /**
     * A stay's time in one bed, {@code [from, until)}: its occupancy; {@code move} when the stay moved into the bed
     * (a transfer, whose day can be corrected), not when it began in it.
     */
    public record BedSpan(long occupancyId, String code, String room, LocalDate from, LocalDate until, boolean move)
            implements java.io.Serializable {}

    @Inject
    private ResidentService residents;

    @Inject
    private StayService stays;

    @Inject
    private CareHomeService careHomes;

    @Inject
    private Clock clock;

    private String idParam;
    private Long id;
    private Resident resident;
    private List<StayView> stayViews = List.of();

    /** Reads the record when the page opens; a missing, malformed or out-of-scope id answers 404. */
    public void load() throws IOException {
        try {
            id = idParam == null ? null : Long.valueOf(idParam.trim());
        } catch (NumberFormatException e) {
            id = null;
        }
        if (id == null) {
            notFound();
            return;
        }
        try {
            reload();
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND) {
                notFound();
            } else {
                Messages.error(e);
            }
        }
    }

    /** Reads the record again, after a change. */
    public void reload() {
        resident = residents.get(id);
        Map<Long, Map<Long, BedInfo>> bedsByHome = new HashMap<>();
        Map<Long, String> homeNames = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        stayViews = stays.ofResident(id).stream()
                .map(s -> view(
                        s,
                        bedsByHome.computeIfAbsent(s.getCareHomeId(), h -> bedsOf(h, today)),
                        homeNames.computeIfAbsent(
                                s.getCareHomeId(), h -> careHomes.get(h).getName())))
                .toList();
    }

    private Map<Long, BedInfo> bedsOf(long homeId, LocalDate today) {
        Map<Long, BedInfo> beds = new HashMap<>();
        careHomes.bedsOn(homeId, today).forEach(b -> beds.put(b.bed().id(), b.bed()));
        return beds;
    }

    private static StayView view(Stay s, Map<Long, BedInfo> beds, String homeName) {
        List<Occupancy> occupancies = s.getOccupancies().stream()
                .sorted(Comparator.comparing(Occupancy::getFromOn).thenComparing(Occupancy::getId))
                .toList();
        List<BedSpan> spans = new ArrayList<>(occupancies.size());
        for (int i = 0; i < occupancies.size(); i++) {
            Occupancy o = occupancies.get(i);
            BedInfo bed = beds.get(o.getBedId());
            spans.add(new BedSpan(
                    o.getId(),
                    bed == null ? "#" + o.getBedId() : bed.code(),
                    bed == null ? "" : bed.room(),
                    o.getFromOn(),
                    o.getUntilOn(),
                    i > 0));
        }
        return new StayView(
                s.getId(),
                homeName,
                s.getAdmittedOn(),
                s.getDischargedOn(),
                s.getDischargeReason(),
                spans,
                List.copyOf(s.getAbsences()),
                s.getRecordedAbsences().stream()
                        .map(a -> new AbsenceView(
                                a.getId(),
                                a.getKind().name(),
                                a.getFromOn(),
                                a.getUntilOn(),
                                a.getNote(),
                                a.isWithdrawn(),
                                a.getWithdrawnReason()))
                        .toList());
    }

    private static void notFound() throws IOException {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.responseSendError(404, "No such resident");
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** The stay the resident is in now, where absences are recorded. */
    public Optional<StayView> getOpenStay() {
        return stayViews.stream().filter(StayView::open).findFirst();
    }

    public boolean isLiving() {
        return getOpenStay().isPresent();
    }

    public Integer getLevel() {
        return resident == null ? null : resident.levelOn(LocalDate.now(clock)).orElse(null);
    }

    public Integer getAge() {
        return resident == null ? null : resident.getIdNumber().ageOn(LocalDate.now(clock));
    }

    public Long getId() {
        return id;
    }

    /** The page's {@code ?id=}, as typed. */
    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public Resident getResident() {
        return resident;
    }

    public List<StayView> getStays() {
        return stayViews;
    }
}
