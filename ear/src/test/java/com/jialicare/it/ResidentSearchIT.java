package com.jialicare.it;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.TestData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue #16 item 4 over HTTP: a caller who reads ID numbers masked (5111**********4803) finds one only by what the
 * mask shows — the whole number, the masked form, or a part of the first or last four — never by the ten digits it
 * hides; lists sort by whitelisted fields only.
 */
@DisplayName("Resident search: a masked ID number is found only by what the mask shows; lists sort by named fields")
class ResidentSearchIT extends ApiITBase {

    private static final LocalDate FILED = LocalDate.of(2020, 6, 1);

    private static long total(ApiClient client, String q) {
        var r = client.get("api/residents?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getJsonNumber("total").longValue();
    }

    private long register(String name, String number) {
        var r = admin.post(
                "api/residents",
                object().add("name", name)
                        .add("idNumber", number)
                        .add("hukouCode", "511102")
                        .add("stateSupported", false)
                        .add("careLevel", 1)
                        .add("assessedOn", "2023-01-10")
                        .build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    @Test
    @DisplayName("the hidden digits find nothing; the whole number, the masked form, the first or last four find it")
    void onlyVisibleCharacters() {
        String number = TestData.idNumber(LocalDate.of(1939, 11, 27), false);
        List<String> hidden = List.of(
                number.substring(4, 14), // the ten hidden characters
                number.substring(6, 14), // the birth date
                number.substring(4, 8),
                number.substring(6, 10),
                number.substring(10, 14),
                number.substring(3, 7), // across the mask's start
                number.substring(11, 15), // across its end
                number.substring(0, 5), // more than the first four
                number.substring(13)); // more than the last four
        String shown = number.substring(0, 4) + "**********" + number.substring(14);
        long elder = register(TestData.name("搜索老人"), number);
        ApiClient family = city.user(
                "FAMILY",
                object().add("residentIds", Json.createArrayBuilder().add(elder))
                        .build());

        for (String q : hidden) {
            if (number.substring(0, 4).contains(q) || number.substring(14).contains(q)) {
                continue; // a coincidence of the random number: these characters are shown too
            }
            assertThat(total(family, q))
                    .as("found by the hidden %s of %s", q, number)
                    .isZero();
        }
        for (String q : List.of(
                number,
                number.toLowerCase(),
                shown,
                number.substring(0, 4),
                number.substring(1, 3),
                number.substring(14),
                number.substring(15))) {
            assertThat(total(family, q)).as("found by the shown %s", q).isEqualTo(1);
        }
    }

    @Test
    @DisplayName(
            "sort=-name lists a home's residents by name descending; an unknown field is refused, 400 INVALID_SORT")
    void sortedByNamedFields() {
        long home = city.home("PRIVATE", "511102", FILED, 5);
        String prefix = TestData.name("排序");
        for (String suffix : List.of("乙", "甲", "丙")) {
            long r = register(prefix + suffix, TestData.idNumber(LocalDate.of(1944, 1, 1), true));
            city.admit(r, city.bed(home, "S-" + suffix, FILED), LocalDate.of(2024, 2, 1));
        }
        var asc = admin.get("api/residents?careHomeId=" + home + "&sort=name");
        var desc = admin.get("api/residents?careHomeId=" + home + "&sort=-name");
        assertThat(asc.status()).as(asc.toString()).isEqualTo(200);
        List<String> up = names(asc.json());
        List<String> down = names(desc.json());
        List<String> reversed = new java.util.ArrayList<>(up);
        java.util.Collections.reverse(reversed);
        assertThat(up).containsExactlyInAnyOrder(prefix + "甲", prefix + "乙", prefix + "丙");
        assertThat(down).containsExactlyElementsOf(reversed);

        var bad = admin.get("api/residents?careHomeId=" + home + "&sort=idNumber");
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("INVALID_SORT");
        var injected = admin.get(
                "api/applications?sort=" + URLEncoder.encode("a.id; drop table resident", StandardCharsets.UTF_8));
        assertThat(injected.status()).as(injected.toString()).isEqualTo(400);
        assertThat(injected.code()).isEqualTo("INVALID_SORT");
    }

    private static List<String> names(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("name"))
                .toList();
    }
}
