package com.jialicare.interfaces.web;

import com.jialicare.application.ApplicationService.Summary;
import com.jialicare.application.Page;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A lazy, paged list of applications for a p:dataTable: each page is one call of the service. */
public class ApplicationRows extends LazyDataModel<ApplicationRow> {

    private static final long serialVersionUID = 1L;

    /** One page of the service's list, counting from 0. */
    @FunctionalInterface
    public interface Loader extends Serializable {
        Page<Summary> page(int page, int size);
    }

    private final Loader loader;

    public ApplicationRows(Loader loader) {
        this.loader = loader;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) loader.page(0, 1).total();
    }

    @Override
    public List<ApplicationRow> load(
            int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        Page<Summary> page = loader.page(first / pageSize, pageSize);
        setRowCount((int) page.total());
        return page.items().stream().map(ApplicationRow::of).toList();
    }

    @Override
    public String getRowKey(ApplicationRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public ApplicationRow getRowData(String rowKey) {
        return getWrappedData() == null
                ? null
                : getWrappedData().stream()
                        .filter(r -> String.valueOf(r.id()).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
