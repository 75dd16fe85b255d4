package com.jialicare.bench;

import java.util.List;
import java.util.Locale;

/**
 * The sizes of issue #7: a city (Leshan: 126 homes, ~20,000 beds, ~60,000 stays over 5 years), a region of
 * six cities in between, and the province (21 cities: 5,000 homes, 400,000 beds, 2,000,000 stays over 10
 * years). Stay counts are targets: the generator draws stay lengths whose mean makes them come out close.
 *
 * @param cities         how many of {@link Sichuan#CITIES} the homes are spread over, from the front
 * @param localPrefix    the policy's local hukou prefix a deployment of this size would set
 */
record Scale(String name, int homes, int beds, int stays, int years, int cities, String localPrefix) {

    static final Scale CITY = new Scale("city", 126, 20_000, 60_000, 5, 1, "5111");
    static final Scale REGION = new Scale("region", 1_000, 100_000, 400_000, 8, 6, "51");
    static final Scale PROVINCE = new Scale("province", 5_000, 400_000, 2_000_000, 10, 21, "51");

    static final List<Scale> ALL = List.of(CITY, REGION, PROVINCE);

    static Scale named(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return ALL.stream()
                .filter(s -> s.name.equals(n))
                .findFirst()
                .or(() -> tiny(n))
                .orElseThrow(() -> new IllegalArgumentException("No scale " + name + "; city, region or province"));
    }

    /** "tiny" for tests and trials: 12 homes, ~1,000 beds. */
    private static java.util.Optional<Scale> tiny(String n) {
        return n.equals("tiny")
                ? java.util.Optional.of(new Scale("tiny", 12, 1_000, 3_000, 5, 1, "5111"))
                : java.util.Optional.empty();
    }
}
