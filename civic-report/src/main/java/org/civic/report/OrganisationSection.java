package org.civic.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.metric.ActivityRollup;
import org.civic.metric.Period;
import org.civic.metric.Ratio;
import org.civic.report.Block.Paragraph;
import org.civic.report.Block.Table;
import org.civic.report.internal.Labels;
import org.civic.team.Organisation;
import org.civic.team.OrganisationCounts;
import org.civic.team.OrganisationId;
import org.civic.team.OrganisationKind;
import org.civic.team.OrganisationRegister;
import org.civic.team.Team;

/**
 * The participating-organisations section of a report — 参与组织（1+N）: the organisations the
 * registers list by kind, those that take part in the division's teams, and those that took part
 * in its activities in the period, per township and in all; then the active organisations by kind,
 * and any that activities named but no register lists. Package-private:
 * {@link ReportBuilder#organisations} is the API.
 *
 * <p>Stateless and thread-safe.
 */
final class OrganisationSection {

  private OrganisationSection() {}

  static Section build(Hierarchy hierarchy, DivisionCode division, Period period, OrganisationRegister register,
      Collection<Team> teams, Optional<ActivityRollup> rollup) {
    List<List<Cell>> rows = new ArrayList<>();
    for (Division child : hierarchy.children(division)) {
      OrganisationCounts c = register.counts(hierarchy, child.code(), teams);
      long active = active(rollup, child.code(), period).size();
      if (c.registered() > 0 || c.inTeams() > 0 || active > 0) {
        rows.add(row(Text.same(child.name()), c, active, rollup.isPresent()));
      }
    }
    OrganisationCounts all = register.counts(hierarchy, division, teams);
    SortedSet<OrganisationId> activeIds = active(rollup, division, period);
    rows.add(row(Labels.text("organisations.total"), all, activeIds.size(), rollup.isPresent()));
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph(Labels.text("organisations.summary", all.registered(), all.volunteerOrganisations(),
        all.socialOrganisations(), all.otherForces(), all.inTeams())));
    List<Text> columns = new ArrayList<>(List.of(Labels.text("organisations.division"),
        Labels.text("organisations.volunteer"), Labels.text("organisations.social"), Labels.text("organisations.other"),
        Labels.text("organisations.in-teams")));
    if (rollup.isPresent()) {
      columns.add(Labels.text("organisations.active"));
    }
    blocks.add(new Table("organisations", Labels.text("organisations.table"), columns, rows));
    if (rollup.isPresent()) {
      long[] activeByKind = new long[OrganisationKind.values().length];
      List<OrganisationId> unlisted = new ArrayList<>();
      List<OrganisationId> elsewhere = new ArrayList<>();
      for (OrganisationId id : activeIds) {
        Optional<Organisation> o = register.get(id);
        if (o.isEmpty()) {
          unlisted.add(id);
        } else if (!o.get().division().equals(division) && !division.isAncestorOf(o.get().division())) {
          elsewhere.add(id); // registered by the city, say: not among the county's listed, so not in its rates
        } else {
          activeByKind[o.get().kind().ordinal()]++;
        }
      }
      List<List<Cell>> kinds = new ArrayList<>();
      for (OrganisationKind k : OrganisationKind.values()) {
        long listed = all.registered(k);
        if (listed == 0 && activeByKind[k.ordinal()] == 0) {
          continue; // a kind the county does not have
        }
        kinds.add(List.of(Cell.text(Labels.text("organisations.kind." + k)), Cell.count(listed, Unit.ITEMS),
            Cell.count(activeByKind[k.ordinal()], Unit.ITEMS), Cell.rate(Ratio.of(activeByKind[k.ordinal()], listed))));
      }
      blocks.add(new Table("organisations-by-kind", Labels.text("organisations.by-kind"),
          List.of(Labels.text("organisations.kind"), Labels.text("organisations.registered"),
              Labels.text("organisations.active"), Labels.text("organisations.active-rate")), kinds));
      if (!unlisted.isEmpty()) {
        blocks.add(new Paragraph(Labels.text("organisations.unlisted", unlisted.size(),
            String.join(", ", unlisted.stream().map(OrganisationId::value).toList()))));
      }
      if (!elsewhere.isEmpty()) {
        blocks.add(new Paragraph(Labels.text("organisations.elsewhere", elsewhere.size(),
            String.join(", ", elsewhere.stream().map(OrganisationId::value).toList()))));
      }
    }
    return new Section("organisations", Labels.text("organisations.title"), blocks);
  }

  private static SortedSet<OrganisationId> active(Optional<ActivityRollup> rollup, DivisionCode division,
      Period period) {
    return rollup.map(r -> r.metrics(division, period).organisations())
        .orElse(java.util.Collections.emptySortedSet());
  }

  private static List<Cell> row(Text name, OrganisationCounts c, long active, boolean withActive) {
    List<Cell> row = new ArrayList<>(List.of(Cell.text(name), Cell.count(c.volunteerOrganisations(), Unit.ITEMS),
        Cell.count(c.socialOrganisations(), Unit.ITEMS), Cell.count(c.otherForces(), Unit.ITEMS),
        Cell.count(c.inTeams(), Unit.ITEMS)));
    if (withActive) {
      row.add(Cell.count(active, Unit.ITEMS));
    }
    return row;
  }
}
