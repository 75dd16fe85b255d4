package com.jialicare.it;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.Database;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Corrections of stays (RULES §8.2): dates, reopening, withdrawn absences, merged registrations")
class StayCorrectionsIT extends ApiITBase {

    private static final LocalDate D = LocalDate.of(2024, 1, 1);
    private static final String COUNTY = "511102";

    private long home;
    private long bed;

    private long resident() {
        return city.resident(LocalDate.of(1950, 1, 1), COUNTY, 2, D);
    }

    private void homeWithBed() {
        home = city.home("PRIVATE", COUNTY, D, 10);
        bed = city.bed(home, "C-1", D);
    }

    private ApiClient.Response correct(ApiClient as, long stay, JsonObject body) {
        return as.post("api/stays/" + stay + "/corrections", body);
    }

    private void discharge(long stay, String on) {
        var r = admin.post(
                "api/stays/" + stay + "/discharge",
                object().add("on", on).add("reason", "RETURNED_HOME").build());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private static void refused(ApiClient.Response r, int status, String code) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.code()).as(r.toString()).isEqualTo(code);
    }

    private JsonObject stay(long id) {
        return admin.get("api/stays/" + id).json();
    }

    private List<JsonObject> audit(long stay) {
        return admin.get("api/audit?entityType=Stay&entityId=" + stay).array().getValuesAs(JsonObject.class);
    }

    @Test
    @DisplayName(
            "an admission day moved earlier into free days: the stay and its first bed begin then; audit keeps old and new")
    void admissionEarlier() {
        homeWithBed();
        long stay = city.admit(resident(), bed, LocalDate.of(2024, 3, 1));
        ApiClient homeAdmin =
                city.user("HOME_ADMIN", object().add("careHomeId", home).build());
        var r = correct(
                homeAdmin,
                stay,
                object().add("reason", "入住日期录错").add("admittedOn", "2024-02-01").build());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getString("admittedOn")).isEqualTo("2024-02-01");
        assertThat(r.json().getJsonArray("beds").getJsonObject(0).getString("from"))
                .isEqualTo("2024-02-01");
        JsonObject event = audit(stay).get(audit(stay).size() - 1);
        assertThat(event.getString("action")).isEqualTo("STAY_CORRECTED");
        assertThat(event.getString("reason")).isEqualTo("入住日期录错");
        JsonObject change = event.getJsonArray("changes").getJsonObject(0);
        assertThat(change.getString("field")).isEqualTo("admittedOn");
        assertThat(change.getString("before")).isEqualTo("2024-03-01");
        assertThat(change.getString("after")).isEqualTo("2024-02-01");
    }

    @Test
    @DisplayName("an admission day moved into days another resident held the bed: 409 BED_OCCUPIED, nothing changed")
    void admissionIntoHeldDays() {
        homeWithBed();
        long before = city.admit(resident(), bed, LocalDate.of(2024, 1, 10));
        discharge(before, "2024-02-15");
        long stay = city.admit(resident(), bed, LocalDate.of(2024, 3, 1));
        int events = audit(stay).size();
        var r = correct(
                admin,
                stay,
                object().add("reason", "x").add("admittedOn", "2024-02-01").build());
        refused(r, 409, "BED_OCCUPIED");
        assertThat(r.json().getString("field")).isEqualTo("admittedOn");
        assertThat(stay(stay).getString("admittedOn")).isEqualTo("2024-03-01");
        assertThat(audit(stay)).hasSize(events);
        // the free days after the other's discharge are fine
        assertThat(correct(
                                admin,
                                stay,
                                object().add("reason", "x")
                                        .add("admittedOn", "2024-02-15")
                                        .build())
                        .status())
                .isEqualTo(200);
    }

    @Test
    @DisplayName(
            "an admission day overlapping the person's earlier stay: 409 STAY_OVERLAP; dates checked like new entries")
    void admissionRefusals() {
        homeWithBed();
        long other = city.bed(home, "C-2", D);
        long person = resident();
        long first = city.admit(person, other, LocalDate.of(2024, 1, 10));
        discharge(first, "2024-02-10");
        long stay = city.admit(person, bed, LocalDate.of(2024, 3, 1));
        refused(
                correct(
                        admin,
                        stay,
                        object().add("reason", "x")
                                .add("admittedOn", "2024-02-01")
                                .build()),
                409,
                "STAY_OVERLAP");
        refused(
                correct(
                        admin,
                        stay,
                        object().add("reason", "x")
                                .add("admittedOn", "2999-01-01")
                                .build()),
                400,
                "DATE_IN_FUTURE");
        refused(correct(admin, stay, object().add("admittedOn", "2024-02-20").build()), 400, "REASON_REQUIRED");
        refused(
                correct(
                        admin,
                        stay,
                        object().add("reason", "x")
                                .add("admittedOn", "2024-03-01")
                                .build()),
                400,
                "NOTHING_TO_CORRECT");
        refused(
                correct(
                        admin,
                        stay,
                        object().add("reason", "x")
                                .add("dischargedOn", "2024-04-01")
                                .build()),
                409,
                "STAY_NOT_DISCHARGED");
        refused(
                correct(
                        admin,
                        first,
                        object().add("reason", "x")
                                .add("dischargedOn", "2024-01-05")
                                .build()),
                400,
                "DISCHARGE_BEFORE_ADMISSION");
        assertThat(stay(stay).getString("admittedOn")).isEqualTo("2024-03-01");
        assertThat(stay(first).getString("dischargedOn")).isEqualTo("2024-02-10");
    }

    @Test
    @DisplayName("a discharge day and reason corrected; later into days the bed was taken since: 409 BED_OCCUPIED")
    void dischargeDay() {
        homeWithBed();
        long stay = city.admit(resident(), bed, LocalDate.of(2024, 1, 10));
        discharge(stay, "2024-03-01");
        var r = correct(
                admin,
                stay,
                object().add("reason", "退住日期录错")
                        .add("dischargedOn", "2024-04-01")
                        .add("dischargeReason", "DECEASED")
                        .build());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getString("dischargedOn")).isEqualTo("2024-04-01");
        assertThat(r.json().getString("dischargeReason")).isEqualTo("DECEASED");
        assertThat(r.json().getJsonArray("beds").getJsonObject(0).getString("until"))
                .isEqualTo("2024-04-01");
        JsonObject event = audit(stay).get(audit(stay).size() - 1);
        assertThat(event.getJsonArray("changes").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("field") + ":" + c.getString("before") + ">" + c.getString("after"))
                .containsExactly("dischargedOn:2024-03-01>2024-04-01", "dischargeReason:RETURNED_HOME>DECEASED");

        city.admit(resident(), bed, LocalDate.of(2024, 5, 1));
        var refused = correct(
                admin,
                stay,
                object().add("reason", "x").add("dischargedOn", "2024-05-10").build());
        refused(refused, 409, "BED_OCCUPIED");
        assertThat(stay(stay).getString("dischargedOn")).isEqualTo("2024-04-01");
    }

    @Test
    @DisplayName(
            "a mistaken discharge reopened: the stay goes on in its bed; refused once the bed or the person moved on")
    void reopen() {
        homeWithBed();
        long person = resident();
        long stay = city.admit(person, bed, LocalDate.of(2024, 1, 10));
        discharge(stay, "2024-03-01");
        var r = correct(
                admin, stay, object().add("reason", "误办退住").add("reopen", true).build());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().isNull("dischargedOn")).isTrue();
        assertThat(r.json().getJsonNumber("currentBedId").longValue()).isEqualTo(bed);
        refused(
                correct(
                        admin,
                        stay,
                        object().add("reason", "x").add("reopen", true).build()),
                409,
                "STAY_NOT_DISCHARGED");
        refused(
                correct(
                        admin,
                        stay,
                        object().add("reason", "x")
                                .add("reopen", true)
                                .add("dischargedOn", "2024-02-01")
                                .build()),
                400,
                "REOPEN_WITH_DISCHARGE");

        // the bed taken since
        discharge(stay, "2024-03-01");
        long taken = city.admit(resident(), bed, LocalDate.of(2024, 4, 1));
        refused(
                correct(
                        admin,
                        stay,
                        object().add("reason", "x").add("reopen", true).build()),
                409,
                "BED_OCCUPIED");
        assertThat(stay(stay).getString("dischargedOn")).isEqualTo("2024-03-01");
        discharge(taken, "2024-04-02");

        // the person admitted elsewhere since
        long elsewhere = city.bed(home, "C-9", D);
        city.admit(person, elsewhere, LocalDate.of(2024, 5, 1));
        refused(
                correct(
                        admin,
                        stay,
                        object().add("reason", "x").add("reopen", true).build()),
                409,
                "RESIDENT_HAS_OPEN_STAY");
        assertThat(stay(stay).getString("dischargedOn")).isEqualTo("2024-03-01");
    }

    @Test
    @DisplayName("a transfer's day corrected by its bed period; into days the new bed was held: 409 BED_OCCUPIED")
    void transferDay() {
        homeWithBed();
        long bed2 = city.bed(home, "C-2", D);
        long before = city.admit(resident(), bed2, LocalDate.of(2024, 1, 5));
        discharge(before, "2024-03-10");
        long stay = city.admit(resident(), bed, LocalDate.of(2024, 1, 10));
        assertThat(admin.post(
                                "api/stays/" + stay + "/transfers",
                                object().add("bedId", bed2)
                                        .add("on", "2024-04-01")
                                        .build())
                        .status())
                .isEqualTo(200);
        long occupancy = stay(stay)
                .getJsonArray("beds")
                .getJsonObject(1)
                .getJsonNumber("id")
                .longValue();
        var r = correct(
                admin,
                stay,
                object().add("reason", "转床日期录错")
                        .add("occupancyId", occupancy)
                        .add("movedOn", "2024-03-15")
                        .build());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getJsonArray("beds").getJsonObject(0).getString("until"))
                .isEqualTo("2024-03-15");
        assertThat(r.json().getJsonArray("beds").getJsonObject(1).getString("from"))
                .isEqualTo("2024-03-15");
        refused(
                correct(
                        admin,
                        stay,
                        object().add("reason", "x")
                                .add("occupancyId", occupancy)
                                .add("movedOn", "2024-03-01")
                                .build()),
                409,
                "BED_OCCUPIED");
        long first = stay(stay)
                .getJsonArray("beds")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        refused(
                correct(
                        admin,
                        stay,
                        object().add("reason", "x")
                                .add("occupancyId", first)
                                .add("movedOn", "2024-03-01")
                                .build()),
                400,
                "NOT_A_TRANSFER");
        refused(
                correct(
                        admin,
                        stay,
                        object().add("reason", "x")
                                .add("occupancyId", 999_999_999L)
                                .add("movedOn", "2024-03-01")
                                .build()),
                400,
                "OCCUPANCY_NOT_FOUND");
    }

    @Test
    @DisplayName("who corrects: the home's admin, the county's and city's auditors, ADMIN; family 403, other scope 404")
    void whoCorrects() {
        homeWithBed();
        long stay = city.admit(resident(), bed, LocalDate.of(2024, 3, 1));
        ApiClient county =
                city.user("COUNTY_AUDITOR", object().add("countyCode", COUNTY).build());
        ApiClient cityAuditor = city.user("CITY_AUDITOR", object().build());
        ApiClient otherCounty =
                city.user("COUNTY_AUDITOR", object().add("countyCode", "511181").build());
        long otherHome = city.home("PRIVATE", COUNTY, D, 5);
        ApiClient otherAdmin =
                city.user("HOME_ADMIN", object().add("careHomeId", otherHome).build());
        assertThat(correct(
                                county,
                                stay,
                                object().add("reason", "x")
                                        .add("admittedOn", "2024-02-20")
                                        .build())
                        .status())
                .isEqualTo(200);
        assertThat(correct(
                                cityAuditor,
                                stay,
                                object().add("reason", "x")
                                        .add("admittedOn", "2024-02-21")
                                        .build())
                        .status())
                .isEqualTo(200);
        refused(
                correct(
                        otherCounty,
                        stay,
                        object().add("reason", "x")
                                .add("admittedOn", "2024-02-22")
                                .build()),
                404,
                "STAY_NOT_FOUND");
        refused(
                correct(
                        otherAdmin,
                        stay,
                        object().add("reason", "x")
                                .add("admittedOn", "2024-02-22")
                                .build()),
                404,
                "STAY_NOT_FOUND");
        assertThat(stay(stay).getString("admittedOn")).isEqualTo("2024-02-21");
    }

    @Test
    @DisplayName("an absence withdrawn: kept, marked with who/when/why, no longer counted; a second withdrawal 409")
    void withdrawAbsence() {
        homeWithBed();
        long stay = city.admit(resident(), bed, LocalDate.of(2024, 1, 10));
        var a = admin.post(
                "api/stays/" + stay + "/absences",
                object().add("from", "2024-02-01")
                        .add("until", "2024-02-10")
                        .add("kind", "HOSPITAL")
                        .build());
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        long absence = a.id();
        refused(
                admin.post("api/stays/" + stay + "/absences/" + absence + "/withdraw", object().build()),
                400,
                "REASON_REQUIRED");
        var r = admin.post(
                "api/stays/" + stay + "/absences/" + absence + "/withdraw",
                object().add("reason", "登记错了老人").build());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getJsonArray("absences")).isEmpty();
        JsonObject withdrawn = r.json().getJsonArray("withdrawnAbsences").getJsonObject(0);
        assertThat(withdrawn.getString("withdrawnBy")).isEqualTo("admin");
        assertThat(withdrawn.getString("withdrawnReason")).isEqualTo("登记错了老人");
        assertThat(Database.scalar(
                        "select count(*) from absence where id = " + absence + " and withdrawn_at is not null"))
                .isEqualTo(1);
        refused(
                admin.post(
                        "api/stays/" + stay + "/absences/" + absence + "/withdraw",
                        object().add("reason", "again").build()),
                409,
                "ABSENCE_WITHDRAWN");
        refused(
                admin.post(
                        "api/stays/" + stay + "/absences/999999999/withdraw",
                        object().add("reason", "x").build()),
                404,
                "ABSENCE_NOT_FOUND");
        // the withdrawn absence no longer blocks an absence on its days, nor an earlier discharge
        assertThat(admin.post(
                                "api/stays/" + stay + "/absences",
                                object().add("from", "2024-02-03")
                                        .add("until", "2024-02-05")
                                        .add("kind", "HOME_LEAVE")
                                        .build())
                        .status())
                .isEqualTo(201);
        JsonObject event = audit(stay).get(audit(stay).size() - 2);
        assertThat(event.getString("action")).isEqualTo("ABSENCE_WITHDRAWN");
        assertThat(event.getString("reason")).isEqualTo("登记错了老人");
    }

    @Test
    @DisplayName("two registrations of one person merged: stays and assessments move, the other is gone, audited")
    void merge() {
        homeWithBed();
        long kept = resident();
        long other = resident();
        long old = city.admit(other, bed, LocalDate.of(2024, 1, 10));
        discharge(old, "2024-02-01");
        long now = city.admit(kept, bed, LocalDate.of(2024, 3, 1));
        ApiClient homeAdmin =
                city.user("HOME_ADMIN", object().add("careHomeId", home).build());
        refused(
                homeAdmin.post(
                        "api/residents/" + kept + "/merge",
                        object().add("otherResidentId", other)
                                .add("reason", "x")
                                .build()),
                403,
                "ROLE_NOT_ALLOWED");
        refused(
                admin.post(
                        "api/residents/" + kept + "/merge",
                        object().add("otherResidentId", kept).add("reason", "x").build()),
                400,
                "SAME_RESIDENT");
        ApiClient county =
                city.user("COUNTY_AUDITOR", object().add("countyCode", COUNTY).build());
        var r = county.post(
                "api/residents/" + kept + "/merge",
                object().add("otherResidentId", other)
                        .add("reason", "身份证号录错，重复登记")
                        .build());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getJsonArray("stayIds").getValuesAs(jakarta.json.JsonNumber.class))
                .extracting(jakarta.json.JsonNumber::longValue)
                .containsExactlyInAnyOrder(old, now);
        assertThat(admin.get("api/residents/" + other).status()).isEqualTo(404);
        assertThat(stay(old).getJsonNumber("residentId").longValue()).isEqualTo(kept);
        var history = admin.get("api/audit?entityType=Resident&entityId=" + kept)
                .array()
                .getValuesAs(JsonObject.class);
        JsonObject merged = history.get(history.size() - 1);
        assertThat(merged.getString("action")).isEqualTo("RESIDENT_MERGED");
        assertThat(merged.getString("reason")).isEqualTo("身份证号录错，重复登记");
    }

    @Test
    @DisplayName("registrations whose stays overlap are not merged: 409 STAY_OVERLAP, nothing changed")
    void mergeOverlap() {
        homeWithBed();
        long bed2 = city.bed(home, "C-2", D);
        long kept = resident();
        long other = resident();
        city.admit(kept, bed, LocalDate.of(2024, 1, 10));
        long otherStay = city.admit(other, bed2, LocalDate.of(2024, 2, 1));
        var counts = Database.counts();
        refused(
                admin.post(
                        "api/residents/" + kept + "/merge",
                        object().add("otherResidentId", other)
                                .add("reason", "x")
                                .build()),
                409,
                "STAY_OVERLAP");
        assertThat(Database.counts()).isEqualTo(counts);
        assertThat(stay(otherStay).getJsonNumber("residentId").longValue()).isEqualTo(other);
    }
}
