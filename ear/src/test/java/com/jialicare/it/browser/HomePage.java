package com.jialicare.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Any start page after login: its heading and the user shown in the top bar. */
public class HomePage {

    private final WebDriver driver;

    HomePage(WebDriver driver) {
        this.driver = driver;
    }

    public String heading() {
        return driver.findElement(By.id("page-title")).getText();
    }

    public String currentUser() {
        return driver.findElement(By.id("current-user")).getText();
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }
}
