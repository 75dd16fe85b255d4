package com.jialicare.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The bed board: a tile per bed, coloured by status; clicking one opens the bed's dialog. */
public class BedBoardPage extends AppPage<BedBoardPage> {

    private static final By DIALOG = By.id("bed-dialog");

    BedBoardPage(WebDriver driver) {
        super(driver);
        PrimeFacesWaits.visible(driver, By.id("board-form:board"));
    }

    @Override
    protected BedBoardPage self() {
        return this;
    }

    private static By tile(String code) {
        return By.cssSelector("a.jiali-bed[data-bed='" + code + "']");
    }

    /** VACANT, OCCUPIED, RETIRED or NOT_COMMISSIONED. */
    public String status(String code) {
        return driver.findElement(tile(code)).getAttribute("data-status");
    }

    public String tileText(String code) {
        return driver.findElement(tile(code)).getText();
    }

    public List<String> bedCodes() {
        return driver.findElements(By.cssSelector("a.jiali-bed")).stream()
                .map(e -> e.getAttribute("data-bed"))
                .toList();
    }

    /** Waits until the bed's tile shows that status (the board is redrawn after each change). */
    public BedBoardPage waitForStatus(String code, String status) {
        PrimeFacesWaits.until(driver)
                .until(d -> status.equals(d.findElement(tile(code)).getAttribute("data-status")));
        return this;
    }

    /** Clicks a bed's tile and waits for its dialog. */
    public BedBoardPage click(String code) {
        driver.findElement(tile(code)).click();
        PrimeFacesWaits.ajax(driver);
        PrimeFacesWaits.visible(driver, DIALOG);
        PrimeFacesWaits.until(driver)
                .until(d -> code.equals(d.findElement(By.id("selected-bed")).getText()));
        return this;
    }

