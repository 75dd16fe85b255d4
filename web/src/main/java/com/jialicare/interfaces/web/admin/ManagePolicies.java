package com.jialicare.interfaces.web.admin;

import com.jialicare.application.PolicyService;
import com.jialicare.domain.model.policy.PolicyVersion;
import com.jialicare.domain.model.policy.PolicyVersionRecord;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.CapabilityLevel;
import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.interfaces.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The city's policy table for the administrator: every version, newest first, and a form to add the next
 * one (PolicyService). Versions already in force are never changed.
 */
@Named
@ViewScoped
public class ManagePolicies implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PolicyService policies;

    /** A version as the table shows it. */
    public record VersionRow(PolicyVersion policy, Instant createdAt, String createdBy) implements Serializable {

        public List<BigDecimal> rates() {
            return Arrays.stream(CapabilityLevel.values())
                    .map(policy::monthlyRate)
                    .toList();
        }

        public List<Ownership> constructionOwnerships() {
            return sorted(policy.constructionOwnerships());
        }

        public List<Ownership> operatingOwnerships() {
            return sorted(policy.operatingOwnerships());
        }

        private static List<Ownership> sorted(Set<Ownership> set) {
            return set.stream().sorted().toList();
        }
    }

    private List<VersionRow> versions = List.of();
    private PolicyForm form = new PolicyForm();

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        versions = policies.versions().stream().map(ManagePolicies::row).toList();
    }

    private static VersionRow row(PolicyVersionRecord r) {
        return new VersionRow(r.toPolicyVersion(), r.getCreatedAt(), r.getCreatedBy());
    }

    public void add() {
        try {
            PolicyVersionRecord added = policies.add(form.toAmendment());
            Messages.info("admin.policy.added", added.getVersionNo(), added.getEffectiveFrom());
            form = new PolicyForm();
            load();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** The newest version (latest effective date): a new one takes effect after it, and carries over its values. */
    public VersionRow getLatest() {
        return versions.isEmpty() ? null : versions.get(0);
    }

    public Ownership[] getOwnerships() {
        return Ownership.values();
    }

    public List<VersionRow> getVersions() {
        return versions;
    }

    public PolicyForm getForm() {
        return form;
    }
}
