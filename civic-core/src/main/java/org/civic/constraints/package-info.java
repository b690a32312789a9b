/**
 * The Bean Validation bridge — 校验注解: {@link org.civic.constraints.MeetsStandard} runs a
 * standard when a host validates its own site objects. The validator lives in
 * {@code constraints.internal}, stateless and thread-safe.
 *
 * <pre>{@code
 * @MeetsStandard
 * record StationRecord(SiteLevel level, SiteFacts facts) implements Checkable {}
 *
 * Set<ConstraintViolation<StationRecord>> v = validator.validate(new StationRecord(STATION, facts));
 * // one violation per FAIL: property path "venue", message "场所面积 12 平方米…" (zh) or "The venue of 12 m²…" (en)
 * }</pre>
 */
@NullMarked
package org.civic.constraints;

import org.jspecify.annotations.NullMarked;
