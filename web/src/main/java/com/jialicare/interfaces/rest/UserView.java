package com.jialicare.interfaces.rest;

import com.jialicare.domain.model.user.Caller;
import java.util.List;

/** A user as the API shows it: name, role and scope; never the password hash. */
public record UserView(
        long id,
        String username,
        String role,
        Long careHomeId,
        String countyCode,
        List<Long> residentIds,
        boolean mustChangePassword) {

    static UserView of(Caller c) {
        return new UserView(
                c.userId(),
                c.username(),
                c.role().name(),
                c.careHomeId(),
                c.countyCode(),
                c.residentIds().stream().sorted().toList(),
                c.mustChangePassword());
    }
}
