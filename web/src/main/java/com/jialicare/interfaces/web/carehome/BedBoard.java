package com.jialicare.interfaces.web.carehome;

import com.jialicare.application.CareHomeService;
import com.jialicare.application.carehome.BedBoardView;
import com.jialicare.application.carehome.BedOnDay;
import com.jialicare.application.carehome.BedStatus;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.Sex;
import com.jialicare.interfaces.web.Messages;
import com.jialicare.interfaces.web.session.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The bed board: the home's beds with what each bed is on the chosen day, as a census board shows them
 * (grouped by building, floor and room; filtered by status, care level or sex; a resident found by name is
 * highlighted), as tiles or as a list. Clicking a bed selects it; the dialog's task beans (admit, transfer, discharge, retire) act on the selection and ask the board to
 * refresh.
 */
@Named
@ViewScoped
public class BedBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Sent when a bed is clicked, so that the dialog's forms start afresh for that bed and day. */
    public record BedSelected(BedOnDay bed, LocalDate day) {}

    /** How the beds are drawn: a grid of tiles by floor and room, or a list with a row a bed. */
    public enum View {
        GRID,
        LIST
    }

    @Inject
    private CareHomeService careHomes;

    @Inject
    private UserSession session;

    @Inject
    private Clock clock;

    @Inject
    private Event<BedSelected> selected;

    private long homeId;
    private LocalDate day;
    private List<BedOnDay> beds = List.of();
    private List<BedBoardView.Floor> floors = List.of();
    private Long selectedBedId;
    private View view = View.GRID;
    private boolean vacantOnly;
    private BedStatus status;
    private Integer careLevel;
    private Sex sex;
    private String find;

    @PostConstruct
    void init() {
        homeId = session.getCareHomeId();
        day = LocalDate.now(clock);
        refresh();
    }

    /** Reads the board again for the chosen day (after a change, or when the day changes). */
    public void refresh() {
        if (day == null) {
            day = LocalDate.now(clock);
        }
        try {
            beds = careHomes.bedsOn(homeId, day);
        } catch (BusinessException e) {
            Messages.error(e);
        }
        applyFilter();
    }

    /** Draws the board again after a filter changed (the beds stay as read). */
    public void applyFilter() {
        floors = BedBoardView.floors(beds, new BedBoardView.Filter(vacantOnly, status, careLevel, sex));
    }

    /** Whether the bed answers the find box (its occupant's name or its code): its tile is highlighted. */
    public boolean found(BedOnDay bed) {
        return BedBoardView.matches(bed, find);
    }

    /** How many beds answer the find box, shown or not. */
    public long getFoundCount() {
        return beds.stream().filter(this::found).count();
    }

    /** The beds the filter lets through, in board order: the list view's rows. */
    public List<BedOnDay> getShown() {
        return floors.stream()
                .flatMap(f -> f.rooms().stream())
                .flatMap(r -> r.beds().stream())
                .toList();
    }

    public int getShownCount() {
        return floors.stream().mapToInt(BedBoardView.Floor::beds).sum();
    }

    public int getBedCount() {
        return beds.size();
    }

    /** Whether the occupant of the bed has reached the minimum stay by the board's day. */
    public boolean minimumStayReached(BedOnDay bed) {
        return bed.minimumStayReachedBy(day);
    }

    public void select(long bedId) {
        selectedBedId = bedId;
        getSelected().ifPresent(b -> selected.fire(new BedSelected(b, day)));
    }

    /** The clicked bed as the board shows it now. */
    public Optional<BedOnDay> getSelected() {
        return beds.stream()
                .filter(b -> selectedBedId != null && b.bed().id() == selectedBedId)
                .findFirst();
    }

    /** The clicked bed, or {@code null}: for the page, which reads its fields. */
    public BedOnDay getBed() {
        return getSelected().orElse(null);
    }

    /** The beds vacant on the board's day, other than the selected one: where a resident can move. */
    public List<BedOnDay> getVacantBeds() {
        return beds.stream()
                .filter(b -> b.status() == BedStatus.VACANT)
                .filter(b -> (selectedBedId == null || b.bed().id() != selectedBedId))
                .toList();
    }

    public long countOf(BedStatus status) {
        return beds.stream().filter(b -> b.status() == status).count();
    }

    public long getHomeId() {
        return homeId;
    }

    public List<BedBoardView.Floor> getFloors() {
        return floors;
    }

    public boolean isNoBeds() {
        return beds.isEmpty();
    }

    public View getView() {
        return view;
    }

    public void setView(View view) {
        this.view = view == null ? View.GRID : view;
    }

    public View[] getViews() {
        return View.values();
    }

    public boolean isVacantOnly() {
        return vacantOnly;
    }

    public void setVacantOnly(boolean vacantOnly) {
        this.vacantOnly = vacantOnly;
    }

    public BedStatus getStatus() {
        return status;
    }

    public void setStatus(BedStatus status) {
        this.status = status;
    }

    public Integer getCareLevel() {
        return careLevel;
    }

    public void setCareLevel(Integer careLevel) {
        this.careLevel = careLevel;
    }

    public List<Integer> getCareLevels() {
        return List.of(0, 1, 2, 3, 4);
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public String getFind() {
        return find;
    }

    public void setFind(String find) {
        this.find = find;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public BedStatus[] getStatuses() {
        return BedStatus.values();
    }
}
