package com.jialicare.application;

import com.jialicare.application.security.CurrentCaller;
import com.jialicare.domain.model.application.ApplicationKind;
import com.jialicare.domain.model.application.ApplicationState;
import com.jialicare.domain.model.carehome.Bed;
import com.jialicare.domain.model.carehome.CareHome;
import com.jialicare.domain.model.resident.Resident;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.stay.Stay;
import com.jialicare.domain.model.subsidy.MinimumStay;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.infrastructure.persistence.application.ApplicationRepository;
import com.jialicare.infrastructure.persistence.stay.StayRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** What a family member may know about their elders, and nothing about anybody else. */
@Stateless
public class FamilyService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller callers;

    @Inject
    private PolicyService policies;

    @Inject
    private Clock clock;

    @Inject
    private StayRepository stays;

    @Inject
    private ApplicationRepository applicationRecords;

    /** One application that counts months of this elder. */
    public record ApplicationState4Family(
            long applicationId,
            ApplicationKind kind,
            ApplicationState state,
            List<YearMonth> months,
            java.time.LocalDate noticeLastDay) {}

    /**
     * The elder as their family reads them: the name and the ID number masked — not the registration itself,
     * whose birth date, age and hukou code would give the hidden digits back (API.md, Family).
     */
    public record Person(long id, String name, String maskedIdNumber) {}

    /**
     * Where the elder lives and how the subsidy stands. Fields about the stay are null when there is none.
     *
     * @param minimumStayReachedOn the day the stay meets the operating subsidy's minimum stay, judged as the
     *                             calculator judges it ({@link MinimumStay}); null if it never can
     * @param minimumStayReached   whether that day has come
     * @param minimumStayMonths    the minimum, in months, of the policy version that judged it (0 without one)
     */
    public record Elder(
            Person resident,
            CareHome home,
            Bed bed,
            Stay stay,
            long monthsStayed,
            LocalDate minimumStayReachedOn,
            boolean minimumStayReached,
            int minimumStayMonths,
            Integer careLevel,
            List<ApplicationState4Family> applications) {}

    public List<Elder> elders() {
        Caller caller = callers.get();
        caller.require(Role.FAMILY);
        LocalDate today = LocalDate.now(clock);
        List<Elder> result = new ArrayList<>();
        for (Long id : new TreeSet<>(caller.residentIds())) {
            Resident r = em.find(Resident.class, id);
            if (r == null) {
                continue;
            }
            r.getAssessments().size();
            Stay stay = stays.latestOfResident(id).orElse(null);
            CareHome home = null;
            Bed bed = null;
            long months = 0;
            Optional<MinimumStay.Reached> minimumStay = Optional.empty();
            if (stay != null) {
                home = em.find(CareHome.class, stay.getCareHomeId());
                bed = stay.currentOccupancy()
                        .map(o -> em.find(Bed.class, o.getBedId()))
                        .orElse(null);
                LocalDate end = stay.getDischargedOn() == null ? today : stay.getDischargedOn();
                months = ChronoUnit.MONTHS.between(stay.getAdmittedOn(), end);
                minimumStay = MinimumStay.firstReached(stay.getAdmittedOn(), stay.getDischargedOn(), policies.table());
            }
            result.add(new Elder(
                    new Person(r.getId(), r.getName(), r.getIdNumber().masked()),
                    home,
                    bed,
                    stay,
                    months,
                    minimumStay.map(MinimumStay.Reached::reachedOn).orElse(null),
                    minimumStay.map(m -> m.reachedBy(today)).orElse(false),
                    minimumStay.map(MinimumStay.Reached::minStayMonths).orElse(0),
                    r.levelOn(today).orElse(null),
                    applications(id)));
        }
        return result;
    }

    private List<ApplicationState4Family> applications(long residentId) {
        Map<Long, ApplicationState4Family> byId = new LinkedHashMap<>();
        for (ApplicationRepository.ClaimedMonth m : applicationRecords.eligibleMonthsOf(residentId)) {
            byId.computeIfAbsent(
                            m.applicationId(),
                            k -> new ApplicationState4Family(
                                    k, m.kind(), m.state(), new ArrayList<>(), m.noticeLastDay()))
                    .months()
                    .add(YearMonth.from(m.month()));
        }
        return List.copyOf(byId.values());
    }
}
