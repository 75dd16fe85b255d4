package com.jialicare.application.security;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.domain.model.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerCache cache;

    /** The caller, or {@code UNAUTHENTICATED} (401) when nobody is logged in. */
    public Caller get() {
        return find().orElseThrow(() -> new BusinessException(BusinessException.Kind.UNAUTHENTICATED,
                "UNAUTHENTICATED", null, "Log in first"));
    }

    public Optional<Caller> find() {
        String name = principal == null ? null : principal.getName();
        if (name == null || "anonymous".equals(name)) {
            return Optional.empty();
        }
        return Optional.ofNullable(cache.get(name, this::load));
    }

    private Caller load(String username) {
        List<UserAccount> users = em.createQuery("select u from UserAccount u where u.username = :n",
                UserAccount.class).setParameter("n", username).getResultList();
        if (users.isEmpty() || !users.get(0).isEnabled()) {
            return null;
        }
        return toCaller(users.get(0));
    }

    Caller toCaller(UserAccount u) {
        // only a family account is linked to residents: one query less on every other call
        List<Long> residents = u.getRole() != Role.FAMILY ? List.of() : em.createNativeQuery(
                "select resident_id from family_link where user_id = ?1", Long.class)
                .setParameter(1, u.getId()).getResultList();
        return new Caller(u.getId(), u.getUsername(), u.getRole(), u.getCareHomeId(), u.getCountyCode(),
                new HashSet<>(residents));
    }
}
