package com.jialicare.interfaces.web;

import org.primefaces.PrimeFaces;

/**
 * Tells the page how an ajax action ended. Dialogs close on {@code args.ok} only, so that a refused request
 * leaves the dialog open with what the user typed, beside the message that says why.
 */
public final class Ajax {

    private Ajax() {}

    /** The action did what was asked: the page may close its dialog. */
    public static void succeeded() {
        PrimeFaces.current().ajax().addCallbackParam("ok", true);
    }
}
