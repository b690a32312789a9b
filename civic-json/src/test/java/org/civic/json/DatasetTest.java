package org.civic.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.standard.SixHaves;
import org.civic.volunteer.ServiceRecord;
import org.civic.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

class DatasetTest {

  private static final StandardProfile PROFILE = new StandardProfile("六有", "2024", SixHaves.profile());
  private static final Division YUZHOU = new Division(DivisionCode.parse("411081"), "禹州市");

  /** Hands every record of a dataset to a sink, one kind after another, as a JSON Lines stream does. */
  private static void feed(Dataset d, RecordSink sink) {
    d.divisions().forEach(sink::division);
    d.sites().forEach(sink::site);
    d.teams().forEach(sink::team);
    d.grids().forEach(sink::grid);
    d.organisations().forEach(sink::organisation);
    d.volunteers().forEach(sink::volunteer);
    d.activities().forEach(sink::activity);
    d.orders().forEach(sink::order);
    d.profile().ifPresent(sink::profile);
    d.teamRules().ifPresent(sink::teamRules);
    d.assessmentTables().forEach(sink::assessmentTable);
    d.inspections().forEach(sink::inspection);
    d.serviceRecords().forEach(sink::serviceRecord);
  }

  @Test
  void theBuilderAsASinkCollectsEveryRecordInOrder() {
    qt().withExamples(100).forAll(longs().all(), integers().between(1, 4)).checkAssert((seed, size) -> {
      Dataset d = Samples.dataset(seed, size);
      Dataset.Builder b = Dataset.builder();
      feed(d, b);
      assertThat(b.build()).isEqualTo(d);
      assertThat(Dataset.builder().addAll(d).build()).isEqualTo(d);
    });
  }

  @Test
  void addAllAppends_andTwoHalvesMakeTheWhole() {
    qt().withExamples(50).forAll(longs().all(), longs().all()).checkAssert((s1, s2) -> {
      Dataset a = Samples.dataset(s1, 2);
      Dataset b = Samples.dataset(s2, 1);
      Dataset both = Dataset.builder().addAll(a).addAll(b).build();
      Dataset.Builder fed = Dataset.builder();
      feed(a, fed);
      feed(b, fed);
      assertThat(both).isEqualTo(fed.build());
      assertThat(both.divisions()).hasSize(a.divisions().size() + b.divisions().size());
      assertThat(both.divisions().subList(0, a.divisions().size())).isEqualTo(a.divisions());
      assertThat(both.profile()).isEqualTo(b.profile().or(a::profile));
      assertThat(Dataset.builder().addAll(Dataset.empty()).addAll(a).build()).isEqualTo(a);
    });
  }

  @Test
  void aLaterProfileReplacesAnEarlierOne() {
    StandardProfile later = new StandardProfile("六有", "2025", SixHaves.profile());
    Dataset.Builder b = Dataset.builder();
    assertThat(b.build().profile()).isEmpty();
    b.profile(PROFILE);
    b.profile(later);
    assertThat(b.build().profile()).contains(later);
    b.addAll(Dataset.empty());
    assertThat(b.build().profile()).contains(later);
  }

  @Test
  void buildIsASnapshot() {
    Dataset.Builder b = Dataset.builder();
    b.division(YUZHOU);
    Dataset first = b.build();
    b.division(new Division(DivisionCode.parse("411081103000"), "神垕镇"));
    assertThat(first.divisions()).containsExactly(YUZHOU);
    assertThat(b.build().divisions()).hasSize(2);
    assertThat(Dataset.builder().build()).isEqualTo(Dataset.empty());
    assertThatThrownBy(() -> first.divisions().add(YUZHOU)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void readersFillTheBuilder_aDocumentAndJsonLinesAlike() {
    Dataset d = Samples.dataset(11, 3);
    java.io.ByteArrayOutputStream lines = new java.io.ByteArrayOutputStream();
    try (LinesWriter w = CivicJson.strict().linesWriter(lines)) {
      w.writeAll(d);
    }
    Dataset.Builder b = Dataset.builder();
    ReadReport report = CivicJson.strict().readLines(new java.io.ByteArrayInputStream(lines.toByteArray()), "d.jsonl", b);
    assertThat(report.isClean()).isTrue();
    assertThat(b.build()).isEqualTo(d);
  }

  @Test
  void equalWhenEveryListAndTheProfileAre() {
    new EqualsTester()
        .addEqualityGroup(Dataset.empty(), Dataset.builder().build(),
            new Dataset(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(),
                List.of(), List.of(), List.of()))
        .addEqualityGroup(new Dataset(List.of(), List.of(), List.of(), List.of(),
            List.of(org.civic.team.Organisation.of(org.civic.team.OrganisationId.of("o"), "义工联合会",
                org.civic.team.OrganisationKind.SOCIAL_ORGANISATION, YUZHOU.code())),
            List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of()))
        .addEqualityGroup(new Dataset(List.of(YUZHOU), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of()))
        .addEqualityGroup(new Dataset(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), Optional.of(PROFILE), Optional.empty(), List.of(), List.of(), List.of()))
        .addEqualityGroup(Dataset.empty().withAssessmentTables(List.of(org.civic.testkit.AssessmentTables.bijieShaped())),
            new Dataset(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(),
                List.of(org.civic.testkit.AssessmentTables.bijieShaped()), List.of(), List.of()))
        .addEqualityGroup(new Dataset(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(ServiceRecord.of(VolunteerId.of("v"), java.time.LocalDate.of(2024, 3, 5),
                org.civic.site.SiteId.of("s"), java.time.Duration.ofHours(2)))))
        .testEquals();
  }

  @Test
  void nullIsRefusedEverywhere() {
    NullPointerTester tester = new NullPointerTester().setDefault(StandardProfile.class, PROFILE)
        .setDefault(Dataset.class, Dataset.empty());
    tester.testAllPublicStaticMethods(Dataset.class);
    tester.testAllPublicConstructors(Dataset.class);
    tester.testAllPublicInstanceMethods(Dataset.empty());
    tester.testAllPublicInstanceMethods(Dataset.builder());
    assertThatThrownBy(() -> Dataset.builder().division(null)).hasMessage("division");
    assertThatThrownBy(() -> Dataset.builder().profile(null)).hasMessage("profile");
    assertThatThrownBy(() -> Dataset.builder().assessmentTable(null)).hasMessage("table");
    assertThatThrownBy(() -> Dataset.builder().addAll(null)).hasMessage("dataset");
    assertThatThrownBy(() -> Dataset.builder().serviceRecord(null)).hasMessage("record");
  }
}
