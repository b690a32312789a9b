package org.civic.examples;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import org.civic.constraints.MeetsStandard;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.json.CivicJson;
import org.civic.json.CivicModule;
import org.civic.metric.Period;
import org.civic.report.JsonRenderer;
import org.civic.report.MarkdownRenderer;
import org.civic.report.Report;
import org.civic.report.ReportBuilder;
import org.civic.report.ReportStyle;
import org.civic.site.Checkable;
import org.civic.site.Site;
import org.civic.site.SiteFacts;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.site.Venue;
import org.civic.standard.Message;
import org.civic.standard.SixHaves;
import org.civic.testkit.RandomHierarchies;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * A host on the plain class path — this module has no module-info.java, so Surefire runs it there.
 * civic's jars carry module descriptors, which the class path ignores: what the descriptors do on
 * the module path must still happen here (META-INF/services for {@code provides}, the class loader
 * for resources and bundles, plain public access for the Bean Validation provider).
 */
class ClassPathTest {

  private static final DivisionCode COUNTY = DivisionCode.parse("411081");

  private static Hierarchy county() {
    return Hierarchy.builder()
        .addDivisions(List.of(new Division(DivisionCode.parse("411081000000"), "禹州市"),
            new Division(DivisionCode.parse("411081103000"), "神垕镇"),
            new Division(DivisionCode.parse("411081204000"), "磨街乡")))
        .addSites(List.of(Site.center(SiteId.of("yz"), "禹州市新时代文明实践中心", COUNTY),
            Site.post(SiteId.of("yz-103"), "神垕镇新时代文明实践所", DivisionCode.parse("411081103000"))))
        .build();
  }

  @Test
  void civicsClassesAreInTheUnnamedModule() {
    Module host = getClass().getModule();
    assertThat(host.isNamed()).isFalse();
    for (Class<?> type : List.of(Hierarchy.class, CivicJson.class, Report.class, RandomHierarchies.class)) {
      assertThat(type.getModule()).as(type.getName()).isSameAs(host);
    }
  }

  @Test
  void serviceLoaderFindsCivicModuleThroughMetaInfServices() {
    assertThat(ServiceLoader.load(JacksonModule.class).stream().map(ServiceLoader.Provider::type))
        .contains(CivicModule.class);
    assertThat(JsonMapper.builder().findAndAddModules().build().registeredModules())
        .hasAtLeastOneElementOfType(CivicModule.class);
  }

  @Test
  void jsonReadsAndWrites() throws Exception {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.writeValueAsString(COUNTY)).isEqualTo("\"411081000000\"");
    assertThat(mapper.readValue("\"411081103000\"", DivisionCode.class)).isEqualTo(DivisionCode.parse("411081103000"));
    try (InputStream in = CivicJson.class.getResourceAsStream("schema/dataset.schema.json")) {
      assertThat(in).as("the shipped schema").isNotNull();
    }
  }

  @Test
  void reportsRenderWithTheirLabels() {
    Report report = ReportBuilder.of(county(), COUNTY, Period.year(2024))
        .compliance(SixHaves.standard().check(county())).build();
    assertThat(MarkdownRenderer.render(report, ReportStyle.english()))
        .contains("## Coverage of practice sites").contains("| Townships (posts) | 2 | 1 | 50.0% |");
    assertThat(JsonRenderer.render(report, ReportStyle.chinese())).contains("\"title\" : \"阵地建设覆盖情况\"");
  }

  @Test
  void messagesReadTheirBundles() {
    Message venue = Message.civic(SixHaves.VENUE + ".fail", 10, 1, 20, 2);
    assertThat(venue.text(Locale.ENGLISH)).startsWith("The venue of 10 m²");
    assertThat(venue.text(Locale.CHINA)).startsWith("场所面积 10 平方米");
  }

  /** A host's class under @MeetsStandard, validated by Hibernate Validator from the class path. */
  @MeetsStandard
  record Station(int area) implements Checkable {
    @Override
    public SiteLevel level() {
      return SiteLevel.STATION;
    }

    @Override
    public SiteFacts facts() {
      return SiteFacts.unknown().withVenue(Venue.of(area, 1));
    }
  }

  @Test
  void meetsStandardValidates() {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Set<ConstraintViolation<Station>> violations = factory.getValidator().validate(new Station(10));
      assertThat(violations).extracting(v -> v.getPropertyPath().toString()).containsExactly("venue");
      assertThat(violations.iterator().next().getMessage()).contains("10 m²");
      assertThat(factory.getValidator().validate(new Station(200))).isEmpty();
    } finally {
      Locale.setDefault(saved);
    }
  }
}
