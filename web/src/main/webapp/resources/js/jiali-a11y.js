/*
 * Accessibility fixes of PrimeFaces widgets (issue #16, item 11), once for every page (layout.xhtml loads this
 * after PrimeFaces' scripts, before the page's widgets are created). Each fix extends the widget, so it holds for
 * every instance and after every ajax update:
 *  - p:selectOneButton: its buttons have role="radio" but no aria-checked (axe: aria-required-attr);
 *  - p:datePicker: the icon-only trigger shows the text "ui-button" (hidden), not its aria-label "Choose Date"
 *    (axe: label-content-name-mismatch): the hidden text becomes the label;
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
    PATCHES.DatePicker = {
        init: function (cfg) { this._super(cfg); iconOnlyNames(this.jq); }
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

    // widgets whose script comes later (e.g. with a dialog's ajax update), and markup rendered by the server
    function sweep() {
        fileInputs(document);
        iconOnlyNames(document);
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
