package org.normbench.support;

import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A test class that drives one headless Chromium for all its tests. */
public abstract class BrowserTest {

    protected static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** Signs in as {@code username} (created with the test password when missing) on the sign-in page. */
    protected static void signIn(URL root, String username) {
        TestAccounts.account(username);
        signOut(root);
        driver.get(root + "login");
        fillSignInForm(username);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("signed-in-as"), username));
    }

    /** Fills and submits the sign-in form already on the page. */
    protected static void fillSignInForm(String username) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#vaadinLoginUsername input")));
        driver.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(TestAccounts.PASSWORD, Keys.ENTER);
    }

    /**
     * Forgets the browser session: the next page is seen anonymously. The UI page is left first for a plain one of
     * the same site (cookies are deleted per site), or its client notices the lost session and reloads itself in
     * the middle of the next navigation.
     */
    protected static void signOut(URL root) {
        driver.get(root + "q/health");
        driver.manage().deleteAllCookies();
    }
}
