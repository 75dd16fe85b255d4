package com.jialicare.it.browser;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;

/** What a page shows when printed: Chromium emulates print media, so the stylesheet's {@code @media print} rules apply. */
public final class Printing {

    private Printing() {}

    /** Whether each element shows in print, in order; the page goes back to the screen afterwards. */
    public static List<Boolean> shownInPrint(WebDriver driver, By... elements) {
        ChromiumDriver cdp = (ChromiumDriver) driver;
        cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            return Arrays.stream(elements)
                    .map(by -> driver.findElement(by).isDisplayed())
                    .toList();
        } finally {
            cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
