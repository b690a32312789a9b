package org.civic.order;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.civic.internal.Ids;
import org.civic.site.SiteId;
import org.civic.team.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * A service order of the four-orders workflow — 四单: a resident orders a menu item at a site
 * (群众点单), the site matches it to a team (配单), volunteers deliver it as an activity (买单),
 * and the public rates it 1–5 (评单). An order can be cancelled with a reason; a team can reject
 * it with a reason, and a rejected order can be matched again (re-dispatched).
 *
 * <p>An explicit state machine ({@link OrderState#next()}): every step returns a new order with
 * the step appended to its history; an illegal step throws {@link IllegalTransitionException}
 * naming both states, and a step dated before the last one is rejected.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ServiceOrder o = ServiceOrder.place("o-1", SiteId.of("s1"), item, t0)
 *     .match(TeamId.of("t-1"), t1)
 *     .deliver("activity-9", t2)
 *     .rate(5, Optional.of("很好"), t3);
 * }</pre>
 */
public final class ServiceOrder {

  private final String id;
  private final SiteId site;
  private final MenuItem item;
  private final List<Transition> history;
  private final @Nullable TeamId team;
  private final @Nullable String activity;
  private final int rating;

  private ServiceOrder(String id, SiteId site, MenuItem item, List<Transition> history, @Nullable TeamId team,
      @Nullable String activity, int rating) {
    this.id = id;
    this.site = site;
    this.item = item;
    this.history = history;
    this.team = team;
    this.activity = activity;
    this.rating = rating;
  }

  /**
   * Places an order (群众点单).
   *
   * @param id the order's id, not null
   * @param site where it is placed, not null
   * @param item what is ordered, not null
   * @param at when, not null
   * @return the order, PLACED, not null
   * @throws IllegalArgumentException if the id is invalid
   */
  public static ServiceOrder place(String id, SiteId site, MenuItem item, Instant at) {
    Ids.check("order", Objects.requireNonNull(id, "id"));
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(at, "at");
    return new ServiceOrder(id, site, item, List.of(new Transition(OrderState.PLACED, at, Optional.empty())),
        null, null, 0);
  }

  /**
   * Matches the order to a team (配单), or re-dispatches a rejected one.
   *
   * @throws IllegalTransitionException unless PLACED or REJECTED
   */
  public ServiceOrder match(TeamId team, Instant at) {
    Objects.requireNonNull(team, "team");
    return step(OrderState.MATCHED, at, team.value(), team, activity, rating);
  }

  /**
   * Rejects the order (拒单) with a reason; it can be matched again.
   *
   * @throws IllegalTransitionException unless MATCHED
   */
  public ServiceOrder reject(String reason, Instant at) {
    return step(OrderState.REJECTED, at, reason(reason), null, activity, rating);
  }

  /**
   * Cancels the order with a reason.
   *
   * @throws IllegalTransitionException unless PLACED, MATCHED or REJECTED
   */
  public ServiceOrder cancel(String reason, Instant at) {
    return step(OrderState.CANCELLED, at, reason(reason), team, activity, rating);
  }

  /**
   * Records delivery as an activity (买单).
   *
   * @param activity the activity's id, not null
   * @throws IllegalTransitionException unless MATCHED
   */
  public ServiceOrder deliver(String activity, Instant at) {
    Ids.check("activity", Objects.requireNonNull(activity, "activity"));
    return step(OrderState.DELIVERED, at, activity, team, activity, rating);
  }

  /**
   * Records the public's rating (评单).
   *
   * @param stars 1 to 5
   * @param comment an optional comment, not null
   * @throws IllegalArgumentException if stars is not 1 to 5
   * @throws IllegalTransitionException unless DELIVERED
   */
  public ServiceOrder rate(int stars, Optional<String> comment, Instant at) {
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(at, "at");
    if (stars < 1 || stars > 5) {
      throw new IllegalArgumentException("order " + id + ": a rating is 1 to 5, got " + stars);
    }
    return step(OrderState.RATED, at, comment.orElse(null), team, activity, stars);
  }

  private static String reason(String reason) {
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a reason must not be blank");
    }
    return reason;
  }

  private ServiceOrder step(OrderState to, Instant at, @Nullable String note, @Nullable TeamId newTeam,
      @Nullable String newActivity, int newRating) {
    Objects.requireNonNull(at, "at");
    OrderState from = state();
    if (!from.next().contains(to)) {
      throw new IllegalTransitionException(id, from, to);
    }
    Instant last = history.get(history.size() - 1).at();
    if (at.isBefore(last)) {
      throw new IllegalArgumentException("order " + id + ": " + to + " at " + at + " is before the last step ("
          + from + " at " + last + ")");
    }
    List<Transition> h = new ArrayList<>(history);
    h.add(new Transition(to, at, Optional.ofNullable(note)));
    return new ServiceOrder(id, site, item, List.copyOf(h), newTeam, newActivity, newRating);
  }

  /** Returns the id. */
  public String id() {
    return id;
  }

  /** Returns the site. */
  public SiteId site() {
    return site;
  }

  /** Returns the menu item ordered. */
  public MenuItem item() {
    return item;
  }

  /** Returns the current state. */
  public OrderState state() {
    return history.get(history.size() - 1).state();
  }

  /** Returns every step, oldest first. */
  public List<Transition> history() {
    return history;
  }

  /** Returns when it was placed. */
  public Instant placedAt() {
    return history.get(0).at();
  }

  /** Returns the team it is matched to, while matched, delivered or rated. */
  public Optional<TeamId> team() {
    return Optional.ofNullable(team);
  }

  /** Returns the delivering activity's id, once delivered. */
  public Optional<String> activity() {
    return Optional.ofNullable(activity);
  }

  /** Returns the rating, once rated. */
  public OptionalInt rating() {
    return rating == 0 ? OptionalInt.empty() : OptionalInt.of(rating);
  }

  /** Tells whether the order was ever in a state. */
  public boolean reached(OrderState state) {
    Objects.requireNonNull(state, "state");
    return history.stream().anyMatch(t -> t.state() == state);
  }

  /** Returns the time from placing to the first match, if matched. */
  public Optional<Duration> timeToMatch() {
    return firstAt(OrderState.MATCHED).map(t -> Duration.between(placedAt(), t));
  }

  /** Returns the time from placing to delivery, if delivered. */
  public Optional<Duration> timeToDeliver() {
    return firstAt(OrderState.DELIVERED).map(t -> Duration.between(placedAt(), t));
  }

  private Optional<Instant> firstAt(OrderState state) {
    return history.stream().filter(t -> t.state() == state).map(Transition::at).findFirst();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ServiceOrder s && id.equals(s.id) && site.equals(s.site) && item.equals(s.item)
        && history.equals(s.history) && Objects.equals(team, s.team) && Objects.equals(activity, s.activity)
        && rating == s.rating;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, history);
  }

  @Override
  public String toString() {
    return "ServiceOrder " + id + " " + state() + " @" + site + " " + item.name();
  }
}
