package org.civic.examples.host;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.civic.constraints.MeetsStandard;
import org.civic.division.DivisionCode;
import org.civic.division.DivisionLevel;
import org.civic.hierarchy.BuildResult;
import org.civic.hierarchy.Coverage;
import org.civic.hierarchy.Hierarchy;
import org.civic.json.CivicJson;
import org.civic.json.Dataset;
import org.civic.metric.ActivityRollup;
import org.civic.metric.MetricSet;
import org.civic.metric.Period;
import org.civic.metric.VolunteerIndex;
import org.civic.problem.Problem;
import org.civic.report.HtmlRenderer;
import org.civic.report.ReportBuilder;
import org.civic.report.ReportStyle;
import org.civic.site.Checkable;
import org.civic.site.SiteFacts;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.site.TeamFacts;
import org.civic.site.Venue;
import org.civic.standard.SixHaves;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A new host's first hour (issue #22), redone on the README's coordinates and nothing else — the
 * civic BOM's civic-core, civic-json and civic-report, Hibernate Validator and Expressly at the
 * README's versions ({@code ReadmeCoordinatesTest} holds the README to them), the sample read from
 * its files as a host reads them — with no workaround: no Jackson module of its own, no reading of
 * civic's sources. The last test keeps this package to civic's public packages, Jackson and Bean
 * Validation.
 */
class HostProjectTest {

  /** Where the README says the sample is. */
  private static final Path SAMPLE = sampleFolder();

