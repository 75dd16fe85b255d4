package com.jialicare.application;

import com.jialicare.application.carehome.BedsChanged;
import com.jialicare.application.security.CurrentCaller;
import com.jialicare.application.security.Visibility;
import com.jialicare.domain.model.resident.Assessment;
import com.jialicare.domain.model.resident.Resident;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.CapabilityLevel;
import com.jialicare.domain.model.shared.DivisionCode;
import com.jialicare.domain.model.shared.IdNumber;
import com.jialicare.domain.model.shared.ListOrder;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.infrastructure.persistence.Slice;
import com.jialicare.infrastructure.persistence.resident.ResidentRepository;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Registering elders (once, city-wide, by ID number) and recording their capability assessments. */
@Stateless
public class ResidentService {

    /** A whole mainland ID number: 17 digits and a check character. */
    private static final java.util.regex.Pattern ID_NUMBER = java.util.regex.Pattern.compile("\\d{17}[\\dXx]");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private Visibility visibility;

    @Inject
    private Clock clock;

    @Inject
    private ResidentRepository residents;

    @Inject
    private com.jialicare.infrastructure.persistence.stay.StayRepository stays;

    @Inject
    private Event<BedsChanged> bedsChanged;

    public record NewResident(
            String name,
            String idNumber,
            String hukouCode,
            Boolean stateSupported,
            Integer careLevel,
            LocalDate assessedOn) {}

    public Resident register(NewResident cmd) {
        Caller caller = callers.get();
        caller.require(Role.ADMIN, Role.HOME_ADMIN);
        String name = Text.required(cmd.name(), "name", 100);
        IdNumber id = IdNumber.of(cmd.idNumber(), clock);
        DivisionCode hukou = DivisionCode.of(cmd.hukouCode(), "hukouCode");
        if (cmd.stateSupported() == null) {
            throw BusinessException.invalid(
                    "STATE_SUPPORTED_REQUIRED", "stateSupported", "stateSupported (true or false) is required");
        }
        if (cmd.careLevel() == null) {
            throw BusinessException.invalid("CARE_LEVEL_REQUIRED", "careLevel", "careLevel (0 to 4) is required");
        }
        int level = level(cmd.careLevel(), "careLevel");
        LocalDate assessedOn = Dates.notFuture(cmd.assessedOn(), "assessedOn", clock);
        if (assessedOn.isBefore(id.birthDate())) {
            throw BusinessException.invalid(
                    "ASSESSMENT_BEFORE_BIRTH",
                    "assessedOn",
                    "The assessment is dated before the birth date " + id.birthDate(),
                    id.birthDate());
        }
        Optional<Long> existing = residents.idOf(id.value());
        if (existing.isPresent()) {
            // the id is given so that a second home can admit a person who moves in from elsewhere
            throw BusinessException.conflict(
                    "RESIDENT_ALREADY_REGISTERED",
                    "idNumber",
                    "This person is already registered in the city as resident " + existing.get()
                            + "; admit them with POST /api/stays giving their idNumber",
                    existing.get());
        }
        Resident r = new Resident(
                name,
                id,
                hukou.value(),
                cmd.stateSupported(),
                caller.role() == Role.HOME_ADMIN ? caller.careHomeId() : null,
                clock.instant());
        r.assess(level, assessedOn);
        em.persist(r);
        em.flush();
        audit.record(
                "RESIDENT_REGISTERED",
                "Resident",
                r.getId(),
                name + " " + id.masked() + " hukou " + hukou.value() + " level " + level + " from " + assessedOn);
        return r;
    }

    public Resident get(long id) {
        Resident r = visible(callers.get(), id);
        r.getAssessments().size(); // read by the adapters after the transaction
        r.getHukouEntries(); // the dated histories (docs/RULES.md §8.1) likewise
        r.getStateSupportEntries();
        return r;
    }

    /**
     * Residents a caller may see, optionally only those who lived in one home (now, or ever with
     * {@code currentOnly = false}), filtered by name; paged, ordered by name.
     */
    public Page<Resident> list(Long careHomeId, String nameQuery, boolean currentOnly, int page, int size) {
        return list(careHomeId, nameQuery, currentOnly, null, page, size);
    }

    /**
     * {@link #list(Long, String, boolean, int, int)} in an order ({@code ResidentRepository.ORDER}: name,
     * birthDate, hukou, bed, admittedOn, status; null: by name); as the API answers it, a caller who reads
     * whole ID numbers finds them by any part.
     */
    public Page<Resident> list(
            Long careHomeId, String nameQuery, boolean currentOnly, ListOrder order, int page, int size) {
        return find(careHomeId, nameQuery, currentOnly, false, false, order, page, size)
                .map(ListedResident::resident);
    }

    /** A resident in a list with the stay the list shows: its admission, its discharge (null: open), its bed. */
    public record ListedResident(Resident resident, LocalDate admittedOn, LocalDate dischargedOn, String bedCode) {}

