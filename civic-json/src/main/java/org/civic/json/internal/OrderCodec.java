package org.civic.json.internal;

import static org.civic.json.internal.Codecs.build;
import static org.civic.json.internal.Codecs.enumValue;
import static org.civic.json.internal.Codecs.parse;
import static org.civic.json.internal.Codecs.siteId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civic.order.IllegalTransitionException;
import org.civic.order.MenuItem;
import org.civic.order.OrderState;
import org.civic.order.ServiceOrder;
import org.civic.order.Transition;
import org.civic.problem.Location;
import org.civic.site.SiteId;
import org.civic.team.TeamId;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Reads and writes a service order, replaying its history through the four-orders state machine in
 * the {@code civic/1} layout. Reads report every problem to the {@link Cursor} and return null for
 * a bad record; writes never fail on a valid model.
 *
 * <p>Not for hosts. Stateless and thread-safe.
 */
public final class OrderCodec {

  private OrderCodec() {}

  /** Reads a service order, replaying its history through the state machine. */
  public static @Nullable ServiceOrder read(Cursor c) {
    Cursor.Mark at = c.mark();
    var f = new Object() {
      String id;
      SiteId site;
      MenuItem item;
      Integer rating;
      Cursor.Mark ratingAt;
      List<Transition> history = new ArrayList<>();
      List<Location> where = new ArrayList<>();
    };
    if (!c.object(n -> {
      switch (n) {
        case "id" -> f.id = c.text();
        case "site" -> f.site = siteId(c);
        case "item" -> {
          Cursor.Mark iat = c.mark();
          var v = new Object() {
            String id;
            String name;
            String theme;
          };
          if (c.object(m -> {
            switch (m) {
              case "id" -> v.id = c.text();
              case "name" -> v.name = c.text();
              case "theme" -> v.theme = c.text();
              default -> c.unknown(m, "id, name, theme");
            }
          }) && !(c.missing(iat, "id", v.id) | c.missing(iat, "name", v.name) | c.missing(iat, "theme", v.theme))) {
            f.item = build(c, iat, () -> new MenuItem(v.id, v.name, v.theme));
          }
        }
        case "rating" -> {
          f.ratingAt = c.mark();
          f.rating = c.smallInt(1);
        }
        case "history" -> c.array(i -> {
          Cursor.Mark tat = c.mark();
          var t = new Object() {
            OrderState state;
            Instant at;
            String note;
          };
          if (c.object(m -> {
            switch (m) {
              case "state" -> t.state = enumValue(c, OrderState.class);
              case "at" -> t.at = parse(c, c.string(), Instant::parse, "json.bad-time", "an instant such as 2024-05-01T08:00:00Z");
              case "note" -> t.note = c.text();
              default -> c.unknown(m, "state, at, note");
            }
          }) && !(c.missing(tat, "state", t.state) | c.missing(tat, "at", t.at))) {
            f.history.add(new Transition(t.state, t.at, Optional.ofNullable(t.note)));
            f.where.add(tat.location());
          }
        });
        case "type" -> c.string();
        default -> c.unknown(n, "id, site, item, rating, history");
      }
    })) {
      return null;
    }
    if (c.bad() | c.missing(at, "id", f.id) | c.missing(at, "site", f.site) | c.missing(at, "item", f.item)) {
      return null;
    }
    if (f.history.isEmpty() || f.history.get(0).state() != OrderState.PLACED) {
      c.error("order.bad-history", at, "the history does not start with PLACED", "a history starting with PLACED");
      return null;
    }
    if (f.rating != null && f.history.stream().noneMatch(t -> t.state() == OrderState.RATED)) {
      // the rating is the RATED step's: without one it would be dropped unread
      c.error("order.bad-history", f.ratingAt, "the order has a rating of " + f.rating + " but no RATED step",
          "a rating only with a RATED step in the history");
      return null;
    }
    ServiceOrder o = build(c, at, () -> ServiceOrder.place(f.id, f.site, f.item, f.history.get(0).at()));
    for (int i = 1; o != null && i < f.history.size(); i++) {
      Transition t = f.history.get(i);
      ServiceOrder before = o;
      try {
        String note = t.note().orElse(null);
        o = switch (t.state()) {
          case MATCHED -> before.match(TeamId.of(require(note, "the matched team's id")), t.at());
          case REJECTED -> before.reject(require(note, "a reason"), t.at());
          case CANCELLED -> before.cancel(require(note, "a reason"), t.at());
          case DELIVERED -> before.deliver(require(note, "the delivering activity's id"), t.at());
          case RATED -> before.rate(f.rating == null ? 0 : f.rating, t.note(), t.at());
          case PLACED -> throw new IllegalTransitionException2(before.state());
        };
      } catch (IllegalTransitionException e) {
        c.error("order.illegal-transition", f.where.get(i), e.getMessage(), "a state reachable from " + e.from());
        return null;
      } catch (IllegalTransitionException2 e) {
        c.error("order.illegal-transition", f.where.get(i), "order " + f.id + " cannot go from " + e.from
            + " to PLACED", "a state reachable from " + e.from);
        return null;
      } catch (IllegalArgumentException e) {
        c.error("order.bad-history", f.where.get(i), e.getMessage(), "a valid step");
        return null;
      }
    }
    return o;
  }

  private static String require(@Nullable String note, String what) {
    if (note == null) {
      throw new IllegalArgumentException("the step needs a note: " + what);
    }
    return note;
  }

  /** A second PLACED in a history (not a transition the state machine offers). */
  private static final class IllegalTransitionException2 extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient OrderState from;

    IllegalTransitionException2(OrderState from) {
      super(null, null, false, false);
      this.from = from;
    }
  }

  /** Writes an order's fields. */
  public static void writeFields(JsonGenerator g, ServiceOrder o) {
    g.writeStringProperty("id", o.id());
    g.writeStringProperty("site", o.site().value());
    g.writeName("item");
    g.writeStartObject();
    g.writeStringProperty("id", o.item().id());
    g.writeStringProperty("name", o.item().name());
    g.writeStringProperty("theme", o.item().theme());
    g.writeEndObject();
    if (o.rating().isPresent()) {
      g.writeNumberProperty("rating", o.rating().getAsInt());
    }
    g.writeName("history");
    g.writeStartArray();
    for (Transition t : o.history()) {
      g.writeStartObject();
      g.writeStringProperty("state", t.state().name());
      g.writeStringProperty("at", t.at().toString());
      if (t.note().isPresent()) {
        g.writeStringProperty("note", t.note().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
