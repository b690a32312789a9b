package org.civic.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civic.division.DivisionCode;
import org.civic.metric.Period;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.team.GridId;
import org.civic.team.TeamFormula;
import org.civic.team.TeamId;
import org.civic.volunteer.NationalVolunteerNumber;
import org.civic.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;
import tools.jackson.core.Version;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A host's own DTOs holding civic values — in fields, lists, maps (as keys and as values) and
 * Optionals — round-trip through a mapper with {@link CivicModule}, as they would with a
 * jackson-datatype module; a bad key fails naming the type and why.
 */
class HostDtoTest {

  /** A host's DTO: every civic value that is written as a string, in every position. */
  record CountyFigures(DivisionCode county, Period period, Optional<SiteId> center, Optional<TeamFormula> formula,
      List<VolunteerId> volunteers, Map<DivisionCode, Long> byTownship, Map<Period, Long> byMonth,
      Map<SiteId, List<TeamId>> teamsBySite, Map<VolunteerId, NationalVolunteerNumber> numbers,
      Map<TeamId, GridId> grids, Map<SiteLevel, Integer> sitesByLevel, Map<GridId, Optional<SiteId>> gridSites) {}

  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new CivicModule()).build();

  private static CountyFigures yuzhou() {
    return new CountyFigures(DivisionCode.parse("411081"), Period.parse("2024-Q1"), Optional.of(SiteId.of("yz")),
        Optional.of(TeamFormula.parse("1+12+N")), List.of(VolunteerId.of("v-1"), VolunteerId.of("v-2")),
        Map.of(DivisionCode.parse("411081103000"), 42L, DivisionCode.parse("411081100000"), 7L),
        Map.of(Period.parse("2024-01"), 3L, Period.parse("2024-02"), 5L),
        Map.of(SiteId.of("yz-103"), List.of(TeamId.of("t-1"), TeamId.of("t-2"))),
        Map.of(VolunteerId.of("v-1"), NationalVolunteerNumber.of("ZY-41108120210001")),
        Map.of(TeamId.of("t-1"), GridId.of("g-1")), Map.of(SiteLevel.POST, 18, SiteLevel.STATION, 262),
        Map.of(GridId.of("g-1"), Optional.of(SiteId.of("yz-103")), GridId.of("g-2"), Optional.empty()));
  }

  @Test
  void civicValuesRoundTripInFieldsListsMapsAndOptionals() {
    CountyFigures figures = yuzhou();
    String json = MAPPER.writeValueAsString(figures);
    assertThat(json).contains("\"county\":\"411081000000\"", "\"411081103000\":42", "\"2024-01\":3", "\"yz-103\":[\"t-1\",\"t-2\"]",
        "\"v-1\":\"ZY-41108120210001\"", "\"formula\":\"1+12+N\"", "\"center\":\"yz\"");
    assertThat(MAPPER.readValue(json, CountyFigures.class)).isEqualTo(figures);
  }

  @Test
  void emptyOptionalsAndMapsRoundTrip() {
    CountyFigures none = new CountyFigures(DivisionCode.parse("411081"), Period.year(2024), Optional.empty(),
        Optional.empty(), List.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(none), CountyFigures.class)).isEqualTo(none);
  }

  @Test
  void aBadKeyFailsNamingTheTypeAndTheReason() {
    String json = MAPPER.writeValueAsString(yuzhou()).replace("\"411081103000\":42", "\"4110811X3000\":42");
    assertThatThrownBy(() -> MAPPER.readValue(json, CountyFigures.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("DivisionCode")
        .hasMessageContaining("4110811X3000");
    String badPeriod = MAPPER.writeValueAsString(yuzhou()).replace("\"2024-01\":3", "\"2024-13\":3");
    assertThatThrownBy(() -> MAPPER.readValue(badPeriod, CountyFigures.class))
        .isInstanceOf(DatabindException.class).hasMessageContaining("Period").hasMessageContaining("2024-13");
  }

  @Test
  void theModuleReportsCivicJsonsVersionFromTheBuild() {
    Version version = new CivicModule().version();
    assertThat(version.isUnknownVersion()).isFalse();
    assertThat(version.getGroupId()).isEqualTo("org.civic");
    assertThat(version.getArtifactId()).isEqualTo("civic-json");
    assertThat(version.toString()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(new CivicModule().getModuleName()).isEqualTo("civic");
  }
}
