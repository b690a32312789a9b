package org.civic.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civic.assessment.Assessment;
import org.civic.assessment.AssessmentLine;
import org.civic.assessment.AssessmentTable;
import org.civic.assessment.Assessments;
import org.civic.assessment.Item;
import org.civic.assessment.PointKind;
import org.civic.report.Block.Chart;
import org.civic.report.Block.ChartKind;
import org.civic.report.Block.Paragraph;
import org.civic.report.Block.Series;
import org.civic.report.Block.Table;
import org.civic.report.internal.Labels;
import org.civic.site.SiteLevel;
import org.civic.standard.FundingPolicy;
import org.civic.standard.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * The report's assessment section — 测评情况: the table rated by, per level the sites assessed,
 * their mean total, how many at each star rating and, given a funding policy, the funds their
 * stars earn; the points lost per item; and the lowest totals with the reasons for the points lost,
 * in Chinese and English. Made by {@link ReportBuilder#assessment}.
 *
 * <p>Stateless and thread-safe.
 */
final class AssessmentSection {

  /** How many of the lowest totals the section lists. */
  static final int LOWEST = 5;
  /** How many lost points of each of those it explains. */
  static final int REASONS = 2;

  private AssessmentSection() {}

  static Section build(Assessments all, @Nullable FundingPolicy funding) {
    AssessmentTable table = all.table();
    List<Block> blocks = new ArrayList<>();
    String bonus = format(table.maxBonus());
    blocks.add(new Paragraph(Labels.text(table.base().signum() > 0 ? "assessment.intro-deductions" : "assessment.intro",
        table.name(Locale.CHINA), table.name(Locale.ENGLISH), format(table.maxPoints()), bonus,
        table.items().size(), table.subItems().size(), all.all().size())));
    blocks.add(byLevel(all, funding));
    byItem(all, blocks);
    List<Assessment> lowest = all.all().stream()
        .sorted(Comparator.comparing(Assessment::total).thenComparing(a -> a.subject().id())).limit(LOWEST).toList();
    if (!lowest.isEmpty()) {
      blocks.add(lowest(lowest, table.stars().isPresent()));
    }
    long incomplete = all.all().stream().filter(Assessment::incomplete).count();
    if (incomplete > 0) {
      blocks.add(new Paragraph(Labels.text("assessment.incomplete", incomplete)));
    }
    return new Section("assessment", Labels.text("assessment.title"), blocks);
  }

  private static Table byLevel(Assessments all, @Nullable FundingPolicy funding) {
    boolean stars = all.table().stars().isPresent();
    List<Text> columns = new ArrayList<>(List.of(Labels.text("funding.level"), Labels.text("funding.sites"),
        Labels.text("assessment.mean")));
    if (stars) {
      for (int s = 5; s >= 1; s--) {
        columns.add(Labels.text("assessment.stars", s));
      }
      columns.add(Labels.text("assessment.unrated"));
    }
    if (funding != null) {
      columns.add(Labels.text("funding.amount"));
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (SiteLevel level : SiteLevel.values()) {
      long n = all.count(level);
      if (n == 0) {
        continue;
      }
      List<Cell> row = new ArrayList<>();
      row.add(Cell.text(Labels.text("site." + level)));
      row.add(Cell.count(n, Unit.ITEMS));
      row.add(Cell.text(all.mean(level, 1).map(BigDecimal::toPlainString).orElse("—")));
      if (stars) {
        for (int s = 5; s >= 0; s--) {
          row.add(Cell.count(all.count(level, s), Unit.ITEMS));
        }
      }
      if (funding != null) {
        row.add(Cell.yuan(all.funding(funding, level)));
      }
      rows.add(row);
    }
    return new Table("assessment-by-level", Labels.text("assessment.by-level"), columns, rows);
  }

  /** Per item: its points, and over every site assessed the points lost and the sites that lost some. */
  private static void byItem(Assessments all, List<Block> blocks) {
    List<List<Cell>> rows = new ArrayList<>();
    List<Text> names = new ArrayList<>();
    List<Double> lostShare = new ArrayList<>();
    for (Item item : all.table().items()) {
      BigDecimal lost = BigDecimal.ZERO;
      long sites = 0;
      for (Assessment a : all.all()) {
        BigDecimal l = BigDecimal.ZERO;
        for (AssessmentLine line : a.lines()) {
          if (line.itemId().equals(item.id())) {
            l = l.add(line.lost());
          }
        }
        lost = lost.add(l);
        sites += l.signum() > 0 ? 1 : 0;
      }
      Text name = Text.of(item.id() + " " + item.name(Locale.CHINA), item.id() + " " + item.name(Locale.ENGLISH));
      rows.add(List.of(Cell.text(name), Cell.text(format(item.points(PointKind.SCORE))),
          Cell.text(format(item.points(PointKind.BONUS))), Cell.text(format(item.points(PointKind.DEDUCTION))),
          Cell.text(format(lost)), Cell.count(sites, Unit.ITEMS)));
      names.add(name);
      lostShare.add(all.all().isEmpty() ? 0.0 : lost.doubleValue() / all.all().size());
    }
    blocks.add(new Table("assessment-by-item", Labels.text("assessment.by-item"), List.of(Labels.text("assessment.item"),
        Labels.text("assessment.score"), Labels.text("assessment.bonus"), Labels.text("assessment.deduction"),
        Labels.text("assessment.lost"), Labels.text("assessment.sites-losing")), rows));
    if (!all.all().isEmpty()) {
      blocks.add(new Chart("assessment-chart", Labels.text("assessment.chart"), ChartKind.BARS, names,
          List.of(new Series(Labels.text("assessment.lost-per-site"), lostShare)), false));
    }
  }

  private static Table lowest(List<Assessment> lowest, boolean stars) {
    List<List<Cell>> rows = new ArrayList<>();
    for (Assessment a : lowest) {
      List<AssessmentLine> lost = a.lines().stream()
          .filter(l -> l.outcome() == Outcome.FAIL && l.lost().signum() > 0)
          .sorted(Comparator.comparing(AssessmentLine::lost).reversed()).limit(REASONS).toList();
      StringBuilder zh = new StringBuilder();
      StringBuilder en = new StringBuilder();
      for (AssessmentLine l : lost) {
        zh.append(zh.length() == 0 ? "" : " ").append(l.message(Locale.CHINA));
        en.append(en.length() == 0 ? "" : " ").append(l.message(Locale.ENGLISH));
      }
      Optional<String> none = lost.isEmpty() ? Optional.of("—") : Optional.empty();
      rows.add(List.of(Cell.text(a.subject().name()), Cell.text(Labels.text("assessment.level." + a.subject().level())),
          Cell.text(format(a.total())), Cell.text(stars ? Integer.toString(a.stars()) : "—"),
          Cell.text(Text.of(none.orElse(zh.toString()), none.orElse(en.toString())))));
    }
    return new Table("assessment-lowest", Labels.text("assessment.lowest"), List.of(Labels.text("assessment.site"),
        Labels.text("funding.level"), Labels.text("assessment.total"), Labels.text("assessment.star"),
        Labels.text("assessment.reasons")), rows);
  }

  private static String format(BigDecimal points) {
    BigDecimal p = points.stripTrailingZeros();
    return (p.scale() < 0 ? p.setScale(0) : p).toPlainString();
  }
}
