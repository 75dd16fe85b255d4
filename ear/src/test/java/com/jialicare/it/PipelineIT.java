package com.jialicare.it;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.PipelineScenario;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Where the money stands (issue #15 item 5, RULES.md §8.8): {@code GET /api/subsidies/pipeline} over the year 2025 of
 * {@link PipelineScenario} — applied, approved, paid, recovery and back-pay outstanding to the fen, per home, per
 * county and per kind; the scope of each role; bad input. County figures are checked as what the scenario added
 * (other test classes may file homes in the same counties on a shared database); the homes' rows exactly.
 */
@DisplayName("The pipeline: applied, approved, paid and what is still owed, per county and home")
class PipelineIT extends ApiITBase {

    private static final String[] FIGURES = {"applied", "approved", "paid", "recoveryOutstanding", "backPayOutstanding"
    };

    private static JsonObject ok(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static Optional<JsonObject> county(JsonObject pipeline, String code) {
        return pipeline.getJsonArray("counties").getValuesAs(JsonObject.class).stream()
                .filter(c -> code.equals(c.getString("countyCode")))
                .findFirst();
    }

    private static JsonObject home(JsonObject pipeline, String countyCode, long id) {
        return county(pipeline, countyCode)
                .orElseThrow(() -> new AssertionError("no county " + countyCode + " in " + pipeline))
                .getJsonArray("homes")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(h -> h.getJsonNumber("careHomeId").longValue() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no home " + id + " in " + pipeline));
    }

    private static BigDecimal money(JsonObject o, String field) {
        return o.getJsonNumber(field).bigDecimalValue();
    }

    /** Asserts the five figures, exactly with two decimals (to the fen). */
    private static void figures(JsonObject o, String... expected) {
        for (int i = 0; i < FIGURES.length; i++) {
            assertThat(money(o, FIGURES[i])).as("%s of %s", FIGURES[i], o).isEqualTo(new BigDecimal(expected[i]));
        }
    }

    /** The county's five figures, zero when the county is not listed. */
    private static BigDecimal[] countyFigures(JsonObject pipeline, String code) {
        BigDecimal[] f = new BigDecimal[FIGURES.length];
        Optional<JsonObject> c = county(pipeline, code);
        for (int i = 0; i < FIGURES.length; i++) {
            f[i] = c.isPresent() ? money(c.get(), FIGURES[i]) : BigDecimal.ZERO;
        }
        return f;
    }

    @Test
    @DisplayName("every figure to the fen per home, county and kind; claimed adjustments leave the outstanding ones")
    void figuresToTheFen() {
        ApiClient cityView = city.user("CITY_AUDITOR", object().build());
        JsonObject before = ok(cityView.get("api/subsidies/pipeline?year=2025"));
        BigDecimal[] aBefore = countyFigures(before, PipelineScenario.COUNTY_A);
        BigDecimal[] bBefore = countyFigures(before, PipelineScenario.COUNTY_B);

        PipelineScenario s = PipelineScenario.build(city, admin);

        long started = System.nanoTime();
        JsonObject p = ok(cityView.get("api/subsidies/pipeline?year=2025"));
        System.out.printf(
                "PipelineIT: the city's pipeline of 2025 answered in %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
        assertThat(p.getInt("year")).isEqualTo(2025);

        JsonObject a1 = home(p, PipelineScenario.COUNTY_A, s.a1.id());
        assertThat(a1.getString("name")).isEqualTo(s.a1.name());
        figures(a1, "24880.00", "2880.00", "2880.00", "480.00", "0.00");
        figures(a1.getJsonObject("operating"), "2880.00", "2880.00", "2880.00", "480.00", "0.00");
        figures(a1.getJsonObject("construction"), "22000.00", "0.00", "0.00", "0.00", "0.00");
        assertThat(a1.containsKey("applications"))
                .as("applications only when one home is asked for")
                .isFalse();
        figures(home(p, PipelineScenario.COUNTY_A, s.a2.id()), "720.00", "720.00", "0.00", "0.00", "0.00");
        JsonObject b1 = home(p, PipelineScenario.COUNTY_B, s.b1.id());
        figures(b1, "1080.00", "1080.00", "1080.00", "0.00", "100.00");

        // the counties: what the scenario added to them
        String[] addedA = {"25600.00", "3600.00", "2880.00", "480.00", "0.00"};
        String[] addedB = {"1080.00", "1080.00", "1080.00", "0.00", "100.00"};
        JsonObject countyA = county(p, PipelineScenario.COUNTY_A).orElseThrow();
        JsonObject countyB = county(p, PipelineScenario.COUNTY_B).orElseThrow();
        assertThat(countyA.getString("countyName")).isEqualTo("沐川县");
        for (int i = 0; i < FIGURES.length; i++) {
            assertThat(money(countyA, FIGURES[i]).subtract(aBefore[i]))
                    .as("county A, %s", FIGURES[i])
                    .isEqualByComparingTo(addedA[i]);
            assertThat(money(countyB, FIGURES[i]).subtract(bBefore[i]))
                    .as("county B, %s", FIGURES[i])
                    .isEqualByComparingTo(addedB[i]);
        }
        // a county is the sum of its homes, the city the sum of its counties
        for (String f : FIGURES) {
            for (JsonObject c : p.getJsonArray("counties").getValuesAs(JsonObject.class)) {
                BigDecimal homes = c.getJsonArray("homes").getValuesAs(JsonObject.class).stream()
                        .map(h -> money(h, f))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(money(c, f))
                        .as("%s of %s", f, c.getString("countyCode"))
                        .isEqualByComparingTo(homes);
            }
            BigDecimal counties = p.getJsonArray("counties").getValuesAs(JsonObject.class).stream()
                    .map(c -> money(c, f))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(money(p, f)).as("city %s", f).isEqualByComparingTo(counties);
        }

        // one home with its applications: those counted in "applied" (not the returned one), summing to it
        JsonObject one = ok(cityView.get("api/subsidies/pipeline?year=2025&careHomeId=" + s.a2.id()));
        assertThat(one.getJsonArray("counties")).hasSize(1);
        JsonObject a2 = home(one, PipelineScenario.COUNTY_A, s.a2.id());
        List<JsonObject> apps = a2.getJsonArray("applications").getValuesAs(JsonObject.class);
        assertThat(apps).extracting(a -> a.getJsonNumber("id").longValue()).containsExactly(s.a2Approved);
        assertThat(apps.get(0).getString("state")).isEqualTo("CITY_APPROVED");
        assertThat(money(apps.get(0), "total")).isEqualTo(new BigDecimal("720.00"));
        JsonObject a1Only = ok(cityView.get("api/subsidies/pipeline?year=2025&careHomeId=" + s.a1.id()));
        assertThat(home(a1Only, PipelineScenario.COUNTY_A, s.a1.id())
                        .getJsonArray("applications")
                        .getValuesAs(JsonObject.class))
                .extracting(a -> a.getJsonNumber("id").longValue())
                .containsExactly(s.a1Operating, s.a1Construction);

        // another year knows nothing of it
        JsonObject y2024 = ok(cityView.get("api/subsidies/pipeline?year=2024&countyCode=" + PipelineScenario.COUNTY_B));
        assertThat(y2024.getJsonArray("counties").getValuesAs(JsonObject.class).stream()
                        .flatMap(c -> c.getJsonArray("homes").getValuesAs(JsonObject.class).stream())
                        .map(h -> h.getJsonNumber("careHomeId").longValue()))
                .doesNotContain(s.b1.id());

        // the home's next application claims the back-pay: no longer outstanding for 2025, applied for 2026
        var next = s.b1.admin()
                .post(
                        "api/applications",
                        object().add("careHomeId", s.b1.id())
                                .add("kind", "OPERATING")
                                .add("from", "2026-01")
                                .add("to", "2026-03")
                                .build());
        assertThat(next.status()).as(next.toString()).isEqualTo(201);
        assertThat(money(ok(s.b1.admin().post("api/applications/" + next.id() + "/submit")), "total"))
                .isEqualByComparingTo("100.00");
        JsonObject after = ok(cityView.get("api/subsidies/pipeline?year=2025&countyCode=" + PipelineScenario.COUNTY_B));
        figures(home(after, PipelineScenario.COUNTY_B, s.b1.id()), "1080.00", "1080.00", "1080.00", "0.00", "0.00");
        JsonObject y2026 = ok(cityView.get("api/subsidies/pipeline?year=2026&countyCode=" + PipelineScenario.COUNTY_B));
        figures(home(y2026, PipelineScenario.COUNTY_B, s.b1.id()), "100.00", "0.00", "0.00", "0.00", "0.00");
    }

    @Test
    @DisplayName("a county auditor sees only their county; homes' administrators and families 403; bad input 400")
    void scopeAndInput() {
        PipelineScenario s = PipelineScenario.build(city, admin);

        JsonObject mine = ok(s.countyA.get("api/subsidies/pipeline?year=2025"));
        assertThat(mine.getJsonArray("counties").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("countyCode"))
                .containsExactly(PipelineScenario.COUNTY_A);
        figures(home(mine, PipelineScenario.COUNTY_A, s.a1.id()), "24880.00", "2880.00", "2880.00", "480.00", "0.00");
        assertThat(ok(s.countyA.get("api/subsidies/pipeline?year=2025&countyCode=" + PipelineScenario.COUNTY_A))
                        .getJsonArray("counties"))
                .hasSize(1);
        var other = s.countyA.get("api/subsidies/pipeline?year=2025&countyCode=" + PipelineScenario.COUNTY_B);
        assertThat(other.status()).as(other.toString()).isEqualTo(404);
        assertThat(other.code()).isEqualTo("COUNTY_NOT_FOUND");
        var otherHome = s.countyA.get("api/subsidies/pipeline?year=2025&careHomeId=" + s.b1.id());
        assertThat(otherHome.status()).as(otherHome.toString()).isEqualTo(404);
        assertThat(otherHome.code()).isEqualTo("CARE_HOME_NOT_FOUND");

        // the administrator and the city auditor see both counties, in English names when asked
        JsonObject all = ok(admin.acceptLanguage("en").get("api/subsidies/pipeline?year=2025"));
        assertThat(all.getJsonArray("counties").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("countyCode"))
                .contains(PipelineScenario.COUNTY_A, PipelineScenario.COUNTY_B);
        assertThat(county(all, PipelineScenario.COUNTY_B).orElseThrow().getString("countyName"))
                .isEqualTo("Mabian Yi Autonomous County");
        assertThat(ok(s.cityAuditor.get("api/subsidies/pipeline?year=2025&countyCode=" + PipelineScenario.COUNTY_B))
                        .getJsonArray("counties")
                        .getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("countyCode"))
                .containsExactly(PipelineScenario.COUNTY_B);

        var home = s.a1.admin().get("api/subsidies/pipeline?year=2025");
        assertThat(home.status()).as(home.toString()).isEqualTo(403);
        assertThat(home.code()).isEqualTo("ROLE_NOT_ALLOWED");
        ApiClient family = city.user(
                "FAMILY",
                object().add("residentIds", Json.createArrayBuilder().add(s.b1Resident))
                        .build());
        var fam = family.get("api/subsidies/pipeline?year=2025");
        assertThat(fam.status()).as(fam.toString()).isEqualTo(403);
        assertThat(fam.code()).isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(admin.anonymous().get("api/subsidies/pipeline?year=2025").status())
                .isEqualTo(401);

        ApiClient bad = s.cityAuditor.sendingInvalid();
        for (String[] c : new String[][] {
            {"", "FIELD_REQUIRED", "year"},
            {"?year=", "FIELD_REQUIRED", "year"},
            {"?year=abcd", "INVALID_YEAR", "year"},
            {"?year=25", "INVALID_YEAR", "year"},
            {"?year=1999", "INVALID_YEAR", "year"},
            {"?year=2999", "INVALID_YEAR", "year"},
            {"?year=2025&countyCode=123456", "INVALID_COUNTY", "countyCode"},
            {"?year=2025&countyCode=5111", "INVALID_COUNTY", "countyCode"},
            {"?year=2025&careHomeId=x1", "INVALID_NUMBER", "careHomeId"}
        }) {
            var r = bad.get("api/subsidies/pipeline" + c[0]);
            assertThat(r.status()).as("%s: %s", c[0], r).isEqualTo(400);
            assertThat(r.code()).as(c[0]).isEqualTo(c[1]);
            assertThat(r.string("field")).as(c[0]).isEqualTo(c[2]);
        }
    }
}
