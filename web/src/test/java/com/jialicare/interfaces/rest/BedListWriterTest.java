package com.jialicare.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.interfaces.rest.CareHomesResource.BedStatusView;
import com.jialicare.interfaces.rest.CareHomesResource.Occupant;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-made bed list writer writes byte for byte what the API's JSON-B would. */
class BedListWriterTest {

    private static final String[] NAMES = {
        "蒋国强", "O'Brien \"Bob\"", "back\\slash", "tab\tnew\nline\u0001", "𠀀字", "José", ""
    };

    private final Jsonb jsonb = new JsonbConfiguration().getContext(Object.class);
    private final BedListWriter writer = new BedListWriter();

    private static Type listOfBeds() throws NoSuchMethodException {
        return CareHomesResource.class
                .getMethod("beds", long.class, String.class)
                .getGenericReturnType();
    }

    private String written(List<BedStatusView> beds) throws Exception {
        assertThat(writer.isWriteable(List.class, listOfBeds(), null, MediaType.APPLICATION_JSON_TYPE))
                .isTrue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(
                beds, List.class, listOfBeds(), null, MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesWhatJsonBWrites() throws Exception {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<BedStatusView> beds = new ArrayList<>();
            for (int i = random.nextInt(5); i > 0; i--) {
                LocalDate commissioned = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(4000));
                LocalDate retired = random.nextBoolean() ? null : commissioned.plusDays(1 + random.nextInt(900));
                Occupant occupant = random.nextBoolean()
                        ? null
                        : new Occupant(
                                random.nextLong(),
                                random.nextInt(4) == 0 ? null : NAMES[random.nextInt(NAMES.length)],
                                random.nextInt(1_000_000),
                                commissioned.plusDays(random.nextInt(100)));
                beds.add(new BedStatusView(
                        random.nextInt(1_000_000),
                        "A-" + i,
                        random.nextInt(9) == 0 ? null : "房间 " + i,
                        commissioned,
                        retired,
                        occupant == null ? "VACANT" : "OCCUPIED",
                        occupant));
            }
            assertThat(written(beds)).isEqualTo(jsonb.toJson(beds, listOfBeds()));
        }
    }

    @Test
    void writesOnlyListsOfBeds() throws Exception {
        Type listOfText = getClass().getDeclaredMethod("texts").getGenericReturnType();
        assertThat(writer.isWriteable(List.class, listOfText, null, MediaType.APPLICATION_JSON_TYPE))
                .isFalse();
        assertThat(writer.isWriteable(List.class, List.class, null, MediaType.APPLICATION_JSON_TYPE))
                .isFalse();
        assertThat(written(List.of())).isEqualTo("[]");
    }

    @SuppressWarnings("unused")
    private List<String> texts() {
        return List.of();
    }
}
