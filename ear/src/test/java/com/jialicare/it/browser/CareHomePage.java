package com.jialicare.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The care-home administrator's start page: the home at a glance. */
public class CareHomePage extends AppPage<CareHomePage> {

    CareHomePage(WebDriver driver) {
        super(driver);
    }

    @Override
    protected CareHomePage self() {
        return this;
    }

    public String homeName() {
        return text("home-name");
    }

    /** The home's county, as its name. */
    public String county() {
        return text("home-county");
    }

    public int bedsInService() {
        return Integer.parseInt(text("beds-in-service"));
    }

    public int occupied() {
        return Integer.parseInt(text("beds-occupied"));
    }

    public int vacant() {
        return Integer.parseInt(text("beds-vacant"));
    }

    public String occupancy() {
        return text("occupancy");
    }

    public String anniversaries() {
        return text("anniversary-table");
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText().trim();
    }

    /**
     * One of the home's figures of the year (RULES.md §8.8): {@code applied}, {@code approved}, {@code paid}, {@code
     * recovery} or {@code backPay}, as shown (e.g. "¥480.00").
     */
    public String money(String figure) {
        return text("money:" + figure);
    }

    /** The panel of the home's figures: its title, the labels and the words under them. */
    public String moneyPanel() {
        return text("money:moneyPanel");
    }

    /** Chooses the year of the home's figures. */
    public CareHomePage moneyYear(int year) {
        choose("money:year", String.valueOf(year));
        PrimeFacesWaits.ajax(driver);
        return this;
    }
}
