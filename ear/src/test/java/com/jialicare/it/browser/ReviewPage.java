package com.jialicare.it.browser;

import static com.jialicare.it.browser.PrimeFacesWaits.ajax;
import static com.jialicare.it.browser.PrimeFacesWaits.click;
import static com.jialicare.it.browser.PrimeFacesWaits.visible;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** One application under review: header, steps in dialogs, lines with the facts behind each. */
public class ReviewPage {

    private final WebDriver driver;

    ReviewPage(WebDriver driver) {
        this.driver = driver;
        visible(driver, By.id("review:state"));
        ajax(driver);
    }

    public static ReviewPage open(WebDriver driver, String base, long id) {
        driver.get(base + "app/audit/application.xhtml?id=" + id);
        return new ReviewPage(driver);
    }

    public String state() {
        return driver.findElement(By.id("review:state")).getText();
    }

    public String notice() {
        return driver.findElement(By.id("review:notice")).getText();
    }

    public ReviewPage approve(String comment, String expectedState) {
        click(driver, By.id("review:approve"));
        visible(driver, By.id("approveForm:comment")).sendKeys(comment);
        click(driver, By.id("approveForm:confirm"));
        PrimeFacesWaits.text(driver, By.id("review:state"), expectedState);
        return this;
    }

    /** Returns the application with a reason and waits for the state's words ({@code 已退回} or {@code Returned}). */
    public ReviewPage returnWith(String reason, String returnedWords) {
        click(driver, By.id("review:return"));
        visible(driver, By.id("returnForm:reason")).sendKeys(reason);
        click(driver, By.id("returnForm:confirm"));
        PrimeFacesWaits.text(driver, By.id("review:state"), returnedWords);
        return this;
    }

    /**
     * Opens a step's dialog ({@code approve}, {@code return} or {@code startNotice}, whose form is {@code form})
     * and answers what it names (application, home, period, total), leaving it open.
     */
    public String openStep(String button, String form, String what) {
        click(driver, By.id("review:" + button));
        PrimeFacesWaits.ajax(driver);
        return visible(driver, By.id(form + ":" + what)).getText();
    }

    /** The buttons of an open step's dialog, in their order on the screen (left to right). */
    public java.util.List<org.openqa.selenium.WebElement> stepButtons(String form) {
        return driver.findElements(By.cssSelector("[id='" + form + "'] .jiali-dialog-buttons button")).stream()
                .filter(org.openqa.selenium.WebElement::isDisplayed)
                .sorted(java.util.Comparator.comparingInt(b -> b.getLocation().getX()))
                .toList();
    }