    /**
     * The residents as a screen lists them, with their ID numbers masked for everyone: the query finds a number
     * only by what the mask shows (IdNumberSearch), whoever asks. Otherwise as {@link #list(Long, String,
     * boolean, ListOrder, int, int)}, each with the latest stay in the home (in any home without one).
     */
    public Page<ListedResident> listMasked(
            Long careHomeId, String query, boolean currentOnly, ListOrder order, int page, int size) {
        return find(careHomeId, query, currentOnly, false, true, order, page, size);
    }

    /**
     * The people the caller could admit: residents they see (a home's administrator: those the home
     * registered or housed) who live nowhere now, i.e. have no open stay in any home; filtered by name or
     * ID number, paged, ordered by name. A person registered by another home (moving in from there keeps
     * the one registration) is found by a home's administrator through their whole ID number, as the API's
     * {@code RESIDENT_ALREADY_REGISTERED} answer gives their id: whoever has the number has the person.
     */
    public Page<Resident> listWithoutOpenStay(String nameQuery, int page, int size) {
        // the admission picker shows numbers masked: it finds them by what it shows, or whole
        return find(null, nameQuery, false, true, true, null, page, size).map(ListedResident::resident);
    }

    private Page<ListedResident> find(
            Long careHomeId,
            String nameQuery,
            boolean currentOnly,
            boolean withoutOpenStay,
            boolean idShownMasked,
            ListOrder order,
            int page,
            int size) {
        Page.check(page, size);
        Caller caller = callers.get();
        if (caller.role() == Role.HOME_ADMIN) {
            if (careHomeId != null && !careHomeId.equals(caller.careHomeId())) {
                throw BusinessException.notFound("CARE_HOME_NOT_FOUND", "No care home " + careHomeId, careHomeId);
            }
            careHomeId = caller.careHomeId();
        }
        String q = Text.optional(nameQuery, "q", 100);
        // someone to admit, asked for by their whole ID number: anyone in the city (see listWithoutOpenStay)
        boolean wholeIdNumber =
                withoutOpenStay && q != null && ID_NUMBER.matcher(q.trim()).matches();
        if (careHomeId != null) {
            visibility.home(caller, careHomeId);
        }
        Slice<ResidentRepository.Listed> found = residents.page(
                caller,
                new ResidentRepository.Filter(
                        careHomeId,
                        currentOnly,
                        withoutOpenStay,
                        q,
                        wholeIdNumber ? q.trim().toUpperCase() : null,
                        idShownMasked,
                        order),
                page * size,
                size);
        return new Page<>(
                page,
                size,
                found.total(),
                found.items().stream()
                        .map(l -> new ListedResident(l.resident(), l.admittedOn(), l.dischargedOn(), l.bedCode()))
                        .toList());
    }

    public Assessment assess(long residentId, Integer level, LocalDate effectiveOn) {
        Caller caller = callers.get();
        caller.require(Role.ADMIN, Role.HOME_ADMIN);
        visible(caller, residentId);
        Resident r = em.find(Resident.class, residentId, LockModeType.PESSIMISTIC_WRITE);
        if (level == null) {
            throw BusinessException.invalid("CARE_LEVEL_REQUIRED", "level", "level (0 to 4) is required");
        }
        int l = level(level, "level");
        Dates.notFuture(effectiveOn, "effectiveOn", clock);
        if (effectiveOn.isBefore(r.getBirthDate())) {
            throw BusinessException.invalid(
                    "ASSESSMENT_BEFORE_BIRTH",
                    "effectiveOn",
                    "The assessment is dated before the birth date " + r.getBirthDate(),
                    r.getBirthDate());
        }
        if (r.hasAssessmentOn(effectiveOn)) {
            throw BusinessException.conflict(
                    "ASSESSMENT_EXISTS",
                    "effectiveOn",
                    "An assessment effective on " + effectiveOn + " is already recorded",
                    effectiveOn);
        }
        Assessment a = r.assess(l, effectiveOn);
        em.persist(a);
        em.flush();
        // the bed boards of the homes the resident stayed in show the care level of the day
        stays.homesOfResident(r.getId()).forEach(home -> bedsChanged.fire(new BedsChanged(home)));
        audit.record("ASSESSED", "Resident", r.getId(), "level " + l + " from " + effectiveOn);
        return a;
    }

    /**
     * The names of those of {@code ids} the caller may see (scope as {@link #list}), e.g. for the lines of a
     * subsidy preview, in one query; ids outside the scope or unknown are left out.
     */
    public Map<Long, String> namesOf(Collection<Long> ids) {
        Caller caller = callers.get();
        if (ids == null || ids.isEmpty()) {
            return Map.of();
        }
        return residents.namesInScope(caller, ids);
    }

    private Resident visible(Caller caller, long id) {
        return visibility.resident(caller, id);
    }

    private static int level(int raw, String field) {
        try {
            return CapabilityLevel.of(raw).level();
        } catch (BusinessException e) {
            throw BusinessException.invalid("INVALID_CARE_LEVEL", field, "The capability level must be 0 to 4", raw);
        }
    }
}
