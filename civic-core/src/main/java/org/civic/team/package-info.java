/**
 * Volunteer teams — 志愿服务队伍: {@link org.civic.team.Team} with its
 * {@link org.civic.team.TeamTier} (总队 / 分队 / 小队), {@link org.civic.team.TeamCategory} and
 * {@link org.civic.team.Leader}; {@link org.civic.team.TeamFormula} ("1+12+N", "1+10+N", "1+N");
 * {@link org.civic.team.TeamStructure}, which checks a county's teams against a formula and
 * per-level {@link org.civic.team.TeamRules} with the same outcome model as the six haves; and the
 * {@link org.civic.team.TeamTree} with member totals.
 *
 * <pre>{@code
 * TeamFormula formula = TeamFormula.parse("1+10+N");      // exactly 1 brigade, 10 branches, any squads
 * TeamStructureReport report = TeamStructure.check(hierarchy, county, teams, TeamRules.of(formula));
 * report.violations();                                     // two brigades, an undersized squad, …
 * TeamTree.of(teams).totalMembers();
 * }</pre>
 */
@NullMarked
package org.civic.team;

import org.jspecify.annotations.NullMarked;
