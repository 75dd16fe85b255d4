package com.jialicare.application.security;

import com.jialicare.domain.model.carehome.CareHome;
import com.jialicare.domain.model.resident.Resident;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.IdNumber;
import com.jialicare.domain.model.stay.Stay;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.infrastructure.persistence.resident.ResidentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * What a caller may see (RULES.md §7). Anything outside the scope is reported exactly like a
 * record that does not exist (404), so the caller learns nothing about it. Runs in the calling service's
 * transaction.
 */
@ApplicationScoped
public class Visibility {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ResidentRepository residents;

    public CareHome home(Caller caller, long id) {
        CareHome home = em.find(CareHome.class, id);
        if (home == null || !caller.seesCareHome(id, home.getCountyCode())) {
            throw BusinessException.notFound("CARE_HOME_NOT_FOUND", "No care home " + id, id);
        }
        return home;
    }

    public Resident resident(Caller caller, long id) {
        Resident r = em.find(Resident.class, id);
        if (r == null || !sees(caller, r)) {
            throw BusinessException.notFound("RESIDENT_NOT_FOUND", "No resident " + id, id);
        }
        return r;
    }

    /** A resident someone may admit, and whether the caller sees them (else they only proved the whole ID number). */
    public record Admissible(Resident resident, boolean inScope) {}

    /**
     * The resident a caller may admit (RULES.md §7): one they see, named by {@code residentId}; or
     * anyone registered in the city, named by their whole {@code idNumber} — a person moving in from another
     * home brings the number, and whoever has it has the person (the admission picker finds them the same
     * way, {@code ResidentService.listWithoutOpenStay}). With both, they must name the same person. A
     * resident outside the scope named by id alone is answered exactly like an id that does not exist: the
     * same 404, and no row of theirs is locked or read beyond the one look-up every id gets.
     *
     * @throws BusinessException 404 {@code RESIDENT_NOT_FOUND}; 400 for an ID number that is not one, or
     *         {@code FIELD_REQUIRED} when neither is given
     */
    public Admissible residentToAdmit(Caller caller, Long residentId, String idNumber) {
        if (idNumber != null) {
            IdNumber number = IdNumber.of(idNumber);
            Optional<Long> found = residents.idOf(number.value());
            if (found.isEmpty() || residentId != null && !residentId.equals(found.get())) {
                throw BusinessException.notFound(
                        "RESIDENT_NOT_FOUND",
                        "No resident with ID number " + number.masked()
                                + (residentId == null ? "" : " and id " + residentId),
                        number.masked());
            }
            Resident r = em.find(Resident.class, found.get());
            return new Admissible(r, sees(caller, r));
        }
        if (residentId == null) {
            throw BusinessException.invalid("FIELD_REQUIRED", "residentId", "residentId (or idNumber) is required");
        }
        return new Admissible(resident(caller, residentId), true);
    }

    public Stay stay(Caller caller, long id) {
        Stay stay = em.find(Stay.class, id);
        if (stay == null || !sees(caller, stay)) {
            throw BusinessException.notFound("STAY_NOT_FOUND", "No stay " + id, id);
        }
        return stay;
    }

    public boolean sees(Caller caller, Stay stay) {
        if (caller.role() == com.jialicare.domain.model.shared.Role.FAMILY) {
            return caller.residentIds().contains(stay.getResidentId());
        }
        CareHome home = em.find(CareHome.class, stay.getCareHomeId());
        return caller.seesCareHome(home.getId(), home.getCountyCode());
    }

    /**
     * A home's administrator sees the people their home registered or housed; a county auditor those of
     * the county's homes; a family member the linked residents; the city sees everyone.
     */
    public boolean sees(Caller caller, Resident r) {
        return residents.inScope(caller, r);
    }
}
