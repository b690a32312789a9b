package org.civic.json.internal;

import static org.civic.json.internal.Codecs.build;
import static org.civic.json.internal.Codecs.enumValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.civic.assessment.AssessmentTable;
import org.civic.assessment.Criterion;
import org.civic.assessment.Item;
import org.civic.assessment.PointKind;
import org.civic.assessment.StarThresholds;
import org.civic.assessment.SubItem;
import org.civic.site.SiteLevel;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Reads and writes an assessment table (测评体系) in the {@code civic/1} layout: the table's id,
 * names, version, starting score, maximum, bonus cap, levels and star thresholds, its items and
 * their sub-items with kind, points, criterion and levels. Reads report every problem to the
 * {@link Cursor}, located by JSON Pointer (a table whose points do not add up is reported at the
 * table, with the model's message); writes never fail on a valid model.
 *
 * <p>Not for hosts. Stateless and thread-safe.
 */
public final class AssessmentTableCodec {

  private static final String TABLE_FIELDS = "id, name, englishName, version, base, maxPoints, bonusCap, levels,"
      + " stars, items";
  private static final String ITEM_FIELDS = "id, name, englishName, subItems";
  private static final String SUB_ITEM_FIELDS = "id, name, englishName, kind, points, criterion, levels";
  private static final String CRITERION_FIELDS = "basis, requirement, measure, atLeast";

  private AssessmentTableCodec() {}

  /** Reads a table; null (after reporting) if it is not good. */
  public static @Nullable AssessmentTable read(Cursor c) {
    Cursor.Mark at = c.mark();
    var f = new Object() {
      String id;
      String name;
      String englishName;
      String version;
      BigDecimal base;
      BigDecimal maxPoints;
      BigDecimal bonusCap;
      Set<SiteLevel> levels;
      List<BigDecimal> stars;
      List<Item> items;
      boolean bad;
    };
    if (!c.object(n -> {
      switch (n) {
        case "id" -> f.id = c.text();
        case "name" -> f.name = c.text();
        case "englishName" -> f.englishName = c.text();
        case "version" -> f.version = c.text();
        case "base" -> f.base = c.decimal();
        case "maxPoints" -> f.maxPoints = c.decimal();
        case "bonusCap" -> f.bonusCap = c.decimal();
        case "levels" -> f.levels = levels(c);
        case "stars" -> f.stars = stars(c);
        case "items" -> {
          f.items = new ArrayList<>();
          if (!c.array(i -> {
            Item item = item(c);
            if (item == null) {
              f.bad = true;
            } else {
              f.items.add(item);
            }
          })) {
            f.items = null;
          }
        }
        case "type" -> c.string();
        default -> c.unknown(n, TABLE_FIELDS);
      }
    })) {
      return null;
    }
    if (c.missing(at, "id", f.id) | c.missing(at, "name", f.name) | c.missing(at, "version", f.version)
        | c.missing(at, "items", f.items) || f.bad || c.bad()) {
      return null;
    }
    return build(c, at, () -> {
      AssessmentTable.Builder b = AssessmentTable.builder(f.id, f.name, f.version);
      if (f.englishName != null) {
        b.englishName(f.englishName);
      }
      if (f.base != null) {
        b.base(f.base);
      }
      if (f.maxPoints != null) {
        b.maxPoints(f.maxPoints);
      }
      if (f.bonusCap != null) {
        b.bonusCap(f.bonusCap);
      }
      if (f.levels != null) {
        b.levels(f.levels);
      }
      if (f.stars != null) {
        b.stars(StarThresholds.of(f.stars));
      }
      f.items.forEach(b::item);
      return b.build();
    });
  }

  private static @Nullable Item item(Cursor c) {
    Cursor.Mark at = c.mark();
    var f = new Object() {
      String id;
      String name;
      String englishName;
      List<SubItem> subItems;
      boolean bad;
    };
    if (!c.object(n -> {
      switch (n) {
        case "id" -> f.id = c.text();
        case "name" -> f.name = c.text();
        case "englishName" -> f.englishName = c.text();
        case "subItems" -> {
          f.subItems = new ArrayList<>();
          if (!c.array(i -> {
            SubItem s = subItem(c);
            if (s == null) {
              f.bad = true;
            } else {
              f.subItems.add(s);
            }
          })) {
            f.subItems = null;
          }
        }
        default -> c.unknown(n, ITEM_FIELDS);
      }
    })) {
      return null;
    }
    if (c.missing(at, "id", f.id) | c.missing(at, "name", f.name) | c.missing(at, "subItems", f.subItems) || f.bad) {
      return null;
    }
    return build(c, at, () -> {
      Item item = Item.of(f.id, f.name, f.subItems);
      return f.englishName == null ? item : item.withEnglishName(f.englishName);
    });
  }

  private static @Nullable SubItem subItem(Cursor c) {
    Cursor.Mark at = c.mark();
    var f = new Object() {
      String id;
      String name;
      String englishName;
      PointKind kind;
      BigDecimal points;
      Criterion criterion;
      Set<SiteLevel> levels = Set.of();
      boolean bad;
    };
    if (!c.object(n -> {
      switch (n) {
        case "id" -> f.id = c.text();
        case "name" -> f.name = c.text();
        case "englishName" -> f.englishName = c.text();
        case "kind" -> f.kind = enumValue(c, PointKind.class);
        case "points" -> f.points = c.decimal();
        case "criterion" -> f.criterion = criterion(c);
        case "levels" -> {
          Set<SiteLevel> l = levels(c);
          if (l == null) {
            f.bad = true;
          } else {
            f.levels = l;
          }
        }
        default -> c.unknown(n, SUB_ITEM_FIELDS);
      }
    })) {
      return null;
    }
    if (c.missing(at, "id", f.id) | c.missing(at, "name", f.name) | c.missing(at, "kind", f.kind)
        | c.missing(at, "points", f.points) | c.missing(at, "criterion", f.criterion) || f.bad) {
      return null;
    }
    return build(c, at, () -> {
      SubItem s = SubItem.of(f.id, f.name, f.kind, f.points, f.criterion).withLevels(f.levels);
      return f.englishName == null ? s : s.withEnglishName(f.englishName);
    });
  }

  private static @Nullable Criterion criterion(Cursor c) {
    Cursor.Mark at = c.mark();
    var f = new Object() {
      Criterion.Basis basis;
      String requirement;
      String measure;
      BigDecimal atLeast;
    };
    if (!c.object(n -> {
      switch (n) {
        case "basis" -> f.basis = enumValue(c, Criterion.Basis.class);
        case "requirement" -> f.requirement = c.text();
        case "measure" -> f.measure = c.text();
        case "atLeast" -> f.atLeast = c.decimal();
        default -> c.unknown(n, CRITERION_FIELDS);
      }
    }) || c.missing(at, "basis", f.basis)) {
      return null;
    }
    switch (f.basis) {
      case RULE:
        return c.missing(at, "requirement", f.requirement) ? null : build(c, at, () -> Criterion.rule(f.requirement));
      case SHARE:
        return c.missing(at, "measure", f.measure) | c.missing(at, "atLeast", f.atLeast) ? null
            : build(c, at, () -> Criterion.shareAtLeast(f.measure, f.atLeast));
      case COUNT:
        if (c.missing(at, "measure", f.measure) | c.missing(at, "atLeast", f.atLeast)) {
          return null;
        }
        if (f.atLeast.stripTrailingZeros().scale() > 0 || f.atLeast.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
          c.error("json.out-of-range", at, "the count threshold " + f.atLeast.toPlainString() + " is not a whole number",
              "a whole number ≥ 0");
          return null;
        }
        return build(c, at, () -> Criterion.countAtLeast(f.measure, f.atLeast.longValueExact()));
      default:
        return Criterion.assessed();
    }
  }

  private static @Nullable Set<SiteLevel> levels(Cursor c) {
    EnumSet<SiteLevel> out = EnumSet.noneOf(SiteLevel.class);
    boolean[] ok = {true};
    if (!c.array(i -> {
      SiteLevel l = enumValue(c, SiteLevel.class);
      if (l == null) {
        ok[0] = false;
      } else {
        out.add(l);
      }
    })) {
      return null;
    }
    return ok[0] ? out : null;
  }

  private static @Nullable List<BigDecimal> stars(Cursor c) {
    List<BigDecimal> out = new ArrayList<>();
    boolean[] ok = {true};
    if (!c.array(i -> {
      BigDecimal d = c.decimal();
      if (d == null) {
        ok[0] = false;
      } else {
        out.add(d);
      }
    })) {
      return null;
    }
    return ok[0] ? out : null;
  }

  /** Writes a table's fields (without braces). */
  public static void writeFields(JsonGenerator g, AssessmentTable t) {
    g.writeStringProperty("id", t.id());
    g.writeStringProperty("name", t.name());
    if (t.englishName().isPresent()) {
      g.writeStringProperty("englishName", t.englishName().get());
    }
    g.writeStringProperty("version", t.version());
    if (t.base().signum() != 0) {
      g.writeName("base");
      g.writeNumber(t.base());
    }
    g.writeName("maxPoints");
    g.writeNumber(t.maxPoints());
    if (t.bonusCap().isPresent()) {
      g.writeName("bonusCap");
      g.writeNumber(t.bonusCap().get());
    }
    if (!t.levels().isEmpty()) {
      writeLevels(g, t.levels());
    }
    if (t.stars().isPresent()) {
      g.writeName("stars");
      g.writeStartArray();
      for (BigDecimal s : t.stars().get().thresholds()) {
        g.writeNumber(s);
      }
      g.writeEndArray();
    }
    g.writeName("items");
    g.writeStartArray();
    for (Item item : t.items()) {
      g.writeStartObject();
      g.writeStringProperty("id", item.id());
      g.writeStringProperty("name", item.name());
      if (item.englishName().isPresent()) {
        g.writeStringProperty("englishName", item.englishName().get());
      }
      g.writeName("subItems");
      g.writeStartArray();
      for (SubItem s : item.subItems()) {
        writeSubItem(g, s);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeSubItem(JsonGenerator g, SubItem s) {
    g.writeStartObject();
    g.writeStringProperty("id", s.id());
    g.writeStringProperty("name", s.name());
    if (s.englishName().isPresent()) {
      g.writeStringProperty("englishName", s.englishName().get());
    }
    g.writeStringProperty("kind", s.kind().name());
    g.writeName("points");
    g.writeNumber(s.points());
    g.writeName("criterion");
    g.writeStartObject();
    Criterion cr = s.criterion();
    g.writeStringProperty("basis", cr.basis().name());
    switch (cr.basis()) {
      case RULE -> g.writeStringProperty("requirement", cr.reference().orElseThrow());
      case SHARE, COUNT -> {
        g.writeStringProperty("measure", cr.reference().orElseThrow());
        g.writeName("atLeast");
        g.writeNumber(cr.threshold().orElseThrow());
      }
      default -> { }
    }
    g.writeEndObject();
    if (!s.levels().isEmpty()) {
      writeLevels(g, s.levels());
    }
    g.writeEndObject();
  }

  private static void writeLevels(JsonGenerator g, Set<SiteLevel> levels) {
    g.writeName("levels");
    g.writeStartArray();
    for (SiteLevel l : EnumSet.copyOf(levels)) {
      g.writeString(l.name());
    }
    g.writeEndArray();
  }
}
