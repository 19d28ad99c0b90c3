package ca.hvd.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import tools.jackson.databind.JsonNode;

/**
 * Opens the HTML report in headless Chromium, as a steward would: it shows the verdicts, shows a
 * cell {@code <script>} and a header {@code "><img …>} as text without running or loading them,
 * draws its charts, and makes no network request (Chrome's performance log lists every request).
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}); without them the test is skipped, except in CI ({@code CI} set),
 * where {@code .ci/run} installs them and their absence is a failure.
 */
class HtmlReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;

    private static ChromeDriver browser;

    @BeforeAll
    static void openBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") != null) {
            fail("CI must run the browser test: install chromium and chromium-driver (.ci/run does)");
        }
        assumeTrue(installed, "Chromium is not installed (apt-get install chromium chromium-driver): "
                + "the HTML report's browser test is skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.get("about:blank");
        requests();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static Path report(String lang, Path... files) {
        Path html = dir.resolve("report-" + lang + ".html");
        List<String> args = new ArrayList<>(List.of("validate"));
        for (Path file : files) {
            args.add(file.toString());
        }
        args.addAll(List.of("-s", "newborn-names", "--lang", lang, "--format", "html=" + html, "-q"));
        Reports.hvd(args);
        return html;
    }

    private static Path hostile() throws IOException {
        Path file = dir.resolve("hostile.csv");
        Files.writeString(file, "jurisdiction,year,sex,name,count,\"\"\"><img src=x onerror=alert(1)>\"\n"
                + "NS,2019,<script>alert(1)</script>,OLIVIA,5,x\n"
                + "NS,2019,F,EMMA,5,y\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theReportShowsItsVerdictsAndHostileDataAsTextWithoutAnyRequest() throws IOException {
        Path valid = SamplesTest.SAMPLES.resolve("newborn-names/valid.csv");
        Path broken = SamplesTest.SAMPLES.resolve("newborn-names/broken-values.csv");
        Path html = report("en", valid, broken, hostile());
        String url = html.toUri().toString();
        requests();

        browser.get(url);

        assertThat(browser.getTitle()).isEqualTo("Conformance report: Newborn names");
        assertThat(browser.findElement(By.id("result")).getText())
                .isEqualTo("Result: NOT CONFORMANT (2 of 3 files not conformant).");
        assertThat(browser.findElements(By.cssSelector(".verdict")).stream().map(WebElement::getText))
                .containsExactly("CONFORMANT", "NOT CONFORMANT", "NOT CONFORMANT");
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        assertThat(browser.findElements(By.tagName("img"))).isEmpty();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page).contains("line 2: \"<script>alert(1)</script>\"", "[\"><img src=x onerror=alert(1)>]");
        List<WebElement> charts = browser.findElements(By.cssSelector("svg.chart"));
        assertThat(charts).hasSizeGreaterThanOrEqualTo(3);
        for (WebElement chart : charts) {
            assertThat(chart.getSize().getWidth()).isPositive();
            assertThat(chart.findElements(By.tagName("rect"))).isNotEmpty();
        }
        assertThat(requests()).as("every URL the page requested").containsOnly(url);
    }

    @Test
    void theFrenchReportIsInFrench() {
        Path html = report("fr", SamplesTest.SAMPLES.resolve("newborn-names/valid.csv"));
        requests();

        browser.get(html.toUri().toString());

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(browser.findElement(By.id("result")).getText()).isEqualTo("Résultat : CONFORME (1 fichier vérifié).");
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("Aucun constat.", "Enregistrements par valeur : year", "Taux de remplissage");
        assertThat(requests()).containsOnly(html.toUri().toString());
    }

    @Test
    void theComparisonPageShowsItsVerdictsChartsAndHostileDataAsTextWithoutAnyRequest() throws IOException {
        Path hostile = dir.resolve("addresses.csv");
        Files.writeString(hostile, "address_id,civic_number,street_name,province,municipality\n"
                + "A1,1,MAIN,NS,<script>alert(1)</script>\nA2,2,MAIN,NS,\"\"\"><img src=x onerror=alert(1)>\"\n",
                StandardCharsets.UTF_8);
        Path addresses = dir.resolve("addresses.html");
        Reports.hvd(List.of("compare", "-s", "civic-addresses", "X=" + hostile, "Y=" + hostile, "-f", "html=" + addresses, "-q"));
        Path names = dir.resolve("names.html");
        List<String> args = new ArrayList<>(List.of("compare", "-s", "newborn-names", "-f", "html=" + names, "-q", "--lang", "fr"));
        args.addAll(ComparisonSamplesTest.datasets());
        Reports.hvd(args);
        requests();

        browser.get(addresses.toUri().toString());

        assertThat(browser.getTitle()).isEqualTo("Comparability report: Civic addresses");
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        assertThat(browser.findElements(By.tagName("img"))).isEmpty();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "FOR INFORMATION");

        browser.get(names.toUri().toString());

        assertThat(browser.findElement(By.id("result")).getText())
                .isEqualTo("Résultat : NON COMPARABLE (1 dimension non comparable sur 5, 4 avec réserves).");
        assertThat(browser.findElements(By.cssSelector(".verdict")).stream().map(WebElement::getText)).containsExactly(
                "COMPARABLE AVEC RÉSERVES", "COMPARABLE AVEC RÉSERVES", "COMPARABLE AVEC RÉSERVES", "NON COMPARABLE",
                "COMPARABLE AVEC RÉSERVES");
        List<WebElement> lines = browser.findElements(By.cssSelector("svg.chart polyline"));
        assertThat(lines).as("one line per dataset over the common groups").hasSize(3);
        assertThat(lines.get(0).getSize().getWidth()).isPositive();
        assertThat(requests()).containsOnly(addresses.toUri().toString(), names.toUri().toString());
    }

    /**
     * The URLs of the requests Chromium logged since the last call (which drains the log), except
     * those of the browser's own pages ({@code chrome://} documents such as the new tab page, which
     * may still be loading in the background; they are not the report's and never leave the browser).
     */
    private static List<String> requests() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = Reports.JSON.readTree(entry.getMessage()).get("message");
            if (message.get("method").asString().equals("Network.requestWillBeSent")) {
                JsonNode params = message.get("params");
                String document = params.path("documentURL").asString("");
                if (!document.startsWith("chrome://") && !document.startsWith("chrome-untrusted://")) {
                    urls.add(params.get("request").get("url").asString());
                }
            }
        }
        return urls;
    }
}
