package com.jialicare.interfaces.web.carehome;

import com.jialicare.application.CareHomeService;
import com.jialicare.application.carehome.BedOnDay;
import com.jialicare.application.carehome.BedStatus;
import com.jialicare.domain.model.shared.BusinessException;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bed board: the home's rooms and beds with what each bed is on the chosen day. Clicking a bed selects
 * it; the dialog's task beans (admit, transfer, discharge, retire) act on the selection and ask the board to
 * refresh.
 */
@Named
@ViewScoped
public class BedBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Sent when a bed is clicked, so that the dialog's forms start afresh for that bed and day. */
    public record BedSelected(BedOnDay bed, LocalDate day) {
    }

    /** One room of the board, its beds in code order. */
    public record Room(String name, List<BedOnDay> beds) implements java.io.Serializable {
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
    private List<Room> rooms = List.of();
    private Long selectedBedId;

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
            Map<String, List<BedOnDay>> byRoom = new LinkedHashMap<>();
            for (BedOnDay b : careHomes.bedsOn(homeId, day)) {
                byRoom.computeIfAbsent(b.bed().room(), r -> new ArrayList<>()).add(b);
            }
            rooms = byRoom.entrySet().stream().map(e -> new Room(e.getKey(), List.copyOf(e.getValue()))).toList();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void select(long bedId) {
        selectedBedId = bedId;
        getSelected().ifPresent(b -> selected.fire(new BedSelected(b, day)));
    }

    /** The clicked bed as the board shows it now. */
    public Optional<BedOnDay> getSelected() {
        return rooms.stream().flatMap(r -> r.beds().stream())
                .filter(b -> selectedBedId != null && b.bed().id() == selectedBedId).findFirst();
    }

    /** The clicked bed, or {@code null}: for the page, which reads its fields. */
    public BedOnDay getBed() {
        return getSelected().orElse(null);
    }

    /** The beds vacant on the board's day, other than the selected one: where a resident can move. */
    public List<BedOnDay> getVacantBeds() {
        return rooms.stream().flatMap(r -> r.beds().stream()).filter(b -> b.status() == BedStatus.VACANT)
                .filter(b -> (selectedBedId == null || b.bed().id() != selectedBedId)).toList();
    }

    public long countOf(BedStatus status) {
        return rooms.stream().flatMap(r -> r.beds().stream()).filter(b -> b.status() == status).count();
    }

    public long getHomeId() {
        return homeId;
    }

    public List<Room> getRooms() {
        return rooms;
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
