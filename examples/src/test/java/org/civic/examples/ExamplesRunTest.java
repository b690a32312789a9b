package org.civic.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example program runs in the build, and says what the README says it does. */
class ExamplesRunTest {

  private interface Main {
    void run() throws Exception;
  }

  private static String output(Main main) throws Exception {
    PrintStream saved = System.out;
    java.util.Locale locale = java.util.Locale.getDefault();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(saved);
      java.util.Locale.setDefault(locale);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theMainExamplePrintsYuzhousFiguresAndWritesTheReport(@TempDir Path dir) throws Exception {
    String out = output(() -> YuzhouReport.main(new String[] {dir.toString()}));
    assertThat(out).contains("townships 26, posts 18: 69.2%")
        .contains("94,066 registered, 37,985 took part, 57,913 person-times; 2,187 activities")
        .contains("volunteer grids: 71 groups at 23 stations, 3 without an information officer")
        .contains("staffing: 核定编制 11 名，多于拟定的 6–8 名，达到要求。")
        .contains("assessment (bijie-shaped-2021, 100 points + 10 bonus)");
    assertThat(dir.resolve("yuzhou-2024.zh.html")).exists();
    assertThat(Files.readString(dir.resolve("yuzhou-2024.zh.md"))).contains("69.2%").contains("## 志愿网格")
        .contains("共有志愿网格小组 71 个，其中配有信息员的 68 个；262 个实践站中有 23 个建立了网格小组。")
        .contains("| 火龙镇 | 41个 | 39个 | 13个 | 13个 | 100.0% |").contains("没有信息员")
        .contains("测评情况").contains("新时代文明实践所站测评细则（仿毕节 2021 年结构）");
    assertThat(Files.readString(dir.resolve("yuzhou-2024.en.md"))).contains("## Volunteer grids")
        .contains("Assessment").contains("Points lost by item");
  }

  @Test
  void flinkRollupPrintsTheMainCommandsFigures(@TempDir Path dir) throws Exception {
    assertThat(output(() -> FlinkRollup.main(new String[] {dir.toString()})))
        .contains("94,066 registered, 37,985 took part, 57,913 person-times; 2,187 activities")
        .contains("every cell equals the one-machine roll-up: true");
  }

  @Test
  void coverageExample() throws Exception {
    assertThat(output(() -> CoverageExample.main(new String[0]))).contains("posts (所): 18, coverage 69.2%");
  }

  @Test
  void validateOneSite() throws Exception {
    assertThat(output(() -> ValidateOneSite.main(new String[0])))
        .contains("FAIL       six-haves.venue").contains("INCOMPLETE six-haves.display")
        .contains("3 violations, 1 facts missing");
  }

  @Test
  void hostClassValidation() throws Exception {
    assertThat(output(() -> HostClassValidation.main(new String[0])))
        .contains("team: 志愿服务队伍 3 人，少于要求的 5 人。").contains("2 violations");
  }

  @Test
  void parallelAggregation() throws Exception {
    assertThat(output(() -> ParallelAggregation.main(new String[0]))).contains("equal to one pass: true")
        .contains("37,985 volunteers");
  }

  @Test
  void provinceProfile() throws Exception {
    assertThat(output(() -> ProvinceProfile.main(new String[0]))).contains("\"venueArea\":20")
        .contains("河南省新时代文明实践站所");
  }
}
