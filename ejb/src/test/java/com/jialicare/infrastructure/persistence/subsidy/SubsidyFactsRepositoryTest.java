package com.jialicare.infrastructure.persistence.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.infrastructure.persistence.subsidy.SubsidyFactsRepository.HomeSelection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubsidyFactsRepositoryTest {

    @Test
    void numberedParametersBecomeJdbcOnesInOrder() {
        List<Object> params = new ArrayList<>();
        String homes = HomeSelection.county("511102")
                .ownedAsAndFiledBy(EnumSet.of(Ownership.PRIVATE), LocalDate.of(2026, 1, 1))
                .nativeCondition("b.care_home_id", params);
        String sql = "select 1 from bed b where " + homes + " and b.commissioned_on >= ?" + (params.size() + 1);
        assertThat(SubsidyFactsRepository.jdbc(sql, params.size() + 1))
                .isEqualTo("select 1 from bed b where b.care_home_id in (select ch.id from care_home ch where "
                        + "ch.county_code = ? and (ch.ownership in (?) or exists (select 1 from care_home_fact ff "
                        + "where ff.care_home_id = ch.id and ff.ownership in (?))) and ch.filed_on <= ?) "
                        + "and b.commissioned_on >= ?");
        assertThat(params).containsExactly("511102", "PRIVATE", "PRIVATE", LocalDate.of(2026, 1, 1));
    }

    @Test
    void parametersOutOfOrderOrMissingAreRefused() {
        assertThatThrownBy(() -> SubsidyFactsRepository.jdbc("a = ?2 and b = ?1", 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SubsidyFactsRepository.jdbc("a = ?1", 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
