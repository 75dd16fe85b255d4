package com.jialicare.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The registry's residents (/app/registry/residents.xhtml): auditors and the administrator find a resident. */
public class RegistryResidentsPage extends AppPage<RegistryResidentsPage> {

    RegistryResidentsPage(WebDriver driver) {
        super(driver);
        PrimeFacesWaits.visible(driver, By.id("residents-form:residents"));
    }

    @Override
    protected RegistryResidentsPage self() {
        return this;
    }

    /** From any page of the administrator or an auditor: the navigation's "residents". */
    static RegistryResidentsPage openFromNavigation(WebDriver driver) {
        PrimeFacesWaits.click(driver, By.id("nav-registry-residents"));
        return new RegistryResidentsPage(driver);
    }

    /** Types the search term and waits until every listed name contains it (or none is listed). */
    public RegistryResidentsPage search(String text) {
        PrimeFacesWaits.type(driver, By.id("residents-form:query"), text);
        PrimeFacesWaits.until(driver).until(d -> {
            List<String> names = names();
            return names.stream().allMatch(n -> n.contains(text));
        });
        return this;
    }

    /** The residents' names as listed. */
    public List<String> names() {
        PrimeFacesWaits.ajax(driver);
        return driver.findElements(By.cssSelector("[id='residents-form:residents'] a.resident-name")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The listed rows' texts (the ID number masked). */
    public List<String> rows() {
        PrimeFacesWaits.ajax(driver);
        return driver.findElements(By.cssSelector("[id='residents-form:residents_data'] tr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public RegistryResidentPage open(String name) {
        PrimeFacesWaits.click(driver, By.linkText(name));
        return new RegistryResidentPage(driver);
    }
}
