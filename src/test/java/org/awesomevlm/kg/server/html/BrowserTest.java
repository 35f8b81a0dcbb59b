package org.awesomevlm.kg.server.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.awesomevlm.kg.query.QueryCatalog;
import org.awesomevlm.kg.server.KgServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The user journey in headless Chromium over the imported data/awesome-list.md: home, search,
 * paper, author, co-author, concept, canned query. Screenshots go to target/screenshots/. Skipped
 * when Debian's chromium and chromedriver are not installed.
 */
class BrowserTest {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SHOTS = Path.of("target/screenshots");

    private static KgServer server;
    private static ChromeDriver driver;
    private static Path profile;
    private static String url;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM), "no chromium");
        server =
                KgServer.builder()
                        .dataset(ImportedListTest.importedList())
                        .port(0)
                        .catalog(QueryCatalog.load(Path.of("queries")))
                        .build()
                        .start();
        url = server.localUrl();
        profile = Files.createTempDirectory("kg-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
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
                "--user-data-dir=" + profile);
        // Browser console messages (script errors, CSP violations) for the last assertion.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 1000));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (server != null) {
                server.stop();
            }
            if (profile != null) {
                TextIndexFiles.deleteTree(profile);
            }
        }
    }

    @Test
    void homeSearchPaperAuthorCoAuthorConceptAndQuery() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

        driver.get(url);
        assertThat(driver.findElement(By.cssSelector("h1")).getText())
                .isEqualTo("Awesome Vision Language Model and Foundation Models");
        assertThat(driver.findElements(By.cssSelector(".counts li"))).isNotEmpty();
        shot("01-home");

        WebElement box = driver.findElement(By.cssSelector("form.bigsearch input[name=q]"));
        box.sendKeys("contrastive");
        box.submit();
        wait.until(ExpectedConditions.urlContains("/search?q=contrastive"));
        List<WebElement> results = driver.findElements(By.cssSelector(".results .paper-title"));
        assertThat(results)
                .extracting(WebElement::getText)
                .contains("MedCLIP: Contrastive Learning from Unpaired Medical Images and Text");
        shot("02-search-contrastive");

        driver.findElement(
                        By.linkText(
                                "MedCLIP: Contrastive Learning from Unpaired Medical Images and Text"))
                .click();
        wait.until(ExpectedConditions.urlContains("/paper/arxiv-2210.10163"));
        assertThat(driver.findElements(By.cssSelector("ol.authors li")))
                .extracting(WebElement::getText)
                .containsExactly("Zifeng Wang", "Zhenbang Wu", "Dinesh Agarwal", "Jimeng Sun");
        shot("03-paper");

        driver.findElement(By.cssSelector("ol.authors"))
                .findElement(By.linkText("Zifeng Wang"))
                .click();
        wait.until(ExpectedConditions.urlContains("/person/zifeng-wang"));
        assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo("Zifeng Wang");
        shot("04-author");

        driver.findElement(By.cssSelector("ul.coauthors"))
                .findElement(By.linkText("Jimeng Sun"))
                .click();
        wait.until(ExpectedConditions.urlContains("/person/jimeng-sun"));
        assertThat(driver.findElements(By.cssSelector("ul.coauthors a")))
                .extracting(WebElement::getText)
                .contains("Zifeng Wang");
        shot("05-co-author");

        driver.findElement(By.cssSelector(".main-col .paper-title")).click();
        wait.until(ExpectedConditions.urlContains("/paper/"));
        driver.findElement(By.cssSelector(".concepts"))
                .findElement(By.linkText("Contrastive Learning"))
                .click();
        wait.until(ExpectedConditions.urlContains("/keyword/contrastive-learning"));
        assertThat(driver.findElement(By.cssSelector("h1")).getText())
                .isEqualTo("Contrastive Learning");
        assertThat(driver.findElements(By.cssSelector(".main-col .paper-title"))).isNotEmpty();
        shot("06-concept");

        driver.get(url + "query");
        new Select(driver.findElement(By.id("canned"))).selectByValue("papers");
        String text = driver.findElement(By.id("sparql")).getDomProperty("value");
        assertThat(text).contains("SELECT ?paper ?title ?year");
        driver.findElement(By.id("run")).click();
        wait.until(
                ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#results table tbody tr")));
        List<WebElement> rows = driver.findElements(By.cssSelector("#results table tbody tr"));
        assertThat(rows).hasSize(3);
        assertThat(driver.findElements(By.cssSelector("#results th")))
                .extracting(WebElement::getText)
                .startsWith("paper", "title", "year");
        assertThat(driver.findElement(By.id("status")).getText()).startsWith("3 rows");
        shot("07-query");

        driver.get(url + "stats");
        assertThat(driver.findElements(By.cssSelector("svg.chart rect"))).hasSize(3);
        shot("08-stats");

        // nothing the pages did raised a JavaScript error or a CSP violation
        var errors = driver.manage().logs().get("browser").getAll();
        assertThat(errors)
                .noneMatch(
                        e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue());
    }

    private static void shot(String name) throws Exception {
        File f = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
