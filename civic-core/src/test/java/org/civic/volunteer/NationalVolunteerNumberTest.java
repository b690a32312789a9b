package org.civic.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NationalVolunteerNumberTest {

  @Test
  void anOpaqueNumberReadsBackAsWritten() {
    NationalVolunteerNumber n = NationalVolunteerNumber.of("ZY-4110810001234");
    assertThat(n.value()).isEqualTo("ZY-4110810001234");
    assertThat(NationalVolunteerNumber.of(n.toString())).isEqualTo(n).hasSameHashCodeAs(n);
    assertThat(NationalVolunteerNumber.of("a")).isLessThan(NationalVolunteerNumber.of("b"));
    assertThat(NationalVolunteerNumber.of("1".repeat(32)).value()).hasSize(32);
  }

  @Test
  void badTextIsRefusedWithWhatWasExpected() {
    assertThatThrownBy(() -> NationalVolunteerNumber.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> NationalVolunteerNumber.of("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid national volunteer number").hasMessageContaining("1 to 32 characters");
    assertThatThrownBy(() -> NationalVolunteerNumber.of("1".repeat(33))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NationalVolunteerNumber.of("志愿者1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'志' at position 1");
    assertThatThrownBy(() -> NationalVolunteerNumber.of("v 1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("position 2");
  }

  @Test
  void aResidentIdentityNumberIsRefusedAndNotEchoed() {
    // GB 11643's own example, and one on a Yuzhou code: valid dates and check characters.
    for (String id : new String[] {"11010519491231002X", "11010519491231002x", "411081198001010019"}) {
      assertThat(NationalVolunteerNumber.isResidentIdentityNumber(id)).as(id).isTrue();
      assertThatThrownBy(() -> NationalVolunteerNumber.of(id)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not a resident identity number").hasMessageNotContaining(id.substring(6));
    }
    // 18 digits that are not an ID-card number: a wrong check character, an impossible date.
    for (String other : new String[] {"110105194912310021", "411081198002300017", "000000000000000000"}) {
      assertThat(NationalVolunteerNumber.isResidentIdentityNumber(other)).as(other).isFalse();
      assertThat(NationalVolunteerNumber.of(other).value()).isEqualTo(other);
    }
  }
}
