/**
 * Volunteer teams and grids — 志愿服务队伍与志愿网格: {@link org.civic.team.Team} with its
 * {@link org.civic.team.TeamTier} (总队 / 支队 / 大队 / 分队 / 小队 / 服务点, or a county's own) on a
 * county's {@link org.civic.team.TeamLadder}, its {@link org.civic.team.TeamCategory} and
 * {@link org.civic.team.Leader}; {@link org.civic.team.TeamFormula} ("1+12+N", "1+10+N", "1+N");
 * the {@link org.civic.team.TeamTree} of any depth with member totals; volunteer grid groups
 * ({@link org.civic.team.GridGroup}, 网格小组, each with an information officer 信息员) and their
 * {@link org.civic.team.GridCounts}; and {@link org.civic.team.TeamStructure}, which checks a
 * county's teams and grids against a formula and {@link org.civic.team.TeamRules} — per-level
 * rules, where a team may sit along the sites ({@link org.civic.team.TeamPlacement}), which levels
 * need grid groups — with the same outcome model as the six haves.
 *
 * <pre>{@code
 * TeamFormula formula = TeamFormula.parse("1+10+N");      // exactly 1 brigade, 10 branches, any local teams
 * TeamRules rules = TeamRules.of(formula)
 *     .withLadder(TeamLadder.of(List.of(TeamTier.BRIGADE, TeamTier.BATTALION, TeamTier.BRANCH, TeamTier.SQUAD),
 *         TeamTier.BRANCH))                                // 总队 > 大队 > 分队 > 小队
 *     .withGridsRequiredAt(Set.of(SiteLevel.STATION));     // every station has a grid group
 * TeamStructureReport report = TeamStructure.check(hierarchy, county, teams, grids, rules);
 * report.violations();                                     // an undersized station team, a grid without 信息员, …
 * report.tree().depth();                                   // 2: brigade → township teams → village teams
 * GridCounts.of(hierarchy, township, grids).withOfficer();
 * }</pre>
 */
@NullMarked
package org.civic.team;

import org.jspecify.annotations.NullMarked;
