package com.jialicare.it.support;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;

/** Builds a city through the API, as an integrator would, asserting each step succeeded. */
public final class City {

    private final ApiClient admin;

    public City(ApiClient admin) {
        this.admin = admin;
    }

    public long home(String ownership, String county, LocalDate filedOn, int filedBeds) {
        return created(admin.post(
                "api/care-homes",
                object().add("name", TestData.name("养老院"))
                        .add("creditCode", TestData.creditCode())
                        .add("ownership", ownership)
                        .add("countyCode", county)
                        .add("filedOn", filedOn.toString())
                        .add("filedBeds", filedBeds)
                        .add("premises", "OWNED")
                        .build()));
    }

    public long bed(long home, String code, LocalDate commissionedOn) {
        return created(admin.post(
                "api/care-homes/" + home + "/beds",
                object().add("code", code)
                        .add("room", "1")
                        .add("commissionedOn", commissionedOn.toString())
                        .build()));
    }

    public long resident(LocalDate birth, String hukou, int level, LocalDate assessedOn) {
        return created(admin.post(
                "api/residents",
                object().add("name", TestData.name("老人"))
                        .add("idNumber", TestData.idNumber(birth, true))
                        .add("hukouCode", hukou)
                        .add("stateSupported", false)
                        .add("careLevel", level)
                        .add("assessedOn", assessedOn.toString())
                        .build()));
    }

    public long admit(long resident, long bed, LocalDate on) {
        return created(admin.post(
                "api/stays",
                object().add("residentId", resident)
                        .add("bedId", bed)
                        .add("admittedOn", on.toString())
                        .build()));
    }

    /** A home, a bed and a resident admitted to it: set what matters to the test, then {@code admit()}. */
    public AdmittedResident admitted() {
        return new AdmittedResident(this);
    }

    /** Creates a user and returns a client logged in as them. */
    public ApiClient user(String role, JsonObject scope) {
        String name = TestData.name(role.toLowerCase().replace('_', '-') + "-");
        var b = object().add("username", name).add("password", "secret-pass-1").add("role", role);
        scope.forEach(b::add);
        var r = admin.post("api/users", b.build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return admin.as(name, "secret-pass-1");
    }

    private static long created(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }
}
