package org.civic.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Renders the HTML report in headless Chromium (Debian's {@code chromium} package, which
 * {@code .ci/run} installs) to a PNG at 1280 px. Skipped, with the reason shown, where Chromium is
 * absent; nothing is downloaded at run time.
 */
class ChromiumScreenshotTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  /** Renders an HTML file to a PNG; returns the PNG's bytes. */
  static byte[] screenshot(Path html, Path png, int width, int height) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("civic-chromium");
    Process p = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
        "--screenshot=" + png.toAbsolutePath(), html.toUri().toString()))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("chromium did not finish in 120 s");
    }
    return Files.readAllBytes(png);
  }

  @Test
  void theReportRendersInChromiumAt1280Pixels() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
        "Chromium is not installed (/usr/bin/chromium): install Debian's chromium package to run this test");
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    for (ReportStyle style : new ReportStyle[] {ReportStyle.chinese(), ReportStyle.english()}) {
      String lang = style.locale().getLanguage();
      Path html = dir.resolve("report." + lang + ".html");
      Files.writeString(html, HtmlRenderer.render(SmallCounty.report(), style), StandardCharsets.UTF_8);
      byte[] png = screenshot(html, dir.resolve("report." + lang + ".png"), 1280, 2400);
      assertThat(png).as("a PNG").startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
      assertThat(png.length).as("a page with content, not a blank").isGreaterThan(20_000);
    }
  }
}
