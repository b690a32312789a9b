/**
 * Standards and compliance — 标准与达标: a {@link org.civic.standard.Standard} is a named,
 * versioned list of {@link org.civic.standard.Requirement}s; the built-in
 * {@link org.civic.standard.SixHaves six haves} (六有) come with per-level thresholds that a
 * province overrides in a {@link org.civic.standard.SixHavesProfile}. Every check answers with
 * an {@link org.civic.standard.Outcome} (PASS, FAIL, INCOMPLETE, NOT_APPLICABLE), evidence, the
 * threshold and a message in Chinese or English. Results roll up per subtree, become scores and
 * star ratings ({@link org.civic.standard.Scoring}, 星级) and funding
 * ({@link org.civic.standard.FundingPolicy}, 经费: the pilot county's defaults, or Shishi's). A
 * standard may include the staffing requirement ({@link org.civic.standard.StaffingRequirement},
 * 编制). Scoring tables with items, points and deductions are {@code org.civic.assessment}'s.
 *
 * <pre>{@code
 * Standard standard = SixHaves.profile()
 *     .withVenueArea(SiteLevel.STATION, 20)                          // a province's profile
 *     .toStandard("某省六有标准", "2024")
 *     .withRequirement(Functioning.activities(12, from, to, counter));
 *
 * SiteCompliance one = standard.check(site);
 * one.violations().forEach(v -> log.info(v.message(Locale.CHINA)));
 *
 * ComplianceResults all = standard.check(hierarchy);
 * all.summary(township, SiteLevel.STATION).counts(SixHaves.RULES).count(Outcome.FAIL);
 * all.funding(county, FundingPolicy.defaults(), Scoring.defaults());
 * }</pre>
 */
@NullMarked
package org.civic.standard;

import org.jspecify.annotations.NullMarked;
