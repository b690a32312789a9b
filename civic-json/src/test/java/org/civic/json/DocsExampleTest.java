package org.civic.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.civic.division.DivisionCode;
import org.civic.division.DivisionLevel;
import org.civic.hierarchy.Hierarchy;
import org.civic.site.SiteId;
import org.civic.standard.Outcome;
import org.civic.standard.SixHaves;
import org.civic.standard.Standard;
import org.civic.team.TeamId;
import org.civic.volunteer.NationalVolunteerNumber;
import org.civic.volunteer.ServiceLog;
import org.civic.volunteer.ServiceReview;
import org.civic.volunteer.VolunteerHours;
import org.civic.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

/** The example of docs/json-format.md reads cleanly and means what the page says. */
class DocsExampleTest {

  private static byte[] example() throws IOException {
    try (InputStream in = DocsExampleTest.class.getResourceAsStream("/examples/small-county.json")) {
      return in.readAllBytes();
    }
  }

  @Test
  void theDocsPageShowsTheTestedExample() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "json-format.md"), StandardCharsets.UTF_8);
    assertThat(page).contains(new String(example(), StandardCharsets.UTF_8));
  }

  @Test
  void theExampleReadsCleanlyAndWorks() throws IOException {
    CivicJson.DatasetResult r = CivicJson.strict().readDataset(new java.io.ByteArrayInputStream(example()), "small-county.json");
    assertThat(r.report().isClean()).isTrue();
    Hierarchy h = r.dataset().toHierarchy();
    assertThat(h.coverage(DivisionCode.parse("411081"), DivisionLevel.TOWNSHIP).format(1)).isEqualTo("100.0%");
    Standard s = r.dataset().profile().orElseThrow().toStandard();
    assertThat(s.check(h).outcome(SiteId.of("yz-103-201"), SixHaves.VENUE)).isEqualTo(Outcome.FAIL);
    assertThat(s.check(h).forSite(SiteId.of("yz-103-201")).violations().get(0).message(Locale.CHINA))
        .contains("12.5 平方米");
    assertThat(r.dataset().orders().get(0).rating()).hasValue(5);
  }

  @Test
  void theExamplesServiceRecordsCountOnlyWhatIsApproved() throws IOException {
    Dataset d = CivicJson.strict().readDataset(new java.io.ByteArrayInputStream(example()), "small-county.json").dataset();
    ServiceLog log = d.toServiceLog();
    LocalDate from = LocalDate.of(2024, 1, 1);
    LocalDate to = LocalDate.of(2024, 12, 31);
    assertThat(log.review(from, to)).isEqualTo(new ServiceReview(1, 2, 1, Duration.ofMinutes(630), Duration.ofHours(6)));
    assertThat(log.ranking(from, to)).extracting(VolunteerHours::volunteer, VolunteerHours::rank)
        .containsExactly(tuple(VolunteerId.of("v-1"), 1), tuple(VolunteerId.of("v-2"), 1));
    assertThat(log.activity(TeamId.of("t-201"), from, to).serviceTime()).isEqualTo(Duration.ofHours(6));
    assertThat(log.volunteer(NationalVolunteerNumber.of("ZY-41108120210001")).orElseThrow().id())
        .isEqualTo(VolunteerId.of("v-1"));
    assertThat(d.serviceRecords().get(0).travel()).isEqualTo(Duration.ofMinutes(40));
    assertThat(d.serviceRecords().get(3).rejectionReason()).contains("活动当天未签到");
  }

  /** A file written before volunteers had national numbers and datasets had service records reads as before. */
  @Test
  void aFileFromBeforeServiceRecordsStillReads() throws IOException {
    byte[] old;
    try (InputStream in = DocsExampleTest.class.getResourceAsStream("/examples/small-county-without-service-records.json")) {
      old = in.readAllBytes();
    }
    CivicJson.DatasetResult r = CivicJson.strict().readDataset(new java.io.ByteArrayInputStream(old), "old.json");
    assertThat(r.report().isClean()).isTrue();
    assertThat(r.dataset().serviceRecords()).isEmpty();
    assertThat(r.dataset().volunteers()).hasSize(2).allSatisfy(v -> assertThat(v.nationalNumber()).isEmpty());
    Dataset now = CivicJson.strict().readDataset(new java.io.ByteArrayInputStream(example()), "new.json").dataset();
    assertThat(r.dataset().activities()).isEqualTo(now.activities());
    assertThat(r.dataset().volunteers().get(1)).isEqualTo(now.volunteers().get(1));
  }
}
