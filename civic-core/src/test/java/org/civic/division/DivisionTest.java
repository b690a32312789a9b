package org.civic.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class DivisionTest {

  private static final DivisionCode YUZHOU = DivisionCode.parse("411081");

  @Test
  void equalWhenCodeAndNameAre() {
    new EqualsTester()
        .addEqualityGroup(new Division(YUZHOU, "禹州市"), new Division(DivisionCode.parse("411081000000"), "禹州市"))
        .addEqualityGroup(new Division(YUZHOU, "禹州"))
        .addEqualityGroup(new Division(DivisionCode.parse("411081103000"), "禹州市"))
        .testEquals();
  }

  @Test
  void nullIsRefused() {
    new NullPointerTester().setDefault(DivisionCode.class, YUZHOU).testAllPublicConstructors(Division.class);
    new NullPointerTester().testAllPublicInstanceMethods(new Division(YUZHOU, "禹州市"));
    assertThatThrownBy(() -> new Division(null, "禹州市")).hasMessage("code");
    assertThatThrownBy(() -> new Division(YUZHOU, null)).hasMessage("name");
  }

  @Test
  void aBlankNameIsRefusedWithTheCode() {
    assertThatThrownBy(() -> new Division(YUZHOU, " \t")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("division 411081000000 has a blank name");
  }

  @Test
  void theLevelComesFromTheCode_andToStringGivesCodeAndName() {
    Division d = new Division(DivisionCode.parse("411081103000"), "神垕镇");
    assertThat(d.level()).isEqualTo(DivisionLevel.TOWNSHIP);
    assertThat(d).hasToString("411081103000 神垕镇");
  }
}
