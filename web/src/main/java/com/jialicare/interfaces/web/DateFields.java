package com.jialicare.interfaces.web;

import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.component.datepicker.DatePicker;

/**
 * Gives every p:datePicker of every page the strict {@link DateFieldConverter} when the page sets no converter
 * (registered in faces-config.xml for {@code PostAddToViewEvent}): one place, not forty attributes.
 */
public class DateFields implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof DatePicker;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        DatePicker picker = (DatePicker) event.getSource();
        if (picker.getConverter() == null) {
            picker.setConverter(new DateFieldConverter());
        }
    }
}
