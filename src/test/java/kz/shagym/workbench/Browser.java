package kz.shagym.workbench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages, driven through the system chromedriver; Selenium Manager
 * is never asked to find or download anything (the machine has no internet).
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final int WIDTH = 1400;

    private final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots;
    private final String base;

    Browser(String base, Path screenshots) {
        this.base = base;
        this.screenshots = screenshots;
        try {
            this.profile = Files.createTempDirectory("shagym-chromium-");
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=en-US", "--window-size=" + WIDTH + ",1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /** Waits (for a page that a click is loading) until the element is there. */
    WebElement await(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** Clicks something that loads a new page, and waits until the old page is gone. */
    void follow(String css) {
        follow(find(css));
    }

    void follow(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> gone(page));
    }

    /**
     * Whether the page an element belongs to has been replaced. Chromium 156 may answer a question about an
     * element of a page being replaced with "Node with given id does not belong to the document" instead of
     * "stale element reference" (seen in {@code follow} mid-navigation): the same fact, said otherwise.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Date inputs take their value in the browser's locale format when typed; set the ISO value instead. */
    void setDate(String css, String isoDate) {
        driver.executeScript("arguments[0].value = arguments[1];", find(css), isoDate);
    }

    void signIn(String user) {
        open("/login?lang=ru");
        type("#username", user);
        type("#password", user);
        follow("#sign-in");
        await("#current-user");
    }

    void signOut() {
        follow("#logout");
        await("#logged-out");
    }

    /** The whole page, not only the window: the window is stretched to the page's height for the shot. */
    Path screenshot(String name) {
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(WIDTH, (int) Math.min(Math.max(height, 800), 9000)));
        try {
            Path file = screenshots.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(new Dimension(WIDTH, 1000));
        }
    }

    /** The window as the reader sees it now, scrolled where it is (a jump to an anchor, say). */
    Path viewport(String name) {
        try {
            Path file = screenshots.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Clicks a link to an anchor on the same page and waits until the page has jumped there. */
    void jump(WebElement link) {
        String target = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#'));
        link.click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> target.equals(((ChromeDriver) d).executeScript("return location.hash")));
    }

    Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    @Override
    public void close() {
        driver.quit();
        Folders.delete(profile);
    }
}
