package com.jialicare.interfaces.web.notice;

import com.jialicare.application.ApplicationService;
import com.jialicare.application.ApplicationService.Details;
import com.jialicare.domain.model.application.ApplicationKind;
import com.jialicare.domain.model.application.FrozenLine;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.interfaces.shared.Masking;
import com.jialicare.interfaces.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The public notice (公示), open without login: the applications under notice today with residents' names
 * masked and no ID numbers (ApplicationService.notices), and a form to raise an objection; and the same
 * applications as a sheet to print and post on a wall (notice-print.xhtml).
 */
@Named
@ViewScoped
public class PublicNotice implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationService applications;

    /** One line as the public sees it: the bed, or the masked resident and the month, and the amount. */
    public record Line(String bedCode, String resident, YearMonth month, BigDecimal amount) implements Serializable {}

    /** One application under notice. */
    public record Notice(
            long applicationId,
            String homeName,
            String countyCode,
            ApplicationKind kind,
            LocalDate asOf,
            YearMonth from,
            YearMonth to,
            BigDecimal total,
            LocalDate noticeFrom,
            LocalDate noticeLastDay,
            List<Line> lines)
            implements Serializable {}

    private List<Notice> notices = List.of();
    /** The printable notice's {@code ?id=}: one application, or all under notice when absent. */
    private Long only;

    private Long objectTo;
    private String text;
    private String contact;

    @PostConstruct
    void init() {
        notices = applications.notices().stream().map(PublicNotice::notice).toList();
    }

    private static Notice notice(Details d) {
        var a = d.application();
        return new Notice(
                a.getId(),
                d.home().getName(),
                d.home().getCountyCode(),
                a.getKind(),
                a.getAsOf(),
                a.getFrom(),
                a.getTo(),
                a.getTotal(),
                a.getNoticeFrom(),
                a.getNoticeLastDay(),
                d.lines().stream().map(l -> line(l, d)).toList());
    }

    private static Line line(FrozenLine l, Details d) {
        return new Line(
                l.getBedCode(),
                l.getResidentId() == null
                        ? null
                        : Masking.name(d.residentNames().get(l.getResidentId())),
                l.getMonth() == null ? null : YearMonth.from(l.getMonth()),
                l.getAmount());
    }

    /** Opens the objection form for one application. */
    public void choose(Notice notice) {
        objectTo = notice.applicationId();
        text = null;
        contact = null;
    }

    public void object() {
        try {
            var receipt = applications.object(
                    objectTo,
                    text,
                    contact,
                    ((jakarta.servlet.http.HttpServletRequest) jakarta.faces.context.FacesContext.getCurrentInstance()
                                    .getExternalContext()
                                    .getRequest())
                            .getRemoteAddr());
            Messages.info(receipt.duplicate() ? "notice.objection.duplicate" : "notice.objection.recorded", objectTo);
            PrimeFaces.current().executeScript("PF('objectionDialog').hide()");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public List<Notice> getNotices() {
        return notices;
    }

    /** The notice page's search (the home's name or the application's number) and order, from its toolbar. */
    private String query = "";

    private String order = "noticeLastDay";

    /** The orders the notice page offers, each a key of {@code lists.notice.order.*}. */
    private static final java.util.Map<String, java.util.Comparator<Notice>> ORDERS = java.util.Map.of(
            "noticeLastDay", java.util.Comparator.comparing(Notice::noticeLastDay),
            "home", java.util.Comparator.comparing(Notice::homeName),
            "total", java.util.Comparator.comparing(Notice::total, java.util.Comparator.reverseOrder()),
            "number", java.util.Comparator.comparingLong(Notice::applicationId));

    /**
     * The notices the page lists: those the search finds, in the chosen order (then by number). Today's notices are
     * one small set the page reads whole for its objections, so they are searched and sorted here.
     */
    public List<Notice> getListed() {
        String q = query.strip().toLowerCase(java.util.Locale.ROOT);
        return notices.stream()
                .filter(n -> q.isEmpty()
                        || n.homeName().toLowerCase(java.util.Locale.ROOT).contains(q)
                        || String.valueOf(n.applicationId()).equals(q))
                .sorted(ORDERS.getOrDefault(order, ORDERS.get("noticeLastDay"))
                        .thenComparingLong(Notice::applicationId))
                .toList();
    }

    public List<String> getOrders() {
        return List.of("noticeLastDay", "home", "total", "number");
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null ? "" : query;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order != null && ORDERS.containsKey(order) ? order : "noticeLastDay";
    }

    /** What the printable notice shows: the application asked for, or every one under notice today. */
    public List<Notice> getShown() {
        return only == null
                ? notices
                : notices.stream().filter(n -> n.applicationId() == only).toList();
    }

    public Long getOnly() {
        return only;
    }

    public void setOnly(Long only) {
        this.only = only;
    }

    public Long getObjectTo() {
        return objectTo;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
