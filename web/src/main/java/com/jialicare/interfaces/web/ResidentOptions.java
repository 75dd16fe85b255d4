package com.jialicare.interfaces.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The suggestions a view's resident picker has offered, and the converter between them and their ids.
 * Only an offered suggestion converts back: a forged id in the request becomes "nothing chosen", and the
 * service decides anyway whether the caller may use that resident.
 */
public class ResidentOptions implements Converter<ResidentOption>, Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_REMEMBERED = 500;

    private final Map<Long, ResidentOption> offered = new HashMap<>();

    /** Remembers the suggestions and returns them. */
    public List<ResidentOption> offer(List<ResidentOption> options) {
        if (offered.size() > MAX_REMEMBERED) {
            offered.clear();
        }
        options.forEach(o -> offered.put(o.id(), o));
        return options;
    }

    @Override
    public ResidentOption getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return offered.get(Long.valueOf(value.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ResidentOption value) {
        return value == null ? "" : String.valueOf(value.id());
    }
}
