/*
 * Accessibility fixes of PrimeFaces widgets (issue #16, item 11), once for every page (layout.xhtml loads this
 * after PrimeFaces' scripts, before the page's widgets are created). Each fix extends the widget, so it holds for
 * every instance and after every ajax update:
 *  - p:selectOneButton: its buttons have role="radio" but no aria-checked (axe: aria-required-attr);
 *  - p:datePicker: the icon-only trigger shows the text "ui-button" (hidden), not its aria-label "Choose Date"
 *    (axe: label-content-name-mismatch): the hidden text becomes the label; and it behaves as a form field
 *    (keeps typed text, opens from its button, Esc closes only the calendar: see PATCHES.DatePicker);
 *  - a field's error (p:message) is tied to its field: aria-invalid and aria-describedby (see describe);
 *  - p:panel toggleable: the toggler link has no name until first toggled (axe: link-name), and a focusable
 *    title bar around it nests two controls (axe: nested-interactive): the toggler alone is the control;
 *  - p:fileUpload (simple, skinned): the real file input is aria-hidden but stays in the tab order
 *    (axe: aria-hidden-focus); the visible "choose" label is the control.
 */
(function () {
    'use strict';
    if (!window.PrimeFaces || !PrimeFaces.widget) {
        return;
    }
    var W = PrimeFaces.widget;
    /** The extensions, by widget class; applied as soon as the class is there (see patch below). */
    var PATCHES = {};

    function checked(widget) {
        if (widget.buttons) {
            widget.buttons.each(function () {
                this.setAttribute('aria-checked', $(this).hasClass('ui-state-active') ? 'true' : 'false');
            });
        }
    }
    PATCHES.SelectOneButton = {
        init: function (cfg) { this._super(cfg); checked(this); },
        select: function (b) { this._super(b); checked(this); },
        unselect: function (b) { this._super(b); checked(this); }
    };

    function iconOnlyNames(root) {
        $(root).find('.ui-button-icon-only[aria-label]').each(function () {
            $(this).children('.ui-button-text').text(this.getAttribute('aria-label'));
        });
    }
    // p:datePicker as a form field (issue #16 item 5), for every date field of every page:
    //  - what was typed stays in the field, also when it is no date (2025-02-30): PrimeFaces would silently put
    //    back the last valid date; the server's converter (DateFieldConverter) then says what is wrong, next to it;
    //  - a field with a calendar button opens its calendar only from the button (or the Down key), not on
    //    focus, and choosing a day closes it (the focus back in the field): tabbing or clicking through a form
    //    never leaves a calendar open over the form's buttons;
    //  - Esc in the field (or on its button) closes the open calendar and nothing else: it never reaches the
    //    dialog around it, which would close and lose what was typed.
    function pickerOpen(widget) {
        var picker = widget.jq.data('primeDatePicker');
        return !!(picker && picker.isPanelVisible && picker.isPanelVisible());
    }
    PATCHES.DatePicker = {
        init: function (cfg) {
            cfg.keepInvalid = true;
            if (!cfg.inline) {
                cfg.focusOnSelect = true; // a day chosen closes the calendar (else it stays over the form's buttons)
            }
            if (cfg.showIcon && !cfg.inline) {
                cfg.showOnFocus = false;
            }
            this._super(cfg);
            iconOnlyNames(this.jq);
            var widget = this;
            this.jq.off('keydown.jiali').on('keydown.jiali', function (e) {
                if (e.key === 'Escape') {
                    e.stopPropagation();
                    if (pickerOpen(widget)) {
                        e.preventDefault();
                        widget.hide();
                        if (pickerOpen(widget)) { // still opening: PrimeFaces hides it only once it has opened
                            setTimeout(function () { widget.hide(); }, 300);
                        }
                    }
                }
            });
        }
    };

    function toggler(panel) {
        var link = panel.toggler || panel.header.find('.ui-panel-titlebar-icon').first();
        if (!link || link.length === 0) {
            return;
        }
        var expanded = !panel.cfg.collapsed;
        link.attr('role', 'button')
            .attr('aria-expanded', String(expanded))
            .attr('aria-label', (panel.title ? panel.title.text() : '').trim() || link.attr('title') || 'toggle');
        panel.header.removeAttr('tabindex').removeAttr('role').removeAttr('aria-expanded');
    }
    PATCHES.Panel = {
        init: function (cfg) { this._super(cfg); if (this.cfg.toggleable) { toggler(this); } },
        expand: function () { this._super(); toggler(this); },
        collapse: function () { this._super(); toggler(this); }
    };

    function fileInputs(root) {
        $(root).find('input[type=file][aria-hidden=true]').attr('tabindex', '-1');
    }
    PATCHES.SimpleFileUpload = {
        init: function (cfg) { this._super(cfg); fileInputs(this.jq.parent()); }
    };
    // a widget class may be defined by a script loaded after this one (components.js, datepicker.js, or with an
    // ajax update): extend each class once, just before PrimeFaces creates the first widget after it appeared
    function patch() {
        Object.keys(PATCHES).forEach(function (name) {
            if (W[name] && !W[name].jialiA11y) {
                W[name] = W[name].extend(PATCHES[name]);
                W[name].jialiA11y = true;
            }
        });
    }
    var createWidget = PrimeFaces.createWidget;
    PrimeFaces.createWidget = function () {
        patch();
        return createWidget.apply(this, arguments);
    };
    patch();

    // a field's error message (p:message, right after the field in the page) describes that field for screen
    // readers: the control gets aria-describedby (and aria-invalid) while the message shows an error
    function describe(root) {
        $(root).find('.ui-message[id]').each(function () {
            var message = $(this);
            var field = message.prevAll().filter(function () {
                return $(this).is('input, textarea, select') || $(this).find('input, textarea').length > 0;
            }).first();
            var control = field.find('[role=combobox], input:not([type=hidden]):not([aria-hidden=true]), textarea')
                .addBack('input:not([type=hidden]), textarea').first();
            if (control.length === 0) {
                return;
            }
            var ids = (control.attr('aria-describedby') || '').split(/\s+/).filter(function (id) {
                return id && id !== message.attr('id');
            });
            var error = message.hasClass('ui-message-error') && message.text().trim().length > 0;
            if (error) {
                ids.push(message.attr('id'));
                control.attr('aria-invalid', 'true');
            }
            if (ids.length > 0) {
                control.attr('aria-describedby', ids.join(' '));
            } else {
                control.removeAttr('aria-describedby');
            }
        });
    }

    // widgets whose script comes later (e.g. with a dialog's ajax update), and markup rendered by the server
    function sweep() {
        fileInputs(document);
        iconOnlyNames(document);
        describe(document);
        $('.ui-panel').each(function () {
            var w = PrimeFaces.getWidgetById ? PrimeFaces.getWidgetById(this.id) : null;
            if (w && w.cfg && w.cfg.toggleable && w.header) {
                toggler(w);
            }
        });
        $('.ui-selectonebutton > .ui-button[role=radio]').each(function () {
            this.setAttribute('aria-checked', $(this).hasClass('ui-state-active') ? 'true' : 'false');
        });
    }
    $(function () { setTimeout(sweep, 0); });
    $(document).on('pfAjaxComplete', function () { setTimeout(sweep, 0); });
})();
