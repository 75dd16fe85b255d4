package com.jialicare.it;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.Database;
import com.jialicare.it.support.TestData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Registry over HTTP: homes, beds, residents, stays and the rules of §2")
class RegistryIT extends ApiITBase {

    private static final LocalDate D = LocalDate.of(2024, 3, 1);

    /** Asserts status and code, and that the request left every table as it was. */
    private ApiClient.Response rejected(int status, String code, String field, Supplier<ApiClient.Response> request) {
        Map<String, Long> before = Database.counts();
        ApiClient.Response r = request.get();
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.code()).as(r.toString()).isEqualTo(code);
        if (field != null) {
            assertThat(r.json().getString("field")).as(r.toString()).isEqualTo(field);
        }
        assertThat(Database.counts()).as("a rejected request changes nothing").isEqualTo(before);
        return r;
    }

    private JsonObject home(String creditCode) {
        return object().add("name", "乐山市安康养老院")
                .add("creditCode", creditCode)
                .add("ownership", "PRIVATE")
                .add("countyCode", "511102")
                .add("filedOn", "2020-06-01")
                .add("filedBeds", 100)
                .add("premises", "LEASED")
                .add("leaseEndsOn", "2035-12-31")
                .build();
    }

    @Test
    @DisplayName("a care home is filed and read back; its credit code, county, dates and lease are checked")
    void careHomes() {
        String code = TestData.creditCode();
        var created = admin.post("api/care-homes", home(code));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.id();
        var read = admin.get("api/care-homes/" + id);
        assertThat(read.json().getString("creditCode")).isEqualTo(code);
        assertThat(read.json().getString("countyName")).isEqualTo("市中区");
        assertThat(read.json().getString("leaseEndsOn")).isEqualTo("2035-12-31");

        String wrongCheck = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
        rejected(400, "CREDIT_CODE_CHECK", "creditCode", () -> admin.post("api/care-homes", home(wrongCheck)));
        rejected(409, "CREDIT_CODE_TAKEN", "creditCode", () -> admin.post("api/care-homes", home(code)));
        rejected(
                400,
                "INVALID_COUNTY",
                "countyCode",
                () -> admin.post(
                        "api/care-homes",
                        Json.createObjectBuilder(home(TestData.creditCode()))
                                .add("countyCode", "511000")
                                .build()));
        rejected(
                400,
                "INVALID_DATE",
                "filedOn",
                () -> admin.post(
                        "api/care-homes",
                        Json.createObjectBuilder(home(TestData.creditCode()))
                                .add("filedOn", "2023-02-30")
                                .build()));
        rejected(
                400,
                "LEASE_END_REQUIRED",
                "leaseEndsOn",
                () -> admin.post(
                        "api/care-homes",
                        Json.createObjectBuilder(home(TestData.creditCode()))
                                .remove("leaseEndsOn")
                                .build()));
        rejected(
                400,
                "INVALID_OWNERSHIP",
                "ownership",
                () -> admin.post(
                        "api/care-homes",
                        Json.createObjectBuilder(home(TestData.creditCode()))
                                .add("ownership", "STATE")
                                .build()));
        rejected(
                400,
                "DATE_IN_FUTURE",
                "filedOn",
                () -> admin.post(
                        "api/care-homes",
                        Json.createObjectBuilder(home(TestData.creditCode()))
                                .add("filedOn", "2999-01-01")
                                .build()));
        rejected(404, "CARE_HOME_NOT_FOUND", null, () -> admin.get("api/care-homes/999999999"));
    }

    @Test
    @DisplayName("the list of care homes is paged")
    void paging() {
        city.home("PRIVATE", "511111", D, 10);
        city.home("PRIVATE", "511111", D, 10);
        var page = admin.get("api/care-homes?page=0&size=1&countyCode=511111");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.json().getJsonArray("items")).hasSize(1);
        assertThat(page.json().getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(2);
        rejected(400, "INVALID_PAGE_SIZE", "size", () -> admin.get("api/care-homes?size=100000"));
    }

    @Test
    @DisplayName("bed codes are unique in a home; commissioning dates are real and not in the future")
    void beds() {
        long home = city.home("PRIVATE", "511102", D, 10);
        city.bed(home, "A-101", D);
        rejected(
                409,
                "BED_CODE_TAKEN",
                "code",
                () -> admin.post(
                        "api/care-homes/" + home + "/beds",
                        object().add("code", "A-101")
                                .add("room", "A")
                                .add("commissionedOn", "2024-03-01")
                                .build()));
        rejected(
                400,
                "DATE_IN_FUTURE",
                "commissionedOn",
                () -> admin.post(
                        "api/care-homes/" + home + "/beds",
                        object().add("code", "A-102")
                                .add("room", "A")
                                .add("commissionedOn", "2999-03-01")
                                .build()));
        rejected(
                400,
                "FIELD_REQUIRED",
                "room",
                () -> admin.post(
                        "api/care-homes/" + home + "/beds",
                        object().add("code", "A-103")
                                .add("commissionedOn", "2024-03-01")
                                .build()));
    }

    @Test
    @DisplayName(
            "a resident's birth date and sex come from the ID number; a wrong ID or a second registration is refused")
    void residents() {
        String id = TestData.idNumber(LocalDate.of(1950, 2, 14), false);
        var r = admin.post(
                "api/residents",
                object().add("name", "王秀英")
                        .add("idNumber", id)
                        .add("hukouCode", "511102")
                        .add("stateSupported", false)
                        .add("careLevel", 2)
                        .add("assessedOn", "2024-01-10")
                        .build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.string("birthDate")).isEqualTo("1950-02-14");
        assertThat(r.string("sex")).isEqualTo("FEMALE");
        assertThat(r.json().getInt("careLevel")).isEqualTo(2);

        String wrong = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        JsonObject base = object().add("name", "李四")
                .add("hukouCode", "511102")
                .add("stateSupported", false)
                .add("careLevel", 1)
                .add("assessedOn", "2024-01-10")
                .build();
        rejected(
                400,
                "ID_NUMBER_CHECK",
                "idNumber",
                () -> admin.post(
                        "api/residents",
                        Json.createObjectBuilder(base).add("idNumber", wrong).build()));
        rejected(
                400,
                "ID_NUMBER_LENGTH",
                "idNumber",
                () -> admin.post(
                        "api/residents",
                        Json.createObjectBuilder(base)
                                .add("idNumber", "511102500214123")
                                .build()));
        rejected(
                400,
                "ID_NUMBER_BIRTH_DATE",
                "idNumber",
                () -> admin.post(
                        "api/residents",
                        Json.createObjectBuilder(base)
                                .add("idNumber", "51110219490230" + "0011")
                                .build()));
        rejected(
                409,
                "RESIDENT_ALREADY_REGISTERED",
                "idNumber",
                () -> admin.post(
                        "api/residents",
                        Json.createObjectBuilder(base).add("idNumber", id).build()));
        rejected(
                400,
                "INVALID_CARE_LEVEL",
                "careLevel",
                () -> admin.post(
                        "api/residents",
                        Json.createObjectBuilder(base)
                                .add("idNumber", TestData.idNumber(LocalDate.of(1950, 1, 1), true))
                                .add("careLevel", 7)
                                .build()));
        rejected(
                400,
                "DIVISION_CODE_FORMAT",
                "hukouCode",
                () -> admin.post(
                        "api/residents",
                        Json.createObjectBuilder(base)
                                .add("idNumber", TestData.idNumber(LocalDate.of(1950, 1, 1), true))
                                .add("hukouCode", "51A102")
                                .build()));

        long residentId = r.id();
        var reassess = admin.post(
                "api/residents/" + residentId + "/assessments",
                object().add("level", 3).add("effectiveOn", "2024-06-30").build());
        assertThat(reassess.status()).as(reassess.toString()).isEqualTo(201);
        rejected(
                409,
                "ASSESSMENT_EXISTS",
                "effectiveOn",
                () -> admin.post(
                        "api/residents/" + residentId + "/assessments",
                        object().add("level", 4)
                                .add("effectiveOn", "2024-06-30")
                                .build()));
        assertThat(admin.get("api/residents/" + residentId).json().getInt("careLevel"))
                .isEqualTo(3);
    }

    @Test
    @DisplayName("admission, bed board, transfer, absence and discharge follow every rule of §2")
    void stays() {
        long home = city.home("PRIVATE", "511102", D, 10);
        long otherHome = city.home("PRIVATE", "511102", D, 10);
        long bed1 = city.bed(home, "1-01", D);
        long bed2 = city.bed(home, "1-02", D);
        long foreignBed = city.bed(otherHome, "9-01", D);
        long alice = city.resident(LocalDate.of(1948, 5, 1), "511102", 1, D);
        long bob = city.resident(LocalDate.of(1947, 7, 1), "511111", 2, D);

        long stay = city.admit(alice, bed1, LocalDate.of(2024, 3, 10));
        var board = admin.get("api/care-homes/" + home + "/beds?on=2024-03-15").array();
        JsonObject b1 = board.getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getInt("id") == bed1)
                .findFirst()
                .orElseThrow();
        assertThat(b1.getString("status")).isEqualTo("OCCUPIED");
        assertThat(b1.getJsonObject("occupant").getInt("residentId")).isEqualTo((int) alice);
        var before = admin.get("api/care-homes/" + home + "/beds?on=2024-03-09").array();
        assertThat(before.getValuesAs(JsonObject.class))
                .allMatch(b -> b.getString("status").equals("VACANT"));

        rejected(
                409,
                "BED_OCCUPIED",
                "bedId",
                () -> admin.post(
                        "api/stays",
                        object().add("residentId", bob)
                                .add("bedId", bed1)
                                .add("admittedOn", "2024-04-01")
                                .build()));
        rejected(
                409,
                "BED_OCCUPIED",
                "bedId",
                () -> admin.post(
                        "api/stays",
                        object().add("residentId", bob)
                                .add("bedId", bed1)
                                .add("admittedOn", "2024-03-05")
                                .build()));
        rejected(
                409,
                "RESIDENT_HAS_OPEN_STAY",
                "residentId",
                () -> admin.post(
                        "api/stays",
                        object().add("residentId", alice)
                                .add("bedId", foreignBed)
                                .add("admittedOn", "2024-04-01")
                                .build()));
        rejected(
                400,
                "BED_NOT_IN_HOME",
                "bedId",
                () -> admin.post(
                        "api/stays/" + stay + "/transfers",
                        object().add("bedId", foreignBed)
                                .add("on", "2024-05-01")
                                .build()));
        rejected(
                400,
                "INVALID_DATE",
                "admittedOn",
                () -> admin.post(
                        "api/stays",
                        object().add("residentId", bob)
                                .add("bedId", bed2)
                                .add("admittedOn", "2024-02-30")
                                .build()));

        var moved = admin.post(
                "api/stays/" + stay + "/transfers",
                object().add("bedId", bed2).add("on", "2024-05-01").build());
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().getInt("currentBedId")).isEqualTo((int) bed2);
        assertThat(moved.json().getJsonArray("beds")).hasSize(2);

        // bed 1 is free again from the transfer day on, but not before it
        rejected(
                409,
                "BED_OCCUPIED",
                "bedId",
                () -> admin.post(
                        "api/stays",
                        object().add("residentId", bob)
                                .add("bedId", bed1)
                                .add("admittedOn", "2024-04-30")
                                .build()));
        long bobStay = city.admit(bob, bed1, LocalDate.of(2024, 5, 1));

        var absence = admin.post(
                "api/stays/" + stay + "/absences",
                object().add("from", "2024-06-28")
                        .add("until", "2024-07-05")
                        .add("kind", "HOSPITAL")
                        .build());
        assertThat(absence.status()).as(absence.toString()).isEqualTo(201);
        rejected(
                409,
                "ABSENCE_OVERLAP",
                "from",
                () -> admin.post(
                        "api/stays/" + stay + "/absences",
                        object().add("from", "2024-07-01")
                                .add("until", "2024-07-02")
                                .build()));
        rejected(
                400,
                "ABSENCE_OUTSIDE_STAY",
                "from",
                () -> admin.post(
                        "api/stays/" + stay + "/absences",
                        object().add("from", "2024-03-01")
                                .add("until", "2024-03-12")
                                .build()));

        rejected(
                400,
                "DISCHARGE_BEFORE_ADMISSION",
                "on",
                () -> admin.post(
                        "api/stays/" + bobStay + "/discharge",
                        object().add("on", "2024-04-01")
                                .add("reason", "RETURNED_HOME")
                                .build()));
        rejected(
                400,
                "INVALID_REASON",
                "reason",
                () -> admin.post(
                        "api/stays/" + bobStay + "/discharge",
                        object().add("on", "2024-08-01").add("reason", "BORED").build()));
        var out = admin.post(
                "api/stays/" + bobStay + "/discharge",
                object().add("on", "2024-08-01")
                        .add("reason", "MOVED_TO_OTHER_HOME")
                        .build());
        assertThat(out.status()).as(out.toString()).isEqualTo(200);
        assertThat(out.string("dischargedOn")).isEqualTo("2024-08-01");

        // a person's stays never overlap; discharge on one day and admission elsewhere the same day is fine
        rejected(
                409,
                "STAY_OVERLAP",
                "admittedOn",
                () -> admin.post(
                        "api/stays",
                        object().add("residentId", bob)
                                .add("bedId", foreignBed)
                                .add("admittedOn", "2024-07-31")
                                .build()));
        long bobAgain = city.admit(bob, foreignBed, LocalDate.of(2024, 8, 1));
        assertThat(admin.get("api/stays/" + bobAgain).json().getInt("careHomeId"))
                .isEqualTo((int) otherHome);

        var full = admin.get("api/stays/" + stay).json();
        assertThat(full.getJsonArray("absences")).hasSize(1);
        assertThat(full.isNull("dischargedOn")).isTrue();
    }

    @Test
    @DisplayName("an occupied bed cannot be retired; a retired bed takes nobody")
    void retirement() {
        var admitted = city.admitted()
                .county("511102")
                .homeFiled(D, 10)
                .bed("R-1", D)
                .resident(LocalDate.of(1950, 1, 1), 0, D)
                .admittedOn(LocalDate.of(2024, 4, 1))
                .admit();
        long home = admitted.home();
        long bed = admitted.bed();
        long spare = city.bed(home, "R-2", D);
        rejected(
                409,
                "BED_OCCUPIED",
                "on",
                () -> admin.post(
                        "api/care-homes/" + home + "/beds/" + bed + "/retire",
                        object().add("on", "2024-09-01").build()));
        var retired = admin.post(
                "api/care-homes/" + home + "/beds/" + spare + "/retire",
                object().add("on", "2024-09-01").build());
        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
        long other = city.resident(LocalDate.of(1950, 1, 1), "511102", 0, D);
        rejected(
                409,
                "BED_OUT_OF_SERVICE",
                "bedId",
                () -> admin.post(
                        "api/stays",
                        object().add("residentId", other)
                                .add("bedId", spare)
                                .add("admittedOn", "2024-05-01")
                                .build()));
        var onDay = admin.get("api/care-homes/" + home + "/beds?on=2024-09-01")
                .array()
                .getValuesAs(JsonObject.class);
        assertThat(onDay)
                .anyMatch(b -> b.getInt("id") == spare && b.getString("status").equals("RETIRED"));
    }

    @Test
    @DisplayName(
            "scope: a home's administrator, a county auditor and a family member see only their own; others get 404")
    void scope() {
        long homeA = city.home("PRIVATE", "511102", D, 10);
        long homeB = city.home("PRIVATE", "511181", D, 10);
        long bedA = city.bed(homeA, "S-1", D);
        long bedB = city.bed(homeB, "S-1", D);
        long resA = city.resident(LocalDate.of(1950, 1, 1), "511102", 0, D);
        long resB = city.resident(LocalDate.of(1950, 1, 1), "511102", 0, D);
        long stayA = city.admit(resA, bedA, LocalDate.of(2024, 4, 1));
        long stayB = city.admit(resB, bedB, LocalDate.of(2024, 4, 1));

        ApiClient homeAdmin =
                city.user("HOME_ADMIN", object().add("careHomeId", homeA).build());
        assertThat(homeAdmin.get("api/care-homes/" + homeA).status()).isEqualTo(200);
        assertThat(homeAdmin.get("api/care-homes/" + homeB).status()).isEqualTo(404);
        assertThat(homeAdmin.get("api/care-homes/" + homeB + "/beds").status()).isEqualTo(404);
        assertThat(homeAdmin.get("api/stays/" + stayA).status()).isEqualTo(200);
        assertThat(homeAdmin.get("api/stays/" + stayB).status()).isEqualTo(404);
        assertThat(homeAdmin.get("api/residents/" + resB).status()).isEqualTo(404);
        assertThat(homeAdmin
                        .post(
                                "api/care-homes/" + homeB + "/beds",
                                object().add("code", "X")
                                        .add("room", "X")
                                        .add("commissionedOn", "2024-01-01")
                                        .build())
                        .status())
                .isEqualTo(404);
        var list = homeAdmin.get("api/care-homes").json();
        assertThat(list.getJsonNumber("total").longValue()).isEqualTo(1);

        ApiClient county =
                city.user("COUNTY_AUDITOR", object().add("countyCode", "511181").build());
        assertThat(county.get("api/care-homes/" + homeB).status()).isEqualTo(200);
        assertThat(county.get("api/care-homes/" + homeA).status()).isEqualTo(404);
        assertThat(county.get("api/residents/" + resB).status()).isEqualTo(200);
        assertThat(county.get("api/residents/" + resA).status()).isEqualTo(404);
        assertThat(county.post(
                                "api/care-homes/" + homeB + "/beds",
                                object().add("code", "Y")
                                        .add("room", "Y")
                                        .add("commissionedOn", "2024-01-01")
                                        .build())
                        .status())
                .isEqualTo(403);

        ApiClient family = city.user(
                "FAMILY",
                object().add("residentIds", Json.createArrayBuilder().add(resA)).build());
        var mine = family.get("api/residents/" + resA);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.string("idNumber")).contains("**********");
        assertThat(family.get("api/residents/" + resB).status()).isEqualTo(404);
        assertThat(family.get("api/stays/" + stayB).status()).isEqualTo(404);
        assertThat(family.get("api/care-homes").json().getJsonArray("items")).isEmpty();
    }

    @Test
    @DisplayName("the audit trail keeps who changed a stay and when, and auditors can read it")
    void audit() {
        var admitted = city.admitted()
                .county("511102")
                .homeFiled(D, 10)
                .bed("U-1", D)
                .resident(LocalDate.of(1950, 1, 1), 0, D)
                .admittedOn(LocalDate.of(2024, 4, 1))
                .admit();
        long home = admitted.home();
        long stay = admitted.stay();
        long bed2 = city.bed(home, "U-2", D);
        ApiClient homeAdmin =
                city.user("HOME_ADMIN", object().add("careHomeId", home).build());
        assertThat(homeAdmin
                        .post(
                                "api/stays/" + stay + "/transfers",
                                object().add("bedId", bed2)
                                        .add("on", "2024-05-01")
                                        .build())
                        .status())
                .isEqualTo(200);
        assertThat(Database.scalar("select count(*) from audit_event where entity_type = 'Stay' and entity_id = " + stay
                        + " and actor = 'admin' and action = 'ADMITTED'"))
                .isEqualTo(1);

        ApiClient auditor =
                city.user("COUNTY_AUDITOR", object().add("countyCode", "511102").build());
        var history = auditor.get("api/audit?entityType=Stay&entityId=" + stay);
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        var events = history.array().getValuesAs(JsonObject.class);
        assertThat(events).extracting(e -> e.getString("action")).containsExactly("ADMITTED", "TRANSFERRED");
        assertThat(events.get(1).getString("actor")).startsWith("home-admin-");
        ApiClient otherCounty =
                city.user("COUNTY_AUDITOR", object().add("countyCode", "511181").build());
        assertThat(otherCounty.get("api/audit?entityType=Stay&entityId=" + stay).status())
                .isEqualTo(404);
    }

    @Test
    @DisplayName("a home's residents are listed, paged and searchable by name")
    void residentList() {
        var admitted = city.admitted()
                .county("511102")
                .homeFiled(D, 10)
                .bed("L-1", D)
                .resident(LocalDate.of(1950, 1, 1), 0, D)
                .admittedOn(LocalDate.of(2024, 4, 1))
                .admit();
        long home = admitted.home();
        long res = admitted.resident();
        var page = admin.get("api/residents?careHomeId=" + home + "&current=true&size=5");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(r -> (long) r.getInt("id"))
                .containsExactly(res);
    }
}
