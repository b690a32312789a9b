package org.civic.report;

import static org.civic.report.ReportBuilder.figure;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.civic.division.DivisionCode;
import org.civic.metric.ActivityRollup;
import org.civic.metric.MetricSet;
import org.civic.metric.Period;
import org.civic.report.Block.Chart;
import org.civic.report.Block.ChartKind;
import org.civic.report.Block.Series;
import org.civic.report.Block.Table;
import org.civic.report.internal.Labels;

/**
 * The report's volunteers and activities section (志愿服务): the period's figures — registered and
 * active volunteers, person-times, participating organisations, activities, people served,
 * service hours (whole, half up) — and each month's activities, person-times and people served,
 * each month counted within the period only, so that the months add up to it.
 *
 * <p>Stateless and thread-safe.
 */
final class VolunteerSection {

  private VolunteerSection() {}

  static Section build(ActivityRollup rollup, DivisionCode division, Period period, long registered,
      boolean organisationsGiven) {
    MetricSet m = rollup.metrics(division, period);
    List<List<Cell>> rows = new ArrayList<>();
    if (registered >= 0) {
      rows.add(figure("volunteers.registered", Cell.count(registered, Unit.PEOPLE)));
    }
    rows.add(figure("volunteers.active", Cell.count(m.volunteers().count(), Unit.PEOPLE)));
    rows.add(figure("volunteers.person-times", Cell.count(m.personTimes(), Unit.PERSON_TIMES)));
    if (!m.organisations().isEmpty() || organisationsGiven) {
      rows.add(figure("volunteers.organisations", Cell.count(m.organisations().size(), Unit.ITEMS)));
    }
    rows.add(figure("volunteers.activities", Cell.count(m.activities(), Unit.EVENTS)));
    rows.add(figure("volunteers.beneficiaries", Cell.count(m.beneficiaries(), Unit.PERSON_TIMES)));
    // whole hours, half up, as the report rounds everywhere: 59 minutes are 1 hour, not 0
    rows.add(figure("volunteers.hours", Cell.count((m.serviceTime().toMinutes() + 30) / 60, Unit.HOURS)));
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Table("volunteer-figures", Labels.text("volunteers.table"),
        List.of(Labels.text("volunteers.figure"), Labels.text("volunteers.value")), rows));
    List<List<Cell>> months = new ArrayList<>();
    List<Text> cats = new ArrayList<>();
    List<Double> counts = new ArrayList<>();
    YearMonth first = YearMonth.from(period.from());
    YearMonth last = YearMonth.from(period.to());
    for (YearMonth ym = first; ; ym = ym.plusMonths(1)) { // each month within the period: they add up to it
      MetricSet mm = rollup.metrics(division, Period.between(max(ym.atDay(1), period.from()),
          min(ym.atEndOfMonth(), period.to())));
      months.add(List.of(Cell.text(ym.toString()), Cell.count(mm.activities(), Unit.EVENTS),
          Cell.count(mm.personTimes(), Unit.PERSON_TIMES), Cell.count(mm.beneficiaries(), Unit.PERSON_TIMES)));
      cats.add(first.getYear() == last.getYear() ? Text.of(ym.getMonthValue() + "月", ym.getMonth().getDisplayName(
          java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH)) : Text.same(ym.toString()));
      counts.add((double) mm.activities());
      if (ym.equals(last)) {
        break; // before plusMonths: the last month a date holds has no next
      }
    }
    blocks.add(new Table("activities-by-month", Labels.text("volunteers.by-month"), List.of(
        Labels.text("volunteers.month"), Labels.text("volunteers.activities"), Labels.text("volunteers.person-times"),
        Labels.text("volunteers.beneficiaries")), months));
    if (cats.size() > 1) {
      blocks.add(new Chart("activities-chart", Labels.text("volunteers.chart"), ChartKind.LINE, cats,
          List.of(new Series(Labels.text("volunteers.activities"), counts)), false));
    }
    return new Section("volunteers", Labels.text("volunteers.title"), blocks);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
