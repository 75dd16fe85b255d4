package com.jialicare.interfaces.web;

import com.jialicare.application.Page;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.ListOrder;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The one lazy model of every long list (residents, the review queue, accounts, registry cases…): each page is
 * one call of a service, which counts, searches, sorts and pages in its query; nothing is loaded whole. A sorted
 * column's {@code field} is passed on as the {@link ListOrder}'s name, and the repository accepts only the names
 * it maps (an unknown one is refused, never written into a query). A refused call shows its message and an empty
 * page.
 */
public class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page of a service's list, counting from 0, in that order (null: the list's default). */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        Page<T> page(ListOrder order, int page, int size);
    }

    /** A row's unique key, for selection and row updates. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Loader<T> loader;
    private final Key<T> key;

    public PagedRows(Loader<T> loader, Key<T> key) {
        this.loader = Objects.requireNonNull(loader);
        this.key = Objects.requireNonNull(key);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        try {
            return (int) Math.min(Integer.MAX_VALUE, loader.page(null, 0, 1).total());
        } catch (BusinessException e) {
            Messages.error(e);
            return 0;
        }
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        try {
            int size = Math.max(1, Math.min(pageSize, Page.MAX_SIZE));
            Page<T> page = loader.page(order(sortBy), first / size, size);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.items();
        } catch (BusinessException e) {
            Messages.error(e);
            setRowCount(0);
            return List.of();
        }
    }

    /** The table's sort (the first sorted column) as a list order; null when nothing is sorted. */
    static ListOrder order(Map<String, SortMeta> sortBy) {
        if (sortBy == null) {
            return null;
        }
        return sortBy.values().stream()
                .filter(s -> s.getOrder() != null && !s.getOrder().isUnsorted() && s.getField() != null)
                .sorted(java.util.Comparator.comparingInt(SortMeta::getPriority))
                .findFirst()
                .map(s -> new ListOrder(s.getField(), s.getOrder() == SortOrder.DESCENDING))
                .orElse(null);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        return rows == null
                ? null
                : rows.stream()
                        .filter(r -> getRowKey(r).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
