package com.jialicare.application.security;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.domain.model.user.UserAccount;
import com.jialicare.infrastructure.persistence.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Resolves the authenticated principal of the current call into a {@link Caller} with its scope. A plain
 * CDI bean, not an EJB: every service asks it first, most answers come from {@link CallerCache}, and an EJB
 * call of its own (interceptors, a transaction) cost more than the answer. Reads the account, when it must,
 * in the calling service's transaction.
 */
@ApplicationScoped
public class CurrentCaller {

    /** The container's built-in bean: the caller of the current request or EJB call. */
    @Inject
    private Principal principal;

    @Inject
    private UserRepository users;

    @Inject
    private CallerCache cache;

    /**
     * The caller, or {@code UNAUTHENTICATED} (401) when nobody is logged in; 403 {@code PASSWORD_CHANGE_REQUIRED}
     * while the caller must change a one-time password (every service asks here first, so nothing else is
     * open to them).
     */
    public Caller get() {
        return evenBeforePasswordChange().requirePasswordChanged();
    }

    /** The caller, even one who must change a one-time password: for asking who one is and changing it. */
    public Caller evenBeforePasswordChange() {
        return find().orElseThrow(() ->
                new BusinessException(BusinessException.Kind.UNAUTHENTICATED, "UNAUTHENTICATED", null, "Log in first"));
    }

    /** The caller, if anybody is logged in (whether or not they must change their password). */
    public Optional<Caller> find() {
        String name = principal == null ? null : principal.getName();
        if (name == null || "anonymous".equals(name)) {
            return Optional.empty();
        }
        return Optional.ofNullable(cache.get(name, this::load));
    }

    private Caller load(String username) {
        return users.byUsername(username)
                .filter(UserAccount::isEnabled)
                .map(this::toCaller)
                .orElse(null);
    }

    Caller toCaller(UserAccount u) {
        // only a family account is linked to residents: one query less on every other call
        List<Long> residents = u.getRole() != Role.FAMILY ? List.of() : users.linkedResidents(u.getId());
        return new Caller(
                u.getId(),
                u.getUsername(),
                u.getRole(),
                u.getCareHomeId(),
                u.getCountyCode(),
                new HashSet<>(residents),
                u.isMustChangePassword());
    }
}
