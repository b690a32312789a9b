package org.civic.standard;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.civic.site.Checkable;
import org.civic.site.SiteId;

/**
 * Requirements that a site functions, not just stands — 常态化运行: the source reports criticise
 * sites that are "only a plaque and rules on the wall" (局限于挂牌和制度上墙). Add one to a
 * standard with {@link Standard#withRequirement}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Functioning {

  /** The id of {@link #activities}. */
  public static final String ACTIVITIES = "functioning.activities";

  private Functioning() {}

  /**
   * Returns the requirement that a site held at least {@code minimum} activities in a period.
   * A site without an id, or one the counter knows nothing of, is INCOMPLETE.
   *
   * @param minimum the least number of activities, 1 or more
   * @param from the first day of the period, not null
   * @param to the last day of the period, not before {@code from}, not null
   * @param counter counts a site's activities, not null
   * @return the requirement, with id {@value #ACTIVITIES}, not null
   * @throws IllegalArgumentException if minimum is below 1 or the period is reversed
   */
  public static Requirement activities(int minimum, LocalDate from, LocalDate to, ActivityCounter counter) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(counter, "counter");
    if (minimum < 1) {
      throw new IllegalArgumentException("the minimum number of activities must be 1 or more: " + minimum);
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
    }
    return new Requirement() {
      @Override
      public String id() {
        return ACTIVITIES;
      }

      @Override
      public Evaluation evaluate(Checkable site) {
        Optional<SiteId> id = site.siteId();
        OptionalLong held = id.isPresent() ? counter.activities(id.get(), from, to) : OptionalLong.empty();
        if (held.isEmpty()) {
          return Evaluation.incomplete(Message.civic(ACTIVITIES + ".incomplete", from.toString(), to.toString()));
        }
        long n = held.getAsLong();
        boolean pass = n >= minimum;
        return Evaluation.of(pass ? Outcome.PASS : Outcome.FAIL,
                Message.civic(ACTIVITIES + "." + (pass ? "pass" : "fail"), n, minimum, from.toString(), to.toString()))
            .withEvidence("activities", n)
            .withEvidence("period", from + "/" + to)
            .withThreshold("activities ≥ " + minimum);
      }

      @Override
      public String toString() {
        return "Requirement[" + ACTIVITIES + " ≥ " + minimum + " " + from + "/" + to + "]";
      }
    };
  }
}
