package org.civic.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCodeTest {

  @ParameterizedTest
  @CsvSource({
      "410000000000, PROVINCE, ''",
      "411000000000, CITY, 410000000000",
      "411081000000, COUNTY, 411000000000",
      "411081103000, TOWNSHIP, 411081000000",
      "411081103201, VILLAGE, 411081103000",
      // A city without counties: the township's parent is the city itself.
      "441900003000, TOWNSHIP, 441900000000",
      "441900003001, VILLAGE, 441900003000",
      "460400100000, TOWNSHIP, 460400000000",
  })
  void levelAndParentComeFromTheDigits(String text, DivisionLevel level, String parent) {
    DivisionCode code = DivisionCode.parse(text);
    assertThat(code.level()).isEqualTo(level);
    assertThat(code.parent().map(DivisionCode::toString)).isEqualTo(
        parent.isEmpty() ? Optional.empty() : Optional.of(parent));
    assertThat(code.toString()).isEqualTo(text);
    assertThat(DivisionCode.parse(code.toString())).isEqualTo(code);
  }

  @Test
  void sixDigitCodesMeanTheCountyLevelUnit() {
    DivisionCode yuzhou = DivisionCode.parse("411081");
    assertThat(yuzhou).isEqualTo(DivisionCode.parse("411081000000"));
    assertThat(yuzhou.level()).isEqualTo(DivisionLevel.COUNTY);
    assertThat(yuzhou.countyCode()).isEqualTo("411081");
    assertThat(DivisionCode.parse("441900").level()).isEqualTo(DivisionLevel.CITY);
  }

  @ParameterizedTest
  @CsvSource({
      "411081001000, STREET", "411081099000, STREET", "411081100000, TOWN", "411081199000, TOWN",
      "411081200000, TOWNSHIP", "411081399000, TOWNSHIP", "360826402000, OTHER", "360826599000, OTHER",
  })
  void townshipKindBoundaries(String text, TownshipKind kind) {
    assertThat(DivisionCode.parse(text).townshipKind()).contains(kind);
    assertThat(DivisionCode.parse(text).villageKind()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "411081103001, COMMUNITY", "411081103199, COMMUNITY", "411081103200, VILLAGE",
      "411081103399, VILLAGE", "411081103400, OTHER", "411081103599, OTHER",
  })
  void villageKindBoundaries(String text, VillageKind kind) {
    assertThat(DivisionCode.parse(text).villageKind()).contains(kind);
    assertThat(DivisionCode.parse(text).townshipKind()).contains(TownshipKind.TOWN);
  }

  @Test
  void countyAndAboveHaveNoUnitKind() {
    assertThat(DivisionCode.parse("411081").townshipKind()).isEmpty();
    assertThat(DivisionCode.parse("411081").villageKind()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "41108", "4110810000001", "41108100000a", "41108100000 ", "１１１１１１",
      "000000000000", "410000001000", "410000000001", "411081000001", "-11081000000"})
  void malformedCodesAreRejectedWithTheInputNamed(String text) {
    assertThatThrownBy(() -> DivisionCode.parse(text))
        .isInstanceOf(InvalidDivisionCodeException.class)
        .hasMessageContaining("\"" + text + "\"")
        .hasMessageContaining("expected")
        .satisfies(e -> assertThat(((InvalidDivisionCodeException) e).input()).isEqualTo(text));
  }

  @Test
  void badCharacterIsNamedWithItsPosition() {
    assertThatThrownBy(() -> DivisionCode.parse("4110810x0000"))
        .hasMessageContaining("'x' at position 8");
  }

  @Test
  void numericFactoryChecksTheSameRules() {
    assertThat(DivisionCode.of(411081000000L)).isEqualTo(DivisionCode.parse("411081"));
    assertThatThrownBy(() -> DivisionCode.of(-1)).isInstanceOf(InvalidDivisionCodeException.class);
    assertThatThrownBy(() -> DivisionCode.of(1_000_000_000_000L)).isInstanceOf(InvalidDivisionCodeException.class);
    assertThat(DivisionCode.isValid(411081000000L)).isTrue();
    assertThat(DivisionCode.isValid(411081000001L)).isFalse();
  }

  @Test
  void nullIsRejected() {
    assertThatThrownBy(() -> DivisionCode.parse(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void ancestry() {
    DivisionCode county = DivisionCode.parse("411081");
    assertThat(county.isAncestorOf(DivisionCode.parse("411081103201"))).isTrue();
    assertThat(county.isAncestorOf(county)).isFalse();
    assertThat(county.isAncestorOf(DivisionCode.parse("411082103201"))).isFalse();
    assertThat(DivisionCode.parse("441900").isAncestorOf(DivisionCode.parse("441900003001"))).isTrue();
    assertThat(DivisionCode.parse("411081103201").isAncestorOf(county)).isFalse();
  }

  @Test
  void ordersByValue() {
    assertThat(DivisionCode.parse("411081").compareTo(DivisionCode.parse("411081001000"))).isNegative();
  }
}
