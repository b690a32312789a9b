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

  /**
   * A new Chromium profile folder (about 2 MB once used) under the module's {@code target/}, which
   * {@link #deleteProfile} removes after the run: the system's temporary folder keeps nothing.
   */
  static Path newProfile() throws IOException {
    Path profiles = Path.of("target", "chromium-profiles");
    Files.createDirectories(profiles);
    return Files.createTempDirectory(profiles.toAbsolutePath(), "civic-chromium");
  }

  static void deleteProfile(Path profile) throws IOException {
    try (java.util.stream.Stream<Path> files = Files.walk(profile)) {
      for (Path f : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(f);
      }
    }
  }

  /** Renders an HTML file to a PNG; returns the PNG's bytes. */
  static byte[] screenshot(Path html, Path png, int width, int height) throws IOException, InterruptedException {
    Path profile = newProfile();
    try {
      return screenshotWith(profile, html, png, width, height);
    } finally {
      deleteProfile(profile);
    }
  }

  private static byte[] screenshotWith(Path profile, Path html, Path png, int width, int height)
      throws IOException, InterruptedException {
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

  /**
   * Payloads that would each leave a mark in the page if a browser ran them: a script, event
   * handlers of an image and an SVG, a {@code javascript:} link (clicked by nobody, so it must at
   * least not become a link), an iframe and an attribute break-out.
   */
  static final List<String> PAYLOADS = List.of(
      "<script>document.documentElement.setAttribute('data-pwned','script')</script>",
      "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">",
      "<svg onload=\"document.documentElement.setAttribute('data-pwned','svg')\"></svg>",
      "</svg><script>document.documentElement.setAttribute('data-pwned','svg-escape')</script>",
      "\"><script>document.documentElement.setAttribute('data-pwned','attribute')</script>",
      "'><img src=x onerror=\"document.documentElement.setAttribute('data-pwned','attr2')\">",
      "<iframe srcdoc=\"<script>parent.document.documentElement.setAttribute('data-pwned','iframe')</script>\"></iframe>",
      "<a href=\"javascript:alert(1)\">点我</a>");

  /** The DOM of a page after Chromium ran it (scripts on, 3 s of virtual time). */
  static String domAfterRunning(Path html) throws IOException, InterruptedException {
    Path profile = newProfile();
    try {
      return domAfterRunningWith(profile, html);
    } finally {
      deleteProfile(profile);
    }
  }

  private static String domAfterRunningWith(Path profile, Path html) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=3000", "--dump-dom",
        html.toUri().toString())).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] dom = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("chromium did not finish in 120 s");
    }
    return new String(dom, StandardCharsets.UTF_8);
  }

  /**
   * Hostile names run nothing in a real browser: every division, site, team and volunteer name of
   * the test county carries one of {@link #PAYLOADS}; Chromium loads the page with scripts on, and
   * the DOM it ends with has no mark of a payload, no script, iframe, image or link element, and
   * shows every payload as text. Checked to fail: with the HTML escaping of names removed, the
   * payloads run and mark the page.
   */
  @Test
  void hostileNamesRunNothingInChromium() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
        "Chromium is not installed (/usr/bin/chromium): install Debian's chromium package to run this test");
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    int[] next = {0};
    java.util.Map<String, String> given = new java.util.LinkedHashMap<>();
    Report report = SmallCounty.builder(plain -> given.computeIfAbsent(plain,
        k -> PAYLOADS.get(next[0]++ % PAYLOADS.size()) + k)).build();
    for (ReportStyle style : new ReportStyle[] {ReportStyle.chinese(), ReportStyle.english()}) {
      Path html = dir.resolve("hostile." + style.locale().getLanguage() + ".html");
      Files.writeString(html, HtmlRenderer.render(report, style), StandardCharsets.UTF_8);
      String dom = domAfterRunning(html);
      org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(dom);
      assertThat(page.select("html").attr("data-pwned")).as("a payload ran").isEmpty();
      assertThat(page.select("script, iframe, img, a[href^=javascript]")).as("elements from names").isEmpty();
      assertThat(page.select("[onerror], [onload]")).isEmpty();
      assertThat(given).hasSizeGreaterThanOrEqualTo(PAYLOADS.size());
      for (String payload : PAYLOADS) {
        assertThat(page.text()).contains(payload.replace("\n", " "));
      }
      screenshot(html, dir.resolve("hostile." + style.locale().getLanguage() + ".png"), 1280, 2400);
    }
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
