package org.civic.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.civic.activity.Activity;
import org.civic.division.DivisionCode;
import org.civic.team.Organisation;
import org.civic.team.OrganisationId;
import org.civic.team.OrganisationKind;
import org.civic.team.Team;

/**
 * Generators of participating organisations — 随机参与组织 — the "N" of "1+N": a county's register
 * of volunteer organisations, social organisations and other social forces, and their
 * participation in teams and activities.
 *
 * <p>Stateless and thread-safe. The same seed gives the same organisations.
 */
public final class RandomOrganisations {

  private static final String[] FIELDS = {"义工联合会", "志愿者协会", "爱心助学会", "老年协会", "书画协会", "红十字会志愿服务队",
      "青年志愿者协会", "慈善协会", "社会工作服务中心", "文艺志愿者协会", "应急救援协会", "法律服务志愿者协会"};
  private static final String[] OTHERS = {"供电公司", "邮政分公司", "第一中学", "人民医院", "农商银行"};

  private static final java.time.Clock LATER = java.time.Clock.fixed(java.time.Instant.parse("9999-12-31T00:00:00Z"),
      java.time.ZoneOffset.UTC);

  private RandomOrganisations() {}

  /**
   * Generates a register of organisations listed in divisions drawn from those given.
   *
   * @param random the source of randomness, not null
   * @param divisions where organisations are registered (a county, its townships), not null or empty
   * @param volunteerOrganisations how many volunteer organisations (志愿服务组织), 0 or more
   * @param socialOrganisations how many social organisations (社会组织), 0 or more
   * @param otherForces how many other social forces (其他社会力量), 0 or more
   * @return the organisations, ids {@code org-0, org-1, …} by kind in that order, not null
   * @throws IllegalArgumentException if a count is negative or no division is given
   */
  public static List<Organisation> register(RandomGenerator random, List<DivisionCode> divisions,
      int volunteerOrganisations, int socialOrganisations, int otherForces) {
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(divisions, "divisions");
    if (divisions.isEmpty() || volunteerOrganisations < 0 || socialOrganisations < 0 || otherForces < 0) {
      throw new IllegalArgumentException("need divisions and counts of 0 or more");
    }
    List<Organisation> out = new ArrayList<>(volunteerOrganisations + socialOrganisations + otherForces);
    int[] counts = {volunteerOrganisations, socialOrganisations, otherForces};
    OrganisationKind[] kinds = {OrganisationKind.VOLUNTEER_ORGANISATION, OrganisationKind.SOCIAL_ORGANISATION,
        OrganisationKind.OTHER};
    for (int k = 0; k < kinds.length; k++) {
      for (int i = 0; i < counts[k]; i++) {
        int n = out.size();
        String name = switch (kinds[k]) {
          case VOLUNTEER_ORGANISATION -> "第" + (i + 1) + "志愿服务队";
          case SOCIAL_ORGANISATION -> FIELDS[i % FIELDS.length] + (i < FIELDS.length ? "" : "（" + (i / FIELDS.length + 1) + "）");
          case OTHER -> OTHERS[i % OTHERS.length] + (i < OTHERS.length ? "" : "（" + (i / OTHERS.length + 1) + "）")
              + "志愿服务队";
        };
        out.add(Organisation.of(OrganisationId.of("org-" + n), name, kinds[k],
            divisions.get(random.nextInt(divisions.size()))));
      }
    }
    return out;
  }

  /**
   * Lets organisations take part in some of the activities: each activity, with probability
   * {@code share}, gets one to three organisations drawn from those given.
   *
   * @param random the source of randomness, not null
   * @param activities the activities, not null
   * @param organisations who may take part, not null; none leaves the activities as they are
   * @param share the probability that an activity has organisations, 0 to 1
   * @return the activities, in order, with their organisations, not null
   * @throws IllegalArgumentException if share is not within 0 to 1
   */
  public static List<Activity> takePart(RandomGenerator random, List<Activity> activities,
      List<OrganisationId> organisations, double share) {
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(activities, "activities");
    Objects.requireNonNull(organisations, "organisations");
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("share must be 0 to 1, got " + share);
    }
    if (organisations.isEmpty()) {
      return List.copyOf(activities);
    }
    List<Activity> out = new ArrayList<>(activities.size());
    for (Activity a : activities) {
      if (random.nextDouble() < share) {
        Activity.Builder b = a.toBuilder();
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
          b.organisation(organisations.get(random.nextInt(organisations.size())));
        }
        out.add(b.build(LATER)); // its date was checked when it was built: any later clock keeps it
      } else {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * Lets organisations join some of the teams: each team, with probability {@code share}, names
   * one or two organisations drawn from those given.
   *
   * @param random the source of randomness, not null
   * @param teams the teams, not null
   * @param organisations who may join, not null; none leaves the teams as they are
   * @param share the probability that a team names organisations, 0 to 1
   * @return the teams, in order, not null
   * @throws IllegalArgumentException if share is not within 0 to 1
   */
  public static List<Team> join(RandomGenerator random, List<Team> teams, List<OrganisationId> organisations,
      double share) {
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(teams, "teams");
    Objects.requireNonNull(organisations, "organisations");
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("share must be 0 to 1, got " + share);
    }
    if (organisations.isEmpty()) {
      return List.copyOf(teams);
    }
    List<Team> out = new ArrayList<>(teams.size());
    for (Team t : teams) {
      if (random.nextDouble() < share) {
        Team.Builder b = t.toBuilder();
        for (int k = 1 + random.nextInt(2); k > 0; k--) {
          b.organisation(organisations.get(random.nextInt(organisations.size())));
        }
        out.add(b.build());
      } else {
        out.add(t);
      }
    }
    return out;
  }
}
