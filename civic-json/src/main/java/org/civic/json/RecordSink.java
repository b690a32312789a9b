package org.civic.json;

import org.civic.activity.Activity;
import org.civic.assessment.AssessmentTable;
import org.civic.assessment.Inspection;
import org.civic.division.Division;
import org.civic.hierarchy.HierarchyBuilder;
import org.civic.metric.IncrementalRollup;
import org.civic.order.ServiceOrder;
import org.civic.site.Site;
import org.civic.team.GridGroup;
import org.civic.team.Organisation;
import org.civic.team.Team;
import org.civic.team.TeamRules;
import org.civic.volunteer.ServiceRecord;
import org.civic.volunteer.Volunteer;

/**
 * Receives the records of a JSON Lines stream as they are read — 记录接收器 — one call per good
 * record, in stream order. Every method does nothing by default; override those you need, or
 * feed a {@link HierarchyBuilder} or an {@link IncrementalRollup} straight away, or collect every
 * record into a {@link Dataset} with {@link Dataset#builder()}, which is a sink.
 */
public interface RecordSink {

  /** Receives a division. */
  default void division(Division division) {}

  /** Receives a site. */
  default void site(Site site) {}

  /** Receives a team. */
  default void team(Team team) {}

  /** Receives a volunteer grid group (志愿网格小组). */
  default void grid(GridGroup grid) {}

  /** Receives a participating organisation (参与组织): a volunteer or social organisation of "1+N". */
  default void organisation(Organisation organisation) {}

  /** Receives a volunteer. */
  default void volunteer(Volunteer volunteer) {}

  /** Receives an activity. */
  default void activity(Activity activity) {}

  /** Receives a service order. */
  default void order(ServiceOrder order) {}

  /** Receives a county's team rules (队伍组建规则); a later one replaces an earlier one. */
  default void teamRules(TeamRules rules) {}

  /** Receives a standard profile. */
  default void profile(StandardProfile profile) {}

  /** Receives an assessment table (测评体系). */
  default void assessmentTable(AssessmentTable table) {}

  /** Receives an assessor's visit with its marks (测评打分记录). */
  default void inspection(Inspection inspection) {}

  /** Receives a service record (志愿服务记录). */
  default void serviceRecord(ServiceRecord record) {}

  /**
   * Returns a sink that keeps nothing: for a reader whose records of interest go elsewhere (an
   * {@code ActivityLog.Builder}), while the report still counts and checks every record.
   *
   * @return the sink, not null
   */
  static RecordSink none() {
    return new RecordSink() {};
  }

  /**
   * Returns a sink that adds divisions and sites to a hierarchy builder. {@link CivicJson}'s
   * {@code readLines} puts the lines civic writes straight into the builder's columns, without a
   * {@code Division} or {@code Site} per line (the national path); the builder receives the same
   * divisions and sites, in stream order, as it would one by one.
   *
   * <pre>{@code
   * HierarchyBuilder builder = Hierarchy.builder();
   * CivicJson json = CivicJson.lenient();
   * json.readLines(divisionsIn, "divisions.jsonl", RecordSink.into(builder));
   * json.readLines(sitesIn, "sites.jsonl", RecordSink.into(builder));
   * BuildResult built = builder.buildLenient();
   * }</pre>
   *
   * <p>Reading into a builder that has built throws {@link IllegalStateException}, as adding to
   * it does.
   *
   * @param builder the builder, not null
   * @return the sink, not null
   */
  static RecordSink into(HierarchyBuilder builder) {
    return new HierarchySink(builder);
  }

  /**
   * Returns a sink that adds activities and orders to an incremental roll-up.
   *
   * @param rollup the roll-up, not null
   * @return the sink, not null
   */
  static RecordSink into(IncrementalRollup rollup) {
    java.util.Objects.requireNonNull(rollup, "rollup");
    return new RecordSink() {
      @Override
      public void activity(Activity activity) {
        rollup.add(activity);
      }

      @Override
      public void order(ServiceOrder order) {
        rollup.add(order);
      }
    };
  }
}
