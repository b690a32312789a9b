package org.civic;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.team.OrganisationId;
import org.civic.team.TeamFormula;
import org.civic.team.TeamId;
import org.civic.team.TeamTier;
import org.civic.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

/**
 * No nulls in (DEVELOPERS.md): every public static method of every public type in civic-core's
 * exported packages refuses a null for each parameter not marked nullable with a
 * {@code NullPointerException} — Guava testlib's {@code NullPointerTester} over all of them at
 * once, so a new factory cannot slip by. (Instances and equals/hashCode are checked type by type
 * in each package's tests.)
 */
class StaticFactoriesTest {

  /** The public top-level types of the exported packages, read from the compiled classes. */
  static List<Class<?>> publicTypes() throws IOException, ClassNotFoundException {
    Path root = Path.of("target/classes");
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root.resolve("org/civic"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (name.contains("$") || name.contains(".internal") || name.endsWith("package-info")
            || name.endsWith("module-info")) {
          continue;
        }
        Class<?> c = Class.forName(name, false, StaticFactoriesTest.class.getClassLoader());
        if (Modifier.isPublic(c.getModifiers())) {
          types.add(c);
        }
      }
    }
    return types;
  }

  @Test
  void everyPublicStaticMethodRefusesNull() throws Exception {
    DivisionCode county = DivisionCode.parse("411081");
    Hierarchy h = Hierarchy.builder().addDivisions(List.of(new Division(county, "禹州市")))
        .addSites(List.of(Site.center(SiteId.of("c"), "禹州市新时代文明实践中心", county))).build();
    NullPointerTester tester = new NullPointerTester()
        .setDefault(DivisionCode.class, county)
        .setDefault(Hierarchy.class, h)
        .setDefault(SiteId.class, SiteId.of("c"))
        .setDefault(TeamId.class, TeamId.of("t"))
        .setDefault(VolunteerId.class, VolunteerId.of("v"))
        .setDefault(OrganisationId.class, OrganisationId.of("o"))
        .setDefault(TeamFormula.class, TeamFormula.parse("1+N"))
        .setDefault(TeamTier.class, TeamTier.BRIGADE)
        .setDefault(SiteLevel.class, SiteLevel.STATION)
        .setDefault(LocalDate.class, LocalDate.of(2024, 3, 5))
        .setDefault(String.class, "a") // valid as every kind of id, kebab-case or not
        .setDefault(org.civic.team.GridId.class, org.civic.team.GridId.of("g"))
        .setDefault(org.civic.team.TeamLadder.class, org.civic.team.TeamLadder.defaults())
        .setDefault(org.civic.team.TeamRules.class, org.civic.team.TeamRules.of(TeamFormula.parse("1+N")))
        .setDefault(org.civic.team.Team.class, org.civic.team.Team.builder(TeamId.of("t"), "队", TeamTier.BRIGADE,
            SiteId.of("c")).build())
        .setDefault(org.civic.assessment.Criterion.class, org.civic.assessment.Criterion.assessed())
        .setDefault(org.civic.assessment.AssessmentTable.class, org.civic.assessment.AssessmentTable.builder("t", "表",
            "1").item(org.civic.assessment.Item.of("1", "项", List.of(org.civic.assessment.SubItem.score("1.1", "分项", 10,
            org.civic.assessment.Criterion.assessed())))).build())
        .setDefault(org.civic.activity.Activity.class, org.civic.activity.Activity.builder("a", LocalDate.of(2024, 3, 5),
            SiteId.of("c")).build(java.time.Clock.systemUTC()))
        .setDefault(org.civic.activity.ActivityLog.class, org.civic.activity.ActivityLog.of(List.of()))
        .setDefault(org.civic.order.MenuItem.class, new org.civic.order.MenuItem("m", "宣讲", "政策"))
        .setDefault(org.civic.problem.Location.class, org.civic.problem.Location.unknown())
        .setDefault(org.civic.standard.Message.class, org.civic.standard.Message.civic("six-haves.venue.pass"))
        .setDefault(org.civic.standard.Evaluation.class, org.civic.standard.Evaluation.pass(
            org.civic.standard.Message.civic("six-haves.venue.pass")));
    List<Class<?>> types = publicTypes();
    assertThat(types).hasSizeGreaterThan(100);
    List<String> failures = new ArrayList<>();
    for (Class<?> type : types) {
      try {
        tester.testAllPublicStaticMethods(type);
      } catch (AssertionError | RuntimeException e) {
        failures.add(type.getName() + ": " + e.getMessage());
      }
    }
    assertThat(failures).isEmpty();
  }
}
