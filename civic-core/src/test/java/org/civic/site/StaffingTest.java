package org.civic.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StaffingTest {

  @Test
  void holdsTheSourcesFigures() {
    Staffing yuzhou = Staffing.approved(11);                 // 核定编制数11个
    assertThat(yuzhou.approved()).isEqualTo(11);
    assertThat(yuzhou.directors()).isZero();
    Staffing proposal = new Staffing(6, 1, 2);                // 拟定编6-8人，设主任1名，副主任2名
    assertThat(proposal.deputyDirectors()).isEqualTo(2);
    assertThat(Staffing.none()).isEqualTo(Staffing.approved(0));
  }

  @Test
  void badFiguresAreRefusedWithWhatWasExpected() {
    assertThatThrownBy(() -> Staffing.approved(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("approved -1");
    assertThatThrownBy(() -> new Staffing(2, 1, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected at most 2");
    assertThatThrownBy(() -> new Staffing(2, -1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isASiteFactThatUnknownFactsLack() {
    SiteFacts facts = SiteFacts.unknown().withStaffing(Staffing.approved(11));
    assertThat(facts.staffing()).contains(Staffing.approved(11));
    assertThat(facts.isUnknown()).isFalse();
    assertThat(SiteFacts.unknown().staffing()).isEmpty();
    assertThat(facts).isNotEqualTo(SiteFacts.unknown()).hasToString(
        "SiteFacts[venue=unknown, signage=unknown, team=unknown, projects=unknown, rules=unknown, display=unknown,"
            + " staffing=Staffing[approved=11, directors=0, deputyDirectors=0]]");
    assertThat(facts.withVenue(Venue.of(20, 1)).staffing()).contains(Staffing.approved(11));
    assertThatThrownBy(() -> SiteFacts.unknown().withStaffing(null)).isInstanceOf(NullPointerException.class);
  }
}
