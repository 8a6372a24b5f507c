package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.InputFiles;
import org.newskg.pipeline.KnowledgeGraphBuilder;
import org.newskg.store.Tdb2Store;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The pages in a real browser: Debian's Chromium, driven through its chromedriver, against an
 * embedded server. Opens a person page from the seeds, follows a meeting to the other
 * participant, finds the evidence sentence, opens the article and finds the highlight, and saves
 * screenshots under {@code target/screenshots/}. Where no browser is installed the test is
 * skipped with a message; {@code .ci/run} installs one and sets {@code NEWSKG_REQUIRE_BROWSER=1},
 * which turns a missing browser into a failure.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path dir;

    @Test
    void fromAPersonThroughAMeetingToTheHighlightedSentence() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String why = "no browser: " + CHROMIUM + " and " + CHROMEDRIVER + " are needed (Debian packages chromium, chromium-driver)";
            if ("1".equals(System.getenv("NEWSKG_REQUIRE_BROWSER"))) {
                throw new AssertionError(why + ", and NEWSKG_REQUIRE_BROWSER=1 says this run must have them");
            }
            Assumptions.abort(why + "; the browser test is skipped");
        }
        Tdb2Store store = Tdb2Store.open(dir.resolve("seeds"));
        KnowledgeGraphBuilder.create().store(store).build().build(InputFiles.list(List.of(Path.of("seeds"))));
        store.close();
        KgServer server = KgServer.create().store(dir.resolve("seeds")).port(0).build().start();
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1100,1400");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        try {
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            String site = "http://localhost:" + server.port();
            browser.get(site + "/id/person/laura-cooper");
            assertEquals("Laura Cooper — newskg", browser.getTitle());
            assertEquals("Laura Cooper", browser.findElement(By.tagName("h1")).getText());
            shot(browser, shots.resolve("person-laura-cooper.png"));

            // follow the meeting to the other participant
            WebElement meetings = browser.findElement(By.xpath("//h2[text()='Meetings']/following-sibling::ul[1]"));
            meetings.findElement(By.linkText("Ilham Aliyev")).click();
            assertEquals("Ilham Aliyev", browser.findElement(By.tagName("h1")).getText());
            assertTrue(browser.getCurrentUrl().endsWith("/id/person/ilham-aliev"), browser.getCurrentUrl());
            // the evidence sentence of their meeting is on his page too
            WebElement sentence = browser.findElement(By.xpath("//h2[text()='Meetings']/following-sibling::ul[1]"
                + "//li[.//a[text()='Laura Cooper']]//q[starts-with(., 'Laura Cooper, the U.S. Deputy Assistant Secretary')]"));
            assertTrue(sentence.isDisplayed());
            shot(browser, shots.resolve("person-ilham-aliyev.png"));

            // the sentence's source link opens the article at its highlight
            sentence.findElement(By.xpath("following-sibling::a[@class='source']")).click();
            assertTrue(browser.getCurrentUrl().contains("/id/article/000_14b2a5db9d82385e.txt#ev-"), browser.getCurrentUrl());
            String anchor = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
            WebElement mark = browser.findElement(By.id(anchor));
            assertEquals("mark", mark.getTagName());
            assertTrue(mark.isDisplayed() && mark.getText().contains("met with President Ilham Aliyev"), mark.getText());
            assertTrue(!mark.getCssValue("background-color").equals("rgba(0, 0, 0, 0)"), "the highlight is coloured");
            shot(browser, shots.resolve("article-highlight.png"));

            // the same person page at a phone's width: nothing wider than the screen
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.get(site + "/id/person/laura-cooper");
            long scroll = ((Number) browser.executeScript("return document.documentElement.scrollWidth;")).longValue();
            long width = ((Number) browser.executeScript("return window.innerWidth;")).longValue();
            assertTrue(scroll <= width, "no sideways scrolling on a phone: " + scroll + " > " + width);
            shot(browser, shots.resolve("person-laura-cooper-phone.png"));
        } finally {
            browser.quit();
            server.stop();
        }
    }

    private static void shot(ChromeDriver browser, Path to) throws java.io.IOException {
        Files.move(browser.getScreenshotAs(OutputType.FILE).toPath(), to, StandardCopyOption.REPLACE_EXISTING);
    }
}
