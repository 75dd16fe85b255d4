package com.jialicare.application;

import com.jialicare.domain.model.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Optional;

/**
 * Runs an action by the real rules and undoes it, whatever happens: what it would refuse, before the user is asked
 * to confirm it (issue #16 item 5: "validate before confirming"). The action runs in a transaction of its own that
 * is always rolled back, so nothing it writes is kept, and what waits for a commit (caches told of changed beds,
 * notifications) never happens.
 */
@Stateless
public class DryRun {

    @Resource
    private SessionContext context;

    /** The business refusal the action would meet now, or empty if it would succeed. Nothing is changed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<BusinessException> refusal(Runnable action) {
        try {
            action.run();
            return Optional.empty();
        } catch (BusinessException e) {
            return Optional.of(e);
        } finally {
            context.setRollbackOnly();
        }
    }
}
