package com.jialicare.application.security;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.user.UserAccount;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** Resolves the authenticated principal of the current call into a {@link Caller} with its scope. */
@Stateless
public class CurrentCaller {

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    /** The caller, or {@code UNAUTHENTICATED} (401) when nobody is logged in. */
    public Caller get() {
        return find().orElseThrow(() -> new BusinessException(BusinessException.Kind.UNAUTHENTICATED,
                "UNAUTHENTICATED", null, "Log in first"));
    }

    public Optional<Caller> find() {
        Principal principal = context.getCallerPrincipal();
        if (principal == null || principal.getName() == null || "anonymous".equals(principal.getName())) {
            return Optional.empty();
        }
        List<UserAccount> users = em.createQuery("select u from UserAccount u where u.username = :n",
                UserAccount.class).setParameter("n", principal.getName()).getResultList();
        if (users.isEmpty() || !users.get(0).isEnabled()) {
            return Optional.empty();
        }
        return Optional.of(toCaller(users.get(0)));
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
