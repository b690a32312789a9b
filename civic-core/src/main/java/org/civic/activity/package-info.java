/**
 * Activities — 文明实践活动: {@link org.civic.activity.Activity}, checked field by field when built
 * (negative counts, impossible hours, a date after the clock's today are rejected with the
 * activity and field named).
 *
 * <pre>{@code
 * Activity a = Activity.builder("a-1", LocalDate.of(2024, 3, 5), SiteId.of("s1"))
 *     .category(TeamCategory.THEORY).monthTheme("学雷锋")
 *     .volunteers(List.of(VolunteerId.of("v1"), VolunteerId.of("v2")))
 *     .beneficiaries(120).serviceTime(Duration.ofHours(6))
 *     .build(Clock.systemDefaultZone());
 * }</pre>
 */
@NullMarked
package org.civic.activity;

import org.jspecify.annotations.NullMarked;
