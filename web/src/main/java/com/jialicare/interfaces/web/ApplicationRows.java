package com.jialicare.interfaces.web;

import com.jialicare.application.ApplicationService.Summary;
import com.jialicare.application.Page;
import com.jialicare.domain.model.shared.ListOrder;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

/** A lazy, paged list of applications for a p:dataTable ({@link PagedRows}): each page is one call of the service. */
public class ApplicationRows extends PagedRows<ApplicationRow> {

    private static final long serialVersionUID = 1L;

    /** One page of the service's list, counting from 0, in that order (null: newest first). */
    @FunctionalInterface
    public interface Loader extends Serializable {
        Page<Summary> page(ListOrder order, int page, int size);
    }

    /** {@code clock} gives today (the city's date) for the days an application has waited. */
    public ApplicationRows(Loader loader, Clock clock) {
        super(
                (order, page, size) -> {
                    LocalDate today = LocalDate.now(clock);
                    return loader.page(order, page, size).map(s -> ApplicationRow.of(s, today));
                },
                ApplicationRow::id);
    }
}
