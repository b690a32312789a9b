package org.civic.team;

import java.util.List;
import java.util.Objects;

/**
 * A team in the team tree — 队伍树节点: the team, the teams under it, and the members of the
 * whole subtree.
 *
 * <p>Immutable and thread-safe.
 *
 * @param team the team, not null
 * @param children the teams directly under it, in id order, not null
 * @param totalMembers the members of this team and every team under it
 */
public record TeamNode(Team team, List<TeamNode> children, long totalMembers) {

  /** Creates a node; the children are copied. */
  public TeamNode {
    Objects.requireNonNull(team, "team");
    children = List.copyOf(Objects.requireNonNull(children, "children"));
  }
}
