package org.civic.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Hierarchy;
import org.civic.metric.Period;
import org.civic.report.Block.Paragraph;
import org.civic.report.Block.Table;
import org.civic.report.internal.Labels;
import org.civic.volunteer.ServiceLog;
import org.civic.volunteer.ServiceReview;
import org.civic.volunteer.Volunteer;
import org.civic.volunteer.VolunteerActivity;
import org.civic.volunteer.VolunteerHours;
import org.civic.volunteer.VolunteerId;
import org.civic.volunteer.VolunteerStars;

/**
 * The service-hours section of a report — 志愿服务时长 — and what the hours export shares with
 * it: the review of the period's service records on and under the division, the star volunteers
 * of the register under a county's thresholds, and the volunteers ranked by approved hours.
 * Package-private: {@link ReportBuilder#serviceHours} and {@link HoursExport} are the API.
 *
 * <p>Stateless and thread-safe.
 */
final class ServiceHoursSection {

  /** How many lines of the ranking the report shows; the export has them all. */
  static final int TOP = 10;

  private ServiceHoursSection() {}

  static Section build(Hierarchy hierarchy, DivisionCode division, Period period, ServiceLog log,
      VolunteerStars stars) {
    LocalDate from = period.from();
    LocalDate to = period.to();
    ServiceReview review = log.review(hierarchy, division, from, to);
    VolunteerActivity active = log.activity(hierarchy, division, from, to);
    List<List<Cell>> figures = List.of(
        figure("hours.records", Cell.count(review.records(), Unit.NONE)),
        figure("hours.approved", Cell.count(review.approved(), Unit.NONE)),
        figure("hours.pending", Cell.count(review.pending(), Unit.NONE)),
        figure("hours.rejected", Cell.count(review.rejected(), Unit.NONE)),
        figure("hours.recorded-time", hoursCell(review.recordedTime())),
        figure("hours.approved-time", hoursCell(review.approvedTime())),
        figure("hours.active", Cell.count(active.activeVolunteers(), Unit.PEOPLE)));
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Table("service-review", Labels.text("hours.figures"),
        List.of(Labels.text("volunteers.figure"), Labels.text("volunteers.value")), figures));

    Map<VolunteerId, Duration> cumulative = cumulative(log, to);
    long[] byStars = new long[6];
    for (Volunteer v : log.volunteers()) {
      byStars[stars.stars(cumulative.getOrDefault(v.id(), Duration.ZERO))]++;
    }
    List<List<Cell>> starRows = new ArrayList<>();
    for (int s = 5; s >= 1; s--) {
      starRows.add(List.of(Cell.text(Labels.text("hours.star", s)),
          Cell.count(stars.hoursFor(s), Unit.HOURS), Cell.count(byStars[s], Unit.PEOPLE)));
    }
    starRows.add(List.of(Cell.text(Labels.text("hours.no-star")), Cell.text("—"), Cell.count(byStars[0], Unit.PEOPLE)));
    blocks.add(new Table("star-volunteers", Labels.text("hours.stars", stars.toString()), List.of(
        Labels.text("hours.star-level"), Labels.text("hours.star-threshold"), Labels.text("hours.star-count")),
        starRows));

    List<VolunteerHours> ranking = log.ranking(hierarchy, division, from, to);
    if (ranking.isEmpty()) {
      blocks.add(new Paragraph(Labels.text("hours.none")));
    } else {
      List<List<Cell>> top = new ArrayList<>();
      for (VolunteerHours line : ranking.subList(0, Math.min(TOP, ranking.size()))) {
        Volunteer v = log.volunteer(line.volunteer()).orElseThrow();
        top.add(List.of(Cell.count(line.rank(), Unit.NONE), Cell.text(v.name()), Cell.text(v.stableId()),
            hoursCell(line.serviceTime()), Cell.count(line.records(), Unit.NONE),
            Cell.count(stars.stars(cumulative.getOrDefault(v.id(), Duration.ZERO)), Unit.NONE)));
      }
      blocks.add(new Table("hours-ranking", Labels.text("hours.ranking"), List.of(Labels.text("hours.rank"),
          Labels.text("hours.name"), Labels.text("hours.number"), Labels.text("hours.hours"), Labels.text("hours.count"),
          Labels.text("hours.stars-earned")), top));
    }
    blocks.add(new Paragraph(Labels.text("hours.note")));
    return new Section("service-hours", Labels.text("hours.title"), blocks);
  }

  /** Each volunteer's cumulative approved time up to a day, for star levels; those with none are absent. */
  static Map<VolunteerId, Duration> cumulative(ServiceLog log, LocalDate to) {
    Map<VolunteerId, Duration> out = new HashMap<>();
    for (VolunteerHours line : log.ranking(LocalDate.MIN, to)) {
      out.put(line.volunteer(), line.serviceTime());
    }
    return out;
  }

  private static List<Cell> figure(String key, Cell value) {
    return List.of(Cell.text(Labels.text(key)), value);
  }

  /** Hours to one decimal, half-up: the report's figure; exact minutes are in the export. */
  static String hours(Duration d) {
    return BigDecimal.valueOf(d.toMinutes()).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP).toPlainString();
  }

  private static Cell hoursCell(Duration d) {
    String h = hours(d);
    return Cell.text(Text.of(h + "小时", h + " h"));
  }
}