  private static Path sampleFolder() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path sample = d.resolve("examples/src/main/resources/org/civic/examples");
      if (Files.isDirectory(sample)) {
        return sample;
      }
    }
    throw new IllegalStateException("no examples/src/main/resources/org/civic/examples above the working directory");
  }

  /** The host's own DTO: civic values in fields, maps (as keys), lists and Optionals, and computed figures. */
  record TownshipFigures(DivisionCode township, Period period, MetricSet figures, Coverage stations,
      Map<DivisionCode, Long> activitiesByVillage, Optional<SiteId> post, List<Problem> problems) {}

  /** The host's own record of a tea house it checks against the six haves (a point of practice). */
  @MeetsStandard
  record TeaHouse(String name, int areaSquareMetres, int rooms, int volunteers) implements Checkable {
    @Override
    public SiteLevel level() {
      return SiteLevel.STATION;
    }

    @Override
    public SiteFacts facts() {
      return SiteFacts.unknown().withVenue(Venue.of(areaSquareMetres, rooms))
          .withTeam(TeamFacts.led("村党支部书记", volunteers));
    }
  }

  private static Dataset county() throws IOException {
    Dataset.Builder all = Dataset.builder();
    try (InputStream in = Files.newInputStream(SAMPLE.resolve("yuzhou-2024.json"))) {
      CivicJson.DatasetResult read = CivicJson.strict().readDataset(in, "yuzhou-2024.json");
      all.addAll(read.dataset());
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(SAMPLE.resolve("yuzhou-2024-volunteers.jsonl.gz")))) {
      CivicJson.strict().readLines(in, "yuzhou-2024-volunteers.jsonl.gz", all);
    }
    return all.build();
  }

  @Test
  void theHostsDtosRoundTripThroughJacksonWithCivicsModuleFound() throws IOException {
    Dataset county = county();
    assertThat(county.volunteers()).as("the register, the second file").hasSize(94_066);
    Hierarchy h = county.toHierarchy();
    ActivityRollup rollup = ActivityRollup.of(h, county.activities(), county.orders(), VolunteerIndex.growing());
    DivisionCode shenhou = DivisionCode.parse("411081103000");
    Map<DivisionCode, Long> byVillage = new TreeMap<>();
    h.children(shenhou).forEach(v -> byVillage.put(v.code(), rollup.metrics(v.code(), Period.year(2024)).activities()));
    TownshipFigures figures = new TownshipFigures(shenhou, Period.year(2024), rollup.metrics(shenhou, Period.year(2024)),
        h.coverage(shenhou, DivisionLevel.VILLAGE), byVillage, h.siteOf(shenhou).map(s -> s.id()),
        List.of(Problem.of("host.note", org.civic.problem.Location.ofSubject("yz-103"), "checked by hand")));

    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    String json = mapper.writeValueAsString(figures);
    assertThat(json).contains("\"township\":\"411081103000\"", "\"period\":\"2024\"", "\"distinct\":");
    TownshipFigures back = mapper.readValue(json, TownshipFigures.class);
    assertThat(back).isEqualTo(figures);
    assertThat(back.figures().plus(figures.figures()).volunteers().count())
        .as("a read-back MetricSet merges with the original: nobody counted twice")
        .isEqualTo(figures.figures().volunteers().count());

    var report = ReportBuilder.of(h, DivisionCode.parse("411081"), Period.year(2024)).compliance(SixHaves.standard()
        .check(h)).activities(rollup).registeredVolunteers(county.volunteers().size()).build();
    assertThat(HtmlRenderer.render(report, ReportStyle.english())).contains("94,066");
  }

  private static List<String> messages(Validator validator, TeaHouse house) {
    Set<ConstraintViolation<TeaHouse>> violations = validator.validate(house);
    return violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .map(v -> v.getPropertyPath() + ": " + v.getMessage()).toList();
  }

  @Test
  void meetsStandardWithTheDocumentedProvider() {
    TeaHouse small = new TeaHouse("神垕古镇茶馆", 12, 1, 3);
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      assertThat(messages(factory.getValidator(), small)).containsExactly(
          "team: The team's members: 3, fewer than the 5 required.",
          "venue: The venue (12 m\u00b2, function rooms: 1) falls short of the requirement (area at least 15 m\u00b2, "
              + "function rooms at least 1).");
      assertThat(factory.getValidator().validate(new TeaHouse("大茶馆", 60, 3, 8))).isEmpty();
    }
    try (ValidatorFactory withoutEl = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
      try (ValidatorFactory withEl = Validation.buildDefaultValidatorFactory()) {
        assertThat(messages(withoutEl.getValidator(), small)).as("the same messages without EL")
            .isEqualTo(messages(withEl.getValidator(), small));
      }
    }
  }

  @Test
  void aLenientReadOfADamagedDatasetEndsInAHierarchyAndAProblemList() throws IOException {
    String text = Files.readString(SAMPLE.resolve("yuzhou-2024.json"), StandardCharsets.UTF_8);
    // 神垕镇's code mistyped in the division list: the township is rejected, and its post and stations are orphans.
    String damaged = text.replace("{\"code\":\"411081103000\",", "{\"code\":\"41108110300x\",");
    assertThat(damaged).isNotEqualTo(text);
    CivicJson.DatasetResult read = CivicJson.lenient().readDataset(
        new ByteArrayInputStream(damaged.getBytes(StandardCharsets.UTF_8)), "damaged.json");
    assertThat(read.report().errors()).extracting(Problem::id).contains("division.invalid-code");

    BuildResult built = read.dataset().toHierarchyLenient();
    assertThat(built.hierarchy().siteCount()).isPositive().isLessThan(read.dataset().sites().size());
    assertThat(built.problems()).isNotEmpty();
    assertThat(built.hierarchy().division(DivisionCode.parse("411081103000"))).isEmpty();
    assertThat(built.problems()).extracting(p -> p.where().subject().orElse(""))
        .as("each site left out is named").contains("yz-103");
  }

  /** The host uses civic's public packages, Jackson and Bean Validation — nothing internal, nothing of the examples. */
  @Test
  void theHostUsesOnlyWhatTheReadmesCoordinatesExport() {
    JavaClasses host = new ClassFileImporter().importPackages("org.civic.examples.host");
    noClasses().that().resideInAPackage("org.civic.examples.host..")
        .should().dependOnClassesThat().resideInAnyPackage("..internal..", "org.civic.examples", "org.civic.testkit..",
            "org.civic.examples.cli..", "picocli..")
        .check(host);
  }
}
