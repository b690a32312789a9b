package org.civic.report;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import org.civic.hierarchy.Hierarchy;
import org.civic.metric.Period;
import org.civic.report.Block.Table;
import org.civic.report.internal.Labels;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.team.TeamId;
import org.civic.volunteer.NationalVolunteerNumber;
import org.civic.volunteer.ServiceLog;
import org.civic.volunteer.Volunteer;
import org.civic.volunteer.VolunteerActivity;
import org.civic.volunteer.VolunteerHours;
import org.civic.volunteer.VolunteerId;
import org.civic.volunteer.VolunteerStars;

/**
 * The CSV export of service hours — 志愿服务时长导出: hours per volunteer, per site and per team for
 * a period, in the {@link CsvRenderer}'s conventions (UTF-8, RFC 4180 quoting, CRLF, an optional
 * byte-order mark for Excel, no cell a spreadsheet could take for a formula) and in Chinese or
 * English headings.
 *
 * <ul>
 *   <li>{@code hours-by-volunteer.csv}: every volunteer with approved service in the period, in the
 *       order of {@link ServiceLog#ranking} (more time first; equal times share a rank and follow
 *       volunteer id order): rank, id, national volunteer number (blank if unknown), name, minutes
 *       (exact), hours (one decimal, half-up), records, and stars from the cumulative approved
 *       time up to the period's last day under the given thresholds.</li>
 *   <li>{@code hours-by-site.csv}: every site with approved service in the period, in site id
 *       order: id, name (blank if the hierarchy lacks the site), distinct volunteers, person-times,
 *       minutes, hours.</li>
 *   <li>{@code hours-by-team.csv}: every team that recorded approved service in the period, in
 *       team id order, with the same figures.</li>
 * </ul>
 *
 * <p>Only approved time counts (see {@link ServiceLog}). Stateless and thread-safe.
 *
 * <pre>{@code
 * Map<String, String> files = HoursExport.csv(log, hierarchy, Period.year(2024), VolunteerStars.zhangjiagang(),
 *     ReportStyle.chinese(), true);
 * }</pre>
 */
public final class HoursExport {

  private HoursExport() {}

  /**
   * Renders the hours of a period as CSV files.
   *
   * @param log the volunteers and service records, not null
   * @param hierarchy the hierarchy, for site names, not null
   * @param period the period, not null
   * @param stars the star thresholds, such as {@link VolunteerStars#national()}, not null
   * @param style the language of the headings and the number formats, not null
   * @param excelBom whether to start each file with a UTF-8 byte-order mark
   * @return file name to content, in the order volunteers, sites, teams, not null
   */
  public static Map<String, String> csv(ServiceLog log, Hierarchy hierarchy, Period period, VolunteerStars stars,
      ReportStyle style, boolean excelBom) {
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(hierarchy, "hierarchy");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(stars, "stars");
    Objects.requireNonNull(style, "style");
    LocalDate from = period.from();
    LocalDate to = period.to();
    Map<String, String> files = new LinkedHashMap<>();
    files.put("hours-by-volunteer.csv", CsvRenderer.table(byVolunteer(log, from, to, stars), style, excelBom));
    SortedMap<SiteId, VolunteerActivity> sites = log.bySite(from, to);
    List<List<Cell>> siteRows = new ArrayList<>();
    sites.forEach((id, a) -> siteRows.add(row(id.value(), hierarchy.site(id).map(Site::name).orElse(""), a)));
    files.put("hours-by-site.csv", CsvRenderer.table(new Table("hours-by-site", Labels.text("hours.by-site"),
        columns("hours.site"), siteRows), style, excelBom));
    SortedMap<TeamId, VolunteerActivity> teams = log.byTeam(from, to);
    List<List<Cell>> teamRows = new ArrayList<>();
    teams.forEach((id, a) -> teamRows.add(row(id.value(), "", a)));
    files.put("hours-by-team.csv", CsvRenderer.table(new Table("hours-by-team", Labels.text("hours.by-team"),
        columns("hours.team"), teamRows), style, excelBom));
    return files;
  }

  private static Table byVolunteer(ServiceLog log, LocalDate from, LocalDate to, VolunteerStars stars) {
    Map<VolunteerId, Duration> cumulative = ServiceHoursSection.cumulative(log, to);
    List<List<Cell>> rows = new ArrayList<>();
    for (VolunteerHours line : log.ranking(from, to)) {
      Volunteer v = log.volunteer(line.volunteer()).orElseThrow();
      rows.add(List.of(number(line.rank()), Cell.text(v.id().value()),
          Cell.text(v.nationalNumber().map(NationalVolunteerNumber::value).orElse("")), Cell.text(v.name()),
          number(line.serviceTime().toMinutes()), Cell.text(ServiceHoursSection.hours(line.serviceTime())),
          number(line.records()), number(stars.stars(cumulative.getOrDefault(v.id(), Duration.ZERO)))));
    }
    return new Table("hours-by-volunteer", Labels.text("hours.ranking"), List.of(Labels.text("hours.rank"),
        Labels.text("hours.volunteer-id"), Labels.text("hours.national-number"), Labels.text("hours.name"),
        Labels.text("hours.minutes"), Labels.text("hours.hours"), Labels.text("hours.count"),
        Labels.text("hours.stars-earned")), rows);
  }

  private static List<Text> columns(String what) {
    return List.of(Labels.text(what), Labels.text("hours.place-name"), Labels.text("hours.volunteers"),
        Labels.text("hours.person-times"), Labels.text("hours.minutes"), Labels.text("hours.hours"));
  }

  private static List<Cell> row(String id, String name, VolunteerActivity a) {
    return List.of(Cell.text(id), Cell.text(name), number(a.activeVolunteers()), number(a.personTimes()),
        number(a.serviceTime().toMinutes()), Cell.text(ServiceHoursSection.hours(a.serviceTime())));
  }

  /** A whole number as a spreadsheet reads it: no grouping, no unit. */
  private static Cell number(long n) {
    return Cell.text(Long.toString(n));
  }
}