    /** The latest return's reason at the top, or "" when none is shown. */
    public String returnReason() {
        var found = driver.findElements(By.id("review:returnReason"));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    /** The "changes since revision N-1" panel's title and totals, or "" when there is no panel. */
    public String changesSummary() {
        var found = driver.findElements(By.id("review:changes"));
        return found.isEmpty()
                ? ""
                : driver.findElement(By.id("review:changesTitle")).getText() + " | "
                        + driver.findElement(By.id("review:changesTotals")).getText();
    }

    /** The rows of the changes panel, each "kind | line | difference". */
    public java.util.List<String> changes() {
        return driver.findElements(By.cssSelector("#review\\:changeRows_data tr")).stream()
                .filter(tr -> !tr.findElements(By.cssSelector("span[id$=':changeKind']"))
                        .isEmpty())
                .map(tr -> tr.findElement(By.cssSelector("span[id$=':changeKind']"))
                                .getText() + " | "
                        + tr.findElement(By.cssSelector("span[id$=':changeLabel']"))
                                .getText() + " | "
                        + tr.findElement(By.cssSelector("span[id$=':changeDifference']"))
                                .getText())
                .toList();
    }

    /** Starts the public notice on {@code from} (yyyy-MM-dd). */
    public ReviewPage startNotice(String from) {
        click(driver, By.id("review:startNotice"));
        visible(driver, By.id("noticeForm:from_input"));
        PrimeFacesWaits.type(driver, By.id("noticeForm:from_input"), from);
        click(driver, By.id("noticeForm:confirm"));
        PrimeFacesWaits.text(driver, By.id("review:state"), "公示中");
        return this;
    }

    /** Whether the page offers the step whose button has this id (approve, return, startNotice, pay). */
    public boolean offers(String button) {
        return !driver.findElements(By.id("review:" + button)).isEmpty();
    }

    /** Opens the notice dialog, enters {@code from} and answers the warning shown for a first day in the past. */
    public String noticeWarning(String from) {
        click(driver, By.id("review:startNotice"));
        visible(driver, By.id("noticeForm:from_input"));
        PrimeFacesWaits.type(driver, By.id("noticeForm:from_input"), from);
        driver.findElement(By.id("noticeForm:from_input")).sendKeys(org.openqa.selenium.Keys.TAB);
        return visible(driver, By.id("noticeForm:pastWarningText")).getText();
    }

    /** Confirms the notice dialog already filled in, and waits for the state's words. */
    public ReviewPage confirmNotice(String expectedState) {
        click(driver, By.id("noticeForm:confirm"));
        PrimeFacesWaits.text(driver, By.id("review:state"), expectedState);
        return this;
    }

    /** What the payment dialog says is paid to whom, read with the dialog open, then closed. */
    public String paymentDialogText() {
        click(driver, By.id("review:pay"));
        String text = visible(driver, By.id("paymentForm:payee")).getText();
        driver.findElement(By.cssSelector("#paymentDlg .ui-dialog-titlebar-close"))
                .click();
        PrimeFacesWaits.invisible(driver, By.id("paymentDlg"));
        return text;
    }

    /** Switches the page to English (a full reload) and waits for the state to read {@code expectedState}. */
    public ReviewPage inEnglish(String expectedState) {
        driver.findElement(By.id("topbar:lang-en")).click();
        PrimeFacesWaits.text(driver, By.id("review:state"), expectedState);
        return new ReviewPage(driver);
    }

    /** Switches the page back to Chinese. */
    public ReviewPage inChinese(String expectedState) {
        driver.findElement(By.id("topbar:lang-zh")).click();
        PrimeFacesWaits.text(driver, By.id("review:state"), expectedState);
        return new ReviewPage(driver);
    }

    /** Records the payment with the amount the dialog proposes (the approved total). */
    public ReviewPage pay(String voucher) {
        click(driver, By.id("review:pay"));
        visible(driver, By.id("paymentForm:voucher")).sendKeys(voucher);
        click(driver, By.id("paymentForm:confirm"));
        PrimeFacesWaits.text(driver, By.id("review:state"), "已拨付");
        return this;
    }

    /** The amount the payment dialog proposes, as shown. */
    public String proposedPayment() {
        click(driver, By.id("review:pay"));
        String amount = visible(driver, By.id("paymentForm:amount_input")).getAttribute("value");
        driver.findElement(By.cssSelector("#paymentDlg .ui-dialog-titlebar-close"))
                .click();
        PrimeFacesWaits.invisible(driver, By.id("paymentDlg"));
        return amount;
    }

    /** Opens the facts behind the line in row {@code row} (0 = first of the page shown). */
    public String facts(int row) {
        click(driver, By.id("review:lines:table:" + row + ":facts"));
        return visible(driver, By.id("factsForm:facts")).getText();
    }

    public String factsField(String id) {
        return driver.findElement(By.id("factsForm:" + id)).getText();
    }

    public void closeFacts() {
        click(driver, By.cssSelector("#factsDlg .ui-dialog-titlebar-close"));
        PrimeFacesWaits.invisible(driver, By.id("factsDlg"));
    }

    /** The training clock's banner, or "" when the date is the real one. */
    public String trainingClock() {
        var banner = driver.findElements(By.id("training-clock"));
        return banner.isEmpty() ? "" : banner.get(0).getText();
    }

    /** Ticks every objection still to decide and upholds or dismisses them together. */
    public ReviewPage decideAllObjections(boolean uphold, String comment) {
        for (var box :
                driver.findElements(By.cssSelector("#review\\:objections_data input[type=checkbox][id$=':tick']"))) {
            box.click();
        }
        click(driver, By.id(uphold ? "review:upholdSelected" : "review:dismissSelected"));
        visible(driver, By.id("decisionForm:comment")).sendKeys(comment);
        click(driver, By.id("decisionForm:confirm"));
        PrimeFacesWaits.invisible(driver, By.id("decisionDlg"));
        ajax(driver);
        return this;
    }

    /** The decision column of the objections, top to bottom. */
    public java.util.List<String> objectionDecisions() {
        return driver.findElements(By.cssSelector("#review\\:objections_data td span[id$=':decision']")).stream()
                .map(e -> e.getText())
                .toList();
    }

    public String growl() {
        return PrimeFacesWaits.growl(driver);
    }
}
