package com.jialicare.it.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's packages (chromium, chromium-driver), driven by Selenium. Paths are
 * given explicitly, so Selenium Manager downloads nothing. Registered by {@link BrowserITBase}: it saves a
 * screenshot under {@code target/screenshots} when a test fails and hands the browser back after each test.
 *
 * <p>Starting Chromium costs a second or more of CPU on the build machines, so a browser a test has finished
 * with is kept for the next test of the run (a small pool: a test may use two at once) after its cookies are
 * cleared, its extra windows closed, its window set back to the default size and a blank page opened: the
 * next test starts logged out, as with a new browser. A browser whose test failed is closed, never reused.
 * The pool is closed when the test JVM ends.
 */
public class Browser implements TestExecutionExceptionHandler, AfterEachCallback {

    private static final String CHROMIUM = System.getProperty("jiali.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("jiali.chromedriver", "/usr/bin/chromedriver");
    private static final Dimension WINDOW = new Dimension(1366, 900);

    /** Browsers a finished test handed back, ready for the next one. */
    private static final Deque<ChromeDriver> IDLE = new ArrayDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (IDLE) {
                IDLE.forEach(Browser::quietlyQuit);
                IDLE.clear();
            }
        }));
    }

    private ChromeDriver driver;
    private final Axe axe = new Axe();

    /** The accessibility check of the pages this browser opens (issue #16, item 11). */
    Axe axe() {
        return axe;
    }

    public WebDriver driver() {
        if (driver == null) {
            synchronized (IDLE) {
                driver = IDLE.poll();
            }
            if (driver != null) {
                axe.watch(driver);
            }
        }
        if (driver == null) {
            Path profile;
            try {
                profile = Files.createTempDirectory("jiali-chromium");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=1366,900",
                    "--lang=zh-CN",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            axe.watch(driver);
        }
        return driver;
    }

    /** Runs while the page that failed is still open (before {@code @AfterEach}), then rethrows. */
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable cause) throws Throwable {
        screenshot(context);
        throw cause;
    }

    /** Closes the browser, then fails the test if a page it visited had serious or critical accessibility faults. */
    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            quit();
        } else {
            release();
        }
        axe.assertNoViolations();
    }

    /** Hands the browser back to the pool, logged out and on a blank page; closes it if that fails. */
    private void release() {
        if (driver == null) {
            return;
        }
        ChromeDriver d = driver;
        driver = null;
        axe.forget(d);
        try {
            String first = d.getWindowHandles().iterator().next();
            for (String handle : d.getWindowHandles()) {
                if (!handle.equals(first)) {
                    d.switchTo().window(handle).close();
                }
            }
            d.switchTo().window(first);
            d.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            d.get("about:blank");
            if (!d.manage().window().getSize().equals(WINDOW)) {
                d.manage().window().setSize(WINDOW);
            }
            synchronized (IDLE) {
                IDLE.push(d);
            }
        } catch (RuntimeException e) {
            quietlyQuit(d);
        }
    }

    private static void quietlyQuit(WebDriver d) {
        try {
            d.quit();
        } catch (RuntimeException ignored) {
            // already gone
        }
    }

    private void screenshot(ExtensionContext context) {
        Path saved = screenshot(context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName());
        if (saved != null) {
            System.err.println("Screenshot of the failure: " + saved.toAbsolutePath());
        }
    }

    /**
     * Saves what the browser shows now as {@code target/screenshots/<name>.png}, e.g. to look at a page a
     * test walks through; returns the file, or {@code null} when there is nothing to take.
     */
    public Path screenshot(String name) {
        if (driver != null) {
            try {
                Path dir = Path.of(System.getProperty("jiali.screenshots", "target/screenshots"));
                Files.createDirectories(dir);
                File png = driver.getScreenshotAs(OutputType.FILE);
                Path target = dir.resolve(name + ".png");
                Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
                return target;
            } catch (IOException | RuntimeException e) {
                System.err.println("Could not save a screenshot: " + e);
            }
        }
        return null;
    }

    /**
     * Like {@link #screenshot(String)}, but of the whole page: the window is stretched to the page's height
     * (at most 4000 pixels) for the shot, then set back to its size.
     */
    public Path wholePageScreenshot(String name) {
        WebDriver driver = driver();
        Dimension before = driver.manage().window().getSize();
        try {
            long height = ((Number)
                            ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight"))
                    .longValue();
            driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 140, 4000)));
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** Forgets the session: the next page opened is the login page. */
    public void logOut() {
        driver().manage().deleteAllCookies();
    }

    /** Closes the browser for good (not handed back to the pool). */
    public void quit() {
        if (driver != null) {
            axe.forget(driver);
            quietlyQuit(driver);
            driver = null;
        }
    }
}
