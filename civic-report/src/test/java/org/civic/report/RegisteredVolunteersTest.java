package org.civic.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The registered volunteers (注册志愿者) are a named figure of the report, never negative. */
class RegisteredVolunteersTest {

  @Test
  void theRegisterIsARowOfTheVolunteerFiguresAndNeverNegative() {
    String with = MarkdownRenderer.render(SmallCounty.builder().registeredVolunteers(94_066).build(),
        ReportStyle.english());
    assertThat(with).contains("Registered volunteers").contains("94,066");
    assertThatThrownBy(() -> SmallCounty.builder().registeredVolunteers(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }
}
