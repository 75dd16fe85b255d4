/*
 * The one confirmation of the pages (issue #16 item 5; /WEB-INF/includes/confirm-dialog.xhtml, Confirmation.java).
 * A confirmed action's visible button runs a check on the server; only when the form is valid does the server
 * answer args.confirm, and the dialog opens with the question it wrote. Confirming clicks the hidden button
 * "<id>-confirmed" beside the visible one, which runs the action; Cancel changes nothing.
 */
var JialiConfirm = {
    target: null,
    after: function (args, sourceId) {
        if (args && args.confirm && !args.validationFailed) {
            JialiConfirm.target = sourceId + '-confirmed';
            PF('jialiConfirm').show();
            // the safe answer has the focus: Enter never confirms by accident
            setTimeout(function () {
                var no = document.getElementById('jiali-confirm-no');
                if (no) { no.focus(); }
            }, 50);
        }
    },
    yes: function () {
        var target = JialiConfirm.target ? document.getElementById(JialiConfirm.target) : null;
        JialiConfirm.target = null;
        PF('jialiConfirm').hide();
        if (target) { target.click(); }
    },
    no: function () {
        JialiConfirm.target = null;
        PF('jialiConfirm').hide();
    }
};
