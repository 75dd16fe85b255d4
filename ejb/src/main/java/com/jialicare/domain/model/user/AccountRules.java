package com.jialicare.domain.model.user;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.Role;
import java.util.Objects;

/** The administrator's rules for changing accounts (issue #14 item 7). */
public final class AccountRules {

    private AccountRules() {}

    /**
     * The city always keeps an enabled administrator: disabling (or taking the role from) the last enabled
     * {@code ADMIN} is refused with 409 {@code LAST_ADMIN}. {@code enabledAdmins} is the number of enabled
     * administrator accounts, the target included if it is one.
     */
    public static void requireAnotherAdmin(UserAccount target, long enabledAdmins) {
        if (target.getRole() == Role.ADMIN && target.isEnabled() && enabledAdmins <= 1) {
            throw BusinessException.conflict(
                    "LAST_ADMIN", "id", "The last enabled administrator cannot be disabled", target.getUsername());
        }
    }

    /**
     * A user's own new password: the current one must have been checked by the caller; the new one follows
     * {@link PasswordPolicy} (reported on field {@code newPassword}) and differs from the current one.
     */
    public static void checkNewPassword(String username, String currentPassword, String newPassword) {
        try {
            PasswordPolicy.check(username, newPassword);
        } catch (BusinessException e) {
            throw BusinessException.invalid(e.code(), "newPassword", e.getMessage(), e.args());
        }
        if (Objects.equals(currentPassword, newPassword)) {
            throw BusinessException.invalid(
                    "PASSWORD_UNCHANGED", "newPassword", "The new password must differ from the current one");
        }
    }
}
