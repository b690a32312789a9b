package org.civic.team;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.civic.problem.Location;
import org.civic.problem.Problem;
import org.civic.problem.ProblemException;
import org.jspecify.annotations.Nullable;

/**
 * The team structure as a tree — 队伍结构树: the top team, the teams under it to any depth, each
 * node with the member total of its subtree, ready for reports. Built from teams in any order
 * along a county's {@link TeamLadder}; every problem (a duplicate id, a tier not on the ladder, an
 * unknown parent, a team above its parent's tier, a team of the top tier under another, a team
 * without a parent beside a top team, a cycle) is reported at once, each team named once.
 *
 * <p>Immutable and thread-safe.
 */
public final class TeamTree {

  private final List<TeamNode> roots;
  private final Map<TeamId, TeamNode> byId;
  private final TeamLadder ladder;

  private TeamTree(List<TeamNode> roots, Map<TeamId, TeamNode> byId, TeamLadder ladder) {
    this.roots = roots;
    this.byId = byId;
    this.ladder = ladder;
  }

  /**
   * Builds the tree on the default ladder (总队 → 分队 → 小队).
   *
   * @param teams the teams, not null
   * @return the tree, not null
   * @throws ProblemException listing every bad team
   */
  public static TeamTree of(Collection<Team> teams) {
    return of(teams, TeamLadder.defaults());
  }

  /**
   * Builds the tree on a county's ladder.
   *
   * @param teams the teams, not null
   * @param ladder the county's tiers, not null
   * @return the tree, not null
   * @throws ProblemException listing every bad team
   */
  public static TeamTree of(Collection<Team> teams, TeamLadder ladder) {
    Objects.requireNonNull(teams, "teams");
    Objects.requireNonNull(ladder, "ladder");
    List<Problem> problems = new ArrayList<>();
    Map<TeamId, Team> byId = new LinkedHashMap<>();
    for (Team t : teams) {
      if (byId.putIfAbsent(t.id(), t) != null) {
        problems.add(problem("team.duplicate-id", t, "team id " + t.id() + " is used twice", "each team id once"));
      }
    }
    boolean hasTop = byId.values().stream().anyMatch(t -> t.tier().equals(ladder.top()) && t.parent().isEmpty());
    Map<TeamId, List<Team>> children = new HashMap<>();
    Set<TeamId> linked = new HashSet<>();
    for (Team t : byId.values()) {
      if (ladder.rank(t.tier()).isEmpty()) {
        problems.add(problem("team.unknown-tier", t, "team " + t.id() + " is a " + t.tier().chinese()
            + ", which is not on the ladder " + ladder, "a tier of " + ladder));
        continue;
      }
      if (t.parent().isEmpty()) {
        if (!t.tier().equals(ladder.top()) && hasTop) {
          problems.add(problem("team.orphan", t, t.tier().chinese() + " " + t.id() + " has no parent team",
              "a team above it as parent"));
        }
        continue;
      }
      Team parent = byId.get(t.parent().get());
      if (parent == null) {
        problems.add(problem("team.unknown-parent", t, "team " + t.id() + " names parent " + t.parent().get()
            + ", which is not among the teams", "a parent team that exists"));
      } else if (ladder.rank(parent.tier()).isPresent() && !ladder.nests(t.tier(), parent.tier())) {
        problems.add(problem("team.wrong-tier", t, t.tier().chinese() + " " + t.id() + " is under "
            + parent.tier().chinese() + " " + parent.id(), t.tier().equals(ladder.top())
                ? "no parent for a team of the top tier " + ladder.top().chinese()
                : "a parent of its own tier or one above it on " + ladder));
      } else {
        children.computeIfAbsent(parent.id(), k -> new ArrayList<>()).add(t);
        linked.add(t.id());
      }
    }
    problems.addAll(cycles(byId, linked));
    if (!problems.isEmpty()) {
      throw new ProblemException("cannot build the team tree", problems);
    }
    Map<TeamId, TeamNode> nodes = new HashMap<>();
    List<TeamNode> roots = new ArrayList<>();
    byId.values().stream().filter(t -> t.parent().isEmpty()).sorted(Comparator.comparing(Team::id))
        .forEach(t -> roots.add(node(t, children, nodes)));
    return new TeamTree(Collections.unmodifiableList(roots), Collections.unmodifiableMap(nodes), ladder);
  }

  /**
   * Teams of one tier may sit under each other, so links can loop: each loop is one problem, named
   * after its smallest id. Only links that passed the checks above are followed.
   */
  private static List<Problem> cycles(Map<TeamId, Team> byId, Set<TeamId> linked) {
    List<Problem> problems = new ArrayList<>();
    Map<TeamId, Integer> state = new HashMap<>(); // 1 on the current path, 2 done
    for (TeamId start : byId.keySet()) {
      List<TeamId> path = new ArrayList<>();
      TeamId at = start;
      while (at != null && !state.containsKey(at)) {
        state.put(at, 1);
        path.add(at);
        at = linked.contains(at) ? byId.get(at).parent().orElse(null) : null;
      }
      if (at != null && state.get(at) == 1) {
        List<TeamId> loop = new ArrayList<>(path.subList(path.indexOf(at), path.size()));
        Collections.sort(loop);
        problems.add(problem("team.cycle", byId.get(loop.get(0)), "teams " + loop + " are each other's parents",
            "a tree under one top team"));
      }
      path.forEach(id -> state.put(id, 2));
    }
    return problems;
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

  /** Returns the ladder the tree was built on. */
  public TeamLadder ladder() {
    return ladder;
  }

  /** Returns the number of teams in the tree. */
  public int size() {
    return byId.size();
  }

  /** Returns the greatest depth of a team: 0 for the top team alone, 1 with teams under it, and so on. */
  public int depth() {
    return roots.stream().mapToInt(TeamTree::depth).max().orElse(0);
  }

  private static int depth(TeamNode n) {
    return n.children().stream().mapToInt(c -> 1 + depth(c)).max().orElse(0);
  }

  /** Returns the members of every team in the tree. */
  public long totalMembers() {
    return roots.stream().mapToLong(TeamNode::totalMembers).sum();
  }

  /** Two trees are equal when their ladders and their top teams' subtrees are. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TeamTree other && roots.equals(other.roots) && ladder.equals(other.ladder);
  }

  @Override
  public int hashCode() {
    return Objects.hash(roots, ladder);
  }

  /** Returns the number of teams, the depth and the ladder, such as {@code 357 teams, depth 2, 总队 > 分队 > 小队}. */
  @Override
  public String toString() {
    return size() + " teams, depth " + depth() + ", " + ladder;
  }
}
