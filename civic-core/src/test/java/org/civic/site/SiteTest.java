package org.civic.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.civic.division.DivisionCode;
import org.civic.division.DivisionLevel;
import org.junit.jupiter.api.Test;

class SiteTest {

  private static final DivisionCode TOWN = DivisionCode.parse("411081103000");

  @Test
  void factoriesSetTheLevel() {
    Site post = Site.post(SiteId.of("p"), "神垕镇新时代文明实践所", TOWN);
    assertThat(post.level()).isEqualTo(SiteLevel.POST);
    assertThat(post.parent()).isEmpty();
    Site point = Site.point(SiteId.of("pt"), "点", TOWN, post.id());
    assertThat(point.parent()).contains(post.id());
    assertThat(post.withName("神垕镇新时代文明实践所")).isSameAs(post);
    assertThat(post.withName("x").name()).isEqualTo("x");
  }

  @Test
  void parentsFollowTheLevel() {
    assertThatThrownBy(() -> Site.of(SiteId.of("p"), "点", SiteLevel.POINT, TOWN, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a parent");
    assertThatThrownBy(() -> Site.of(SiteId.of("p"), "所", SiteLevel.POST, TOWN, Optional.of(SiteId.of("c"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes its parent from its division");
    assertThatThrownBy(() -> Site.point(SiteId.of("p"), "点", TOWN, SiteId.of("p")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("itself");
  }

  @Test
  void badArguments() {
    assertThatThrownBy(() -> Site.post(SiteId.of("p"), " ", TOWN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Site.post(null, "x", TOWN)).isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThatThrownBy(() -> Site.post(SiteId.of("p"), "x", null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void ids() {
    assertThat(SiteId.of("yz-post_1.a:b/c")).hasToString("yz-post_1.a:b/c");
    assertThatThrownBy(() -> SiteId.of("")).hasMessageContaining("1 to 64 characters");
    assertThatThrownBy(() -> SiteId.of("a b")).hasMessageContaining("' ' at position 2");
    assertThatThrownBy(() -> SiteId.of("站")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SiteId.of("x".repeat(65))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void levels() {
    assertThat(SiteLevel.POST.allowsDivision(DivisionLevel.TOWNSHIP)).isTrue();
    assertThat(SiteLevel.POST.allowsDivision(DivisionLevel.VILLAGE)).isFalse();
    assertThat(SiteLevel.CENTER.allowsDivision(DivisionLevel.CITY)).isTrue();
    assertThat(SiteLevel.POINT.allowsParent(SiteLevel.STATION)).isTrue();
    assertThat(SiteLevel.POINT.allowsParent(SiteLevel.CENTER)).isFalse();
    assertThat(SiteLevel.mainLevelFor(DivisionLevel.VILLAGE)).contains(SiteLevel.STATION);
    assertThat(SiteLevel.mainLevelFor(DivisionLevel.PROVINCE)).isEmpty();
    assertThat(SiteLevel.STATION.chinese()).isEqualTo("新时代文明实践站");
  }
}