    /** In the open dialog of a vacant bed: picks the resident through the autocomplete, then admits. */
    public BedBoardPage admit(String residentQuery, String residentName) {
        WebElement input = PrimeFacesWaits.visible(driver, By.id("admit-form:resident_input"));
        input.sendKeys(residentQuery);
        By suggestion = By.cssSelector("[id='admit-form:resident_panel'] li.ui-autocomplete-item");
        // The picker shows the answer that arrives last; on a loaded machine an earlier, slower query (a
        // shorter term typed a moment before) can arrive after the one for the whole term. Typing the last
        // character again asks once more, as a user would; the answer for the whole term must then list them.
        for (int attempt = 1; driver.findElements(suggestion).stream().noneMatch(WebElement::isDisplayed); attempt++) {
            try {
                PrimeFacesWaits.until(driver, java.time.Duration.ofSeconds(10))
                        .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                                suggestion));
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
                input.sendKeys(Keys.BACK_SPACE, residentQuery.substring(residentQuery.length() - 1));
            }
        }
        driver.findElements(By.cssSelector("[id='admit-form:resident_panel'] li.ui-autocomplete-item")).stream()
                .filter(li -> li.getText().contains(residentName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no suggestion for " + residentName))
                .click();
        PrimeFacesWaits.ajax(driver);
        driver.findElement(By.id("admit-form:admit")).click();
        PrimeFacesWaits.ajax(driver);
        return this;
    }

    /**
     * In the open dialog of a vacant bed: what the resident picker answers to a query (the text of its panel:
     * the suggestions, or its message that nothing matches); the query is cleared again.
     */
    public String suggestionsFor(String residentQuery) {
        By panel = By.id("admit-form:resident_panel");
        WebElement input = PrimeFacesWaits.visible(driver, By.id("admit-form:resident_input"));
        input.sendKeys(residentQuery);
        PrimeFacesWaits.visible(driver, panel);
        // On a busy machine the keys go slower than the picker's query delay: the panel may first show the answer to
        // the part typed so far. Read it once no request is running and the text has stayed the same for one poll.
        String[] last = {null};
        String text = PrimeFacesWaits.until(driver).until(d -> {
            PrimeFacesWaits.ajax(d);
            String now = d.findElement(panel).getText();
            boolean stable = now.equals(last[0]);
            last[0] = now;
            return stable ? now : null;
        });
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        PrimeFacesWaits.ajax(driver);
        // an answer arriving after the field was emptied may open the panel again: close it as a click elsewhere would
        if (!driver.findElements(panel).isEmpty() && driver.findElement(panel).isDisplayed()) {
            ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("PrimeFaces.getWidgetById('admit-form:resident').hide();");
        }
        PrimeFacesWaits.invisible(driver, panel);
        return text;
    }

    /** In the open dialog of an occupied bed: moves the resident to a vacant bed on the day shown. */
    public BedBoardPage transferTo(String code) {
        choose("transfer-form:to-bed", code);
        driver.findElement(By.id("transfer-form:transfer")).click();
        PrimeFacesWaits.ajax(driver);
        return this;
    }

    /** The board's day (yyyy-MM-dd), as its picker shows it. */
    public String day() {
        return driver.findElement(By.id("board-form:day_input")).getAttribute("value");
    }

    /**
     * In the open dialog of an occupied bed: discharges on the day shown on the board, for that reason, confirming
     * (the discharge day is never prefilled: it is written into the picker's input).
     */
    public BedBoardPage discharge(String reasonLabel) {
        String question = askDischarge(day(), reasonLabel);
        if (question == null) {
            throw new AssertionError("no confirmation: " + fieldErrors("discharge-form"));
        }
        ConfirmDialog.yes(driver);
        return this;
    }

    /**
     * In the open dialog of an occupied bed: writes the day (or nothing) and picks the reason (or none), then asks
     * to discharge: answers the confirmation's question, or null when none opened (the form was refused).
     */
    public String askDischarge(String day, String reasonLabel) {
        if (day != null) {
            setDay("discharge-form:discharge-on_input", day);
        }
        if (reasonLabel != null) {
            choose("discharge-form:reason", reasonLabel);
        }
        driver.findElement(By.id("discharge-form:discharge")).click();
        PrimeFacesWaits.ajax(driver);
        return ConfirmDialog.open(driver) ? ConfirmDialog.question(driver) : null;
    }

    /** The errors shown in a form of the bed dialog, one a line. */
    public String fieldErrors(String form) {
        return String.join(
                "\n",
                driver
                        .findElements(By.cssSelector("#" + form + " .ui-message-error, #" + form + " .ui-state-error"))
                        .stream()
                        .filter(WebElement::isDisplayed)
                        .map(WebElement::getText)
                        .filter(t -> !t.isBlank())
                        .toList());
    }

    /** The discharge day's input, as the form shows it (empty: not prefilled). */
    public String dischargeDay() {
        return driver.findElement(By.id("discharge-form:discharge-on_input")).getAttribute("value");
    }

    /** The retirement day's input, as the form shows it (empty: not prefilled). */
    public String retireDay() {
        return driver.findElement(By.id("retire-form:retired-on_input")).getAttribute("value");
    }

    /** In the open dialog of a vacant bed: takes it out of service from the board's day, confirming. */
    public BedBoardPage retire() {
        if (askRetire(day()) == null) {
            throw new AssertionError("no confirmation: " + fieldErrors("retire-form"));
        }
        ConfirmDialog.yes(driver);
        return this;
    }

    /** In the open dialog of a vacant bed: writes the day and asks to retire; answers the question, or null. */
    public String askRetire(String day) {
        setDay("retire-form:retired-on_input", day);
        driver.findElement(By.id("retire-form:retire")).click();
        PrimeFacesWaits.ajax(driver);
        return ConfirmDialog.open(driver) ? ConfirmDialog.question(driver) : null;
    }

    private void setDay(String input, String day) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", input, day);
    }

    /**
     * In the open dialog of a retired bed: back in service from {@code day} (yyyy-MM-dd, written into the picker's
     * input). Answers the refusal shown beside the day, or null once the dialog has closed.
     */
    public String returnToService(String day) {
        String input = "return-form:returned-on_input";
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", input, day);
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].click()", driver.findElement(By.id("return-form:return")));
        PrimeFacesWaits.ajax(driver);
        var errors = driver.findElements(By.cssSelector("#return-form .ui-message-error")).stream()
                .filter(e -> e.isDisplayed())
                .toList();
        if (!errors.isEmpty()) {
            return errors.get(0).getText();
        }
        waitForDialogClosed();
        return null;
    }

    /** In the open dialog of an occupied bed: follows the link to the occupant's record. */
    public ResidentPage openOccupant() {
        driver.findElement(By.id("occupant-link")).click();
        return new ResidentPage(driver);
    }

    public BedBoardPage closeDialog() {
        driver.findElement(By.cssSelector("#bed-dialog .ui-dialog-titlebar-close"))
                .click();
        return waitForDialogClosed();
    }

    public boolean dialogOpen() {
        return driver.findElement(DIALOG).isDisplayed();
    }

    public BedBoardPage waitForDialogClosed() {
        PrimeFacesWaits.invisible(driver, DIALOG);
        return this;
    }

    /** Opens "add bed" (unless it is open, e.g. after a refusal), fills it in and saves. */
    public BedBoardPage addBed(String room, String code) {
        if (!addBedDialogOpen()) {
            driver.findElement(By.id("board-form:add-bed")).click();
            PrimeFacesWaits.ajax(driver);
            PrimeFacesWaits.visible(driver, By.id("add-bed-dialog"));
        }
        WebElement roomInput = driver.findElement(By.id("add-bed-form:room"));
        roomInput.clear();
        roomInput.sendKeys(room);
        WebElement codeInput = driver.findElement(By.id("add-bed-form:code"));
        codeInput.clear();
        codeInput.sendKeys(code, Keys.TAB);
        driver.findElement(By.id("add-bed-form:save")).click();
        PrimeFacesWaits.ajax(driver);
        return this;
    }

    public BedBoardPage waitForAddBedClosed() {
        PrimeFacesWaits.invisible(driver, By.id("add-bed-dialog"));
        PrimeFacesWaits.ajax(driver);
        return this;
    }

    public boolean addBedDialogOpen() {
        return driver.findElement(By.id("add-bed-dialog")).isDisplayed();
    }

    // ---------------------------------------------------------------- the board of a large home (issue #16)

    /** The floors drawn, as "building/floor", top to bottom. */
    public List<String> floors() {
        return driver.findElements(By.cssSelector("section.jiali-floor")).stream()
                .map(e -> e.getAttribute("data-building") + "/" + e.getAttribute("data-floor"))
                .toList();
    }

    /** Where the bed's tile is drawn: "building/floor/room" of the floor section and room group around it. */
    public String placeOf(String code) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "var t = document.querySelector(\"a.jiali-bed[data-bed='\" + arguments[0] + \"']\");"
                                + "var f = t.closest('section.jiali-floor'); var r = t.closest('.jiali-room');"
                                + "return f.dataset.building + '/' + f.dataset.floor + '/' + r.dataset.room;",
                        code);
    }

    /** The statuses of the tiles drawn, one per tile. */
    public List<String> statuses() {
        return driver.findElements(By.cssSelector("a.jiali-bed")).stream()
                .map(e -> e.getAttribute("data-status"))
                .toList();
    }

    /** "Showing n of m beds" and, while searching, how many were found. */
    public String shown() {
        return driver.findElement(By.id("board-form:shown")).getText();
    }

    public BedBoardPage toggleVacantOnly() {
        PrimeFacesWaits.click(driver, By.cssSelector("[id='board-form:vacant-only'] .ui-chkbox-box"));
        return this;
    }

    public BedBoardPage filterStatus(String label) {
        PrimeFacesWaits.select(driver, "board-form:status-filter", label);
        return this;
    }

    public BedBoardPage filterCareLevel(String label) {
        PrimeFacesWaits.select(driver, "board-form:level-filter", label);
        return this;
    }

    public BedBoardPage filterSex(String label) {
        PrimeFacesWaits.select(driver, "board-form:sex-filter", label);
        return this;
    }

    /** Types into the find box and waits until the board has answered (the count of beds found shows). */
    public BedBoardPage find(String text) {
        WebElement input = PrimeFacesWaits.visible(driver, By.id("board-form:find"));
        WebElement before = driver.findElement(By.id("board-form:shown"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        // the request leaves after a pause in typing; the counts are redrawn when it has answered
        PrimeFacesWaits.until(driver).until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before));
        PrimeFacesWaits.ajax(driver);
        PrimeFacesWaits.until(driver)
                .until(d -> !d.findElements(By.id("board-form:found-count")).isEmpty());
        return this;
    }

    /** The beds highlighted by the find box (tiles in the grid, rows in the list). */
    public List<String> highlighted() {
        return driver.findElements(By.cssSelector("[data-found='true']")).stream()
                .map(e -> e.getAttribute("data-bed"))
                .toList();
    }

    /** Switches between the grid and the list by the button's label. */
    public BedBoardPage view(String label) {
        driver.findElements(By.cssSelector("[id='board-form:view'] .ui-button")).stream()
                .filter(b -> b.getText().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no view button " + label))
                .click();
        PrimeFacesWaits.ajax(driver);
        return this;
    }

    /** The list view's rows: each row's cells joined by " | ", by bed code. */
    public java.util.Map<String, String> listRows() {
        java.util.Map<String, String> rows = new java.util.LinkedHashMap<>();
        for (WebElement tr : driver.findElements(By.cssSelector("#bed-list tbody tr"))) {
            rows.put(
                    tr.getAttribute("data-bed"),
                    String.join(
                            " | ",
                            tr.findElements(By.tagName("td")).stream()
                                    .map(WebElement::getText)
                                    .toList()));
        }
        return rows;
    }

    /** document.documentElement.scrollHeight and window.innerHeight, in CSS pixels. */
    public long[] pageAndScreenHeight() {
        Object r = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "return [Math.max(document.body.scrollHeight, document.documentElement.scrollHeight), window.innerHeight];");
        List<?> l = (List<?>) r;
        return new long[] {((Number) l.get(0)).longValue(), ((Number) l.get(1)).longValue()};
    }

    /** The tiles with some text reaching past their right or bottom edge (cut off, as tiles hide overflow). */
    public List<String> overflowing() {
        @SuppressWarnings("unchecked")
        List<String> codes = (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("var out = [];"
                        + "document.querySelectorAll('a.jiali-bed').forEach(function (t) {"
                        + "  var box = t.getBoundingClientRect();"
                        + "  t.querySelectorAll('.code, .sex, .level, .status, .since, .jiali-badge').forEach(function (e) {"
                        + "    var r = e.getBoundingClientRect();"
                        + "    if (r.right > box.right - 1 || r.bottom > box.bottom - 1) out.push(t.dataset.bed + ' ' + e.className);"
                        + "  });"
                        + "});"
                        + "return out;");
        return codes;
    }

    // --- money over time: the construction hold period (#15 item 4) ---

    /**
     * In the open dialog: the text of the bed's construction subsidy section (opened if folded), whitespace
     * collapsed. Read as the page's text content: the dialog scrolls, and what is scrolled out of it is still there.
     */
    public String subsidyText() {
        WebElement section = driver.findElement(By.id("bed-subsidy"));
        if (!section.findElements(By.cssSelector(".ui-fieldset-content")).isEmpty()
                && !section.findElement(By.cssSelector(".ui-fieldset-content")).isDisplayed()) {
            section.findElement(By.cssSelector(".ui-fieldset-legend")).click();
            PrimeFacesWaits.until(driver)
                    .until(d -> d.findElement(By.cssSelector("#bed-subsidy .ui-fieldset-content"))
                            .isDisplayed());
        }
        return section.getAttribute("textContent").replaceAll("\\s+", " ").strip();
    }
}
