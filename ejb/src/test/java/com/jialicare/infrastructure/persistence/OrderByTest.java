package com.jialicare.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.ListOrder;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A list's order: only whitelisted fields reach the query")
class OrderByTest {

    private static final OrderBy ORDER =
            OrderBy.of(Map.of("name", "r.name", "waiting", "~a.submittedAt"), "r.name", "r.id");

    @Test
    @DisplayName("no order: the list's default, then the unique key")
    void byDefault() {
        assertThat(ORDER.clause(null)).isEqualTo(" order by r.name, r.id");
    }

    @Test
    @DisplayName("a known field is mapped to its expression, nulls last, the unique key in the same direction")
    void knownField() {
        assertThat(ORDER.clause(ListOrder.ascending("name"))).isEqualTo(" order by r.name asc nulls last, r.id asc");
        assertThat(ORDER.clause(ListOrder.descending("name"))).isEqualTo(" order by r.name desc nulls last, r.id desc");
    }

    @Test
    @DisplayName("a reversed field (days waiting: the submission) sorts the other way")
    void reversedField() {
        assertThat(ORDER.clause(ListOrder.descending("waiting")))
                .isEqualTo(" order by a.submittedAt asc nulls last, r.id asc");
    }

    @Test
    @DisplayName("anything else is refused with INVALID_SORT and never written into the query")
    void unknownFieldRefused() {
        BusinessException e = catchThrowableOfType(
                () -> ORDER.clause(ListOrder.ascending("r.name; delete from resident")), BusinessException.class);
        assertThat(e.code()).isEqualTo("INVALID_SORT");
        assertThat(e.getMessage()).doesNotContain("delete");
    }

    @Test
    @DisplayName("the REST form: name ascending, -name descending, blank none")
    void parse() {
        assertThat(ListOrder.parse("name")).isEqualTo(ListOrder.ascending("name"));
        assertThat(ListOrder.parse("-name")).isEqualTo(ListOrder.descending("name"));
        assertThat(ListOrder.parse(" ")).isNull();
        assertThat(catchThrowableOfType(() -> ListOrder.parse("-"), BusinessException.class)
                        .code())
                .isEqualTo("INVALID_SORT");
    }
}
