package org.civic.team;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.civic.problem.Location;
import org.civic.problem.Problem;
import org.civic.problem.ProblemException;

/**
 * The team structure as a tree — 队伍结构树: brigade → branches → squads, each node with the
 * member total of its subtree, ready for reports. Built from teams in any order; every problem
 * (duplicate id, unknown parent, a cycle, a branch not under a brigade, a squad not under a
 * brigade or branch) is reported at once.
 *
 * <p>Immutable and thread-safe.
 */
public final class TeamTree {

  private final List<TeamNode> roots;
  private final Map<TeamId, TeamNode> byId;

  private TeamTree(List<TeamNode> roots, Map<TeamId, TeamNode> byId) {
    this.roots = roots;
    this.byId = byId;
  }

  /**
   * Builds the tree.
   *
   * @param teams the teams, not null
   * @return the tree, not null
   * @throws ProblemException listing every bad team
   */
  public static TeamTree of(Collection<Team> teams) {
    Objects.requireNonNull(teams, "teams");
    List<Problem> problems = new ArrayList<>();
    Map<TeamId, Team> byId = new LinkedHashMap<>();
    for (Team t : teams) {
      if (byId.putIfAbsent(t.id(), t) != null) {
        problems.add(problem("team.duplicate-id", t, "team id " + t.id() + " is used twice", "each team id once"));
      }
    }
    Map<TeamId, List<Team>> children = new HashMap<>();
    for (Team t : byId.values()) {
      if (t.parent().isEmpty()) {
        if (t.tier() != TeamTier.BRIGADE && byId.values().stream().anyMatch(b -> b.tier() == TeamTier.BRIGADE)) {
          problems.add(problem("team.orphan", t, t.tier() + " " + t.id() + " has no parent team",
              "a " + (t.tier() == TeamTier.BRANCH ? "brigade" : "brigade or branch") + " as parent"));
        }
        continue;
      }
      Team parent = byId.get(t.parent().get());
      if (parent == null) {
        problems.add(problem("team.unknown-parent", t, "team " + t.id() + " names parent " + t.parent().get()
            + ", which is not among the teams", "a parent team that exists"));
      } else if (!nests(t.tier(), parent.tier())) {
        problems.add(problem("team.wrong-tier", t, t.tier() + " " + t.id() + " is under " + parent.tier() + " "
            + parent.id(), t.tier() == TeamTier.BRANCH ? "a BRIGADE as parent" : "a BRIGADE or BRANCH as parent"));
      } else {
        children.computeIfAbsent(parent.id(), k -> new ArrayList<>()).add(t);
      }
    }
    // With tiers nesting strictly (brigade > branch > squad) a cycle cannot pass the check above,
    // but a squad-to-squad or branch-to-branch link was reported there; nothing else can loop.
    if (!problems.isEmpty()) {
      throw new ProblemException("cannot build the team tree", problems);
    }
    Map<TeamId, TeamNode> nodes = new HashMap<>();
    List<TeamNode> roots = new ArrayList<>();
    byId.values().stream().filter(t -> t.parent().isEmpty()).sorted(Comparator.comparing(Team::id))
        .forEach(t -> roots.add(node(t, children, nodes)));
    return new TeamTree(Collections.unmodifiableList(roots), Collections.unmodifiableMap(nodes));
  }

  private static boolean nests(TeamTier child, TeamTier parent) {
    return switch (child) {
      case BRIGADE -> false;
      case BRANCH -> parent == TeamTier.BRIGADE;
      case SQUAD -> parent == TeamTier.BRIGADE || parent == TeamTier.BRANCH;
    };
  }

  private static TeamNode node(Team t, Map<TeamId, List<Team>> children, Map<TeamId, TeamNode> nodes) {
    List<TeamNode> kids = new ArrayList<>();
    long total = t.members();
    for (Team c : children.getOrDefault(t.id(), List.of()).stream().sorted(Comparator.comparing(Team::id)).toList()) {
      TeamNode n = node(c, children, nodes);
      kids.add(n);
      total += n.totalMembers();
    }
    TeamNode node = new TeamNode(t, kids, total);
    nodes.put(t.id(), node);
    return node;
  }

  private static Problem problem(String id, Team t, String message, String expected) {
    return Problem.of(id, Location.ofSubject(t.id().value()), message).withExpected(expected);
  }

  /** Returns the top teams (normally the one brigade), in id order. */
  public List<TeamNode> roots() {
    return roots;
  }

  /**
   * Returns the node of a team.
   *
   * @param id the team's id, not null
   * @return the node, or empty
   */
  public Optional<TeamNode> node(TeamId id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  /** Returns the members of every team in the tree. */
  public long totalMembers() {
    return roots.stream().mapToLong(TeamNode::totalMembers).sum();
  }
}
