package com.jialicare.domain.model.shared;

import java.time.ZoneId;

/**
 * The city's time zone: every date the registry and the rules use is a {@code LocalDate} of Asia/Shanghai,
 * whatever the server's own zone, and instants are shown in it.
 */
public final class CityTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private CityTime() {}
}
