package org.civic.json;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.civic.activity.Activity;
import org.civic.assessment.AssessmentTable;
import org.civic.division.Division;
import org.civic.division.DivisionCode;
import org.civic.hierarchy.Coverage;
import org.civic.json.internal.ActivityCodec;
import org.civic.json.internal.AssessmentTableCodec;
import org.civic.json.internal.Cursor;
import org.civic.json.internal.DivisionCodec;
import org.civic.json.internal.GridCodec;
import org.civic.json.internal.OrganisationCodec;
import org.civic.json.internal.OrderCodec;
import org.civic.json.internal.ServiceRecordCodec;
import org.civic.json.internal.SiteCodec;
import org.civic.json.internal.TeamCodec;
import org.civic.json.internal.VolunteerCodec;
import org.civic.json.internal.FigureCodecs;
import org.civic.metric.Change;
import org.civic.metric.DistinctCount;
import org.civic.metric.Mean;
import org.civic.metric.MetricSet;
import org.civic.metric.OrderMetrics;
import org.civic.metric.Period;
import org.civic.metric.Ratio;
import org.civic.order.ServiceOrder;
import org.civic.problem.Problem;
import org.civic.site.Site;
import org.civic.site.SiteId;
import org.civic.standard.CheckResult;
import org.civic.standard.ComplianceSummary;
import org.civic.standard.OutcomeCounts;
import org.civic.standard.Score;
import org.civic.team.GridGroup;
import org.civic.team.GridId;
import org.civic.team.Organisation;
import org.civic.team.OrganisationId;
import org.civic.team.Team;
import org.civic.team.TeamRules;
import org.civic.team.TeamFormula;
import org.civic.team.TeamId;
import org.civic.volunteer.NationalVolunteerNumber;
import org.civic.volunteer.ServiceRecord;
import org.civic.volunteer.ServiceReview;
import org.civic.volunteer.Volunteer;
import org.civic.volunteer.VolunteerActivity;
import org.civic.volunteer.VolunteerHours;
import org.civic.volunteer.VolunteerId;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module for civic — civic 的 Jackson 模块: reads and writes civic-core's data
 * types in the {@code civic/1} layout (divisions, sites with facts, teams, grid groups, volunteers, activities,
 * orders, service records, datasets, standard profiles, assessment tables; codes, ids, periods and
 * formulas as strings, also as map keys; coverage, ratios and means as numerator and denominator)
 * and its figures (problems, metric sets — with their distinct sets, so that a read-back set
 * merges exactly —, outcome counts and summaries, scores, changes, volunteer figures, service-record
 * reviews and rankings by hours), each read back to an equal value. Check results, order metrics
 * and bare distinct counts are written only ({@code docs/json-format.md} says why). civic-core
 * carries no Jackson annotation: everything lives here.
 * Registered through {@code ServiceLoader}, so {@code JsonMapper.builder().findAndAddModules()}
 * finds it.
 *
 * <p>A value that does not fit the layout fails with a Jackson {@code DatabindException} whose
 * message lists every problem with its JSON Pointer; for lenient reading with located problems,
 * use {@link CivicJson}.
 *
 * <p>Immutable and thread-safe.
 */
public final class CivicModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** civic-json's version, from the build (a filtered resource), as jackson-datatype modules report theirs. */
  private static final Version VERSION = readVersion();

  private static Version readVersion() {
    java.util.Properties p = new java.util.Properties();
    try (java.io.InputStream in = CivicModule.class.getResourceAsStream("civic-json.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      p.load(in);
    } catch (java.io.IOException e) {
      return Version.unknownVersion();
    }
    return VersionUtil.parseVersion(p.getProperty("version", ""), p.getProperty("groupId", ""),
        p.getProperty("artifactId", ""));
  }

  /** The types this module writes and reads, as registered: the read-back test enumerates them. */
  private final java.util.Set<Class<?>> written = new java.util.LinkedHashSet<>();
  private final java.util.Set<Class<?>> read = new java.util.LinkedHashSet<>();

  /** Creates the module. */
  public CivicModule() {
    super("civic", VERSION);
    string(DivisionCode.class, DivisionCode::toString, DivisionCode::parse);
    string(SiteId.class, SiteId::value, SiteId::of);
    string(TeamId.class, TeamId::value, TeamId::of);
    string(GridId.class, GridId::value, GridId::of);
    string(OrganisationId.class, OrganisationId::value, OrganisationId::of);
    string(VolunteerId.class, VolunteerId::value, VolunteerId::of);
    string(Period.class, Period::toString, Period::parse);
    string(TeamFormula.class, TeamFormula::toString, TeamFormula::parse);
    object(Division.class, DivisionCodec::writeFields, DivisionCodec::read);
    object(Site.class, SiteCodec::writeFields, SiteCodec::read);
    object(Team.class, TeamCodec::writeFields, TeamCodec::read);
    object(TeamRules.class, TeamCodec::writeRules, TeamCodec::readRules);
    object(GridGroup.class, GridCodec::writeFields, GridCodec::read);
    object(Organisation.class, OrganisationCodec::writeFields, OrganisationCodec::read);
    object(Volunteer.class, VolunteerCodec::writeFields, VolunteerCodec::read);
    object(Activity.class, ActivityCodec::writeFields, ActivityCodec::read);
    object(ServiceOrder.class, OrderCodec::writeFields, OrderCodec::read);
    object(AssessmentTable.class, AssessmentTableCodec::writeFields, AssessmentTableCodec::read);
    object(org.civic.assessment.Inspection.class, org.civic.json.internal.InspectionCodec::writeFields,
        org.civic.json.internal.InspectionCodec::read);
    string(NationalVolunteerNumber.class, NationalVolunteerNumber::value, NationalVolunteerNumber::of);
    object(ServiceRecord.class, ServiceRecordCodec::writeFields, ServiceRecordCodec::read);
    object(ServiceReview.class, FigureCodecs::writeReview, FigureCodecs::readReview);
    object(VolunteerHours.class, FigureCodecs::writeHours, FigureCodecs::readHours);
    pair(Coverage.class, "built", "total", Coverage::built, Coverage::total, Coverage::of);
    pair(Ratio.class, "numerator", "denominator", Ratio::numerator, Ratio::denominator, Ratio::of);
    pair(Mean.class, "sum", "count", Mean::sum, Mean::count, Mean::of);
    serializes(Dataset.class, serializer(Dataset.class, (g, d) -> CivicJson.writeDataset(d, g), false));
    deserializes(Dataset.class, new ValueDeserializer<>() {
      @Override
      public Dataset deserialize(JsonParser p, DeserializationContext ctxt) {
        List<Problem> problems = new ArrayList<>();
        Dataset d = CivicJson.strict().readDatasetValue(p, "json", problems);
        if (!problems.isEmpty()) {
          StringBuilder sb = new StringBuilder("cannot read a civic dataset:");
          problems.forEach(x -> sb.append("\n  ").append(x));
          throw DatabindException.from(p, sb.toString());
        }
        return d;
      }
    });
    serializes(StandardProfile.class, serializer(StandardProfile.class, CivicJson::writeProfile, false));
    deserializer(StandardProfile.class, CivicJson::readProfile);
    object(Problem.class, FigureCodecs::writeProblem, FigureCodecs::readProblem);
    object(MetricSet.class, FigureCodecs::writeMetrics, FigureCodecs::readMetrics);
    object(OutcomeCounts.class, FigureCodecs::writeCounts, FigureCodecs::readCounts);
    object(ComplianceSummary.class, FigureCodecs::writeSummary, FigureCodecs::readSummary);
    object(Score.class, FigureCodecs::writeScore, FigureCodecs::readScore);
    object(VolunteerActivity.class, FigureCodecs::writeVolunteerActivity, FigureCodecs::readVolunteerActivity);
    object(Change.class, FigureCodecs::writeChange, FigureCodecs::readChange);
    // Write-only, as docs/json-format.md explains: each is computed from records that its JSON form
    // does not hold, so reading it back could only give a value that looks right and is not.
    serializes(CheckResult.class, serializer(CheckResult.class, CivicModule::writeResult, true));
    serializes(OrderMetrics.class, serializer(OrderMetrics.class, (g, m) -> {
      g.writeNumberProperty("placed", m.placed());
      g.writeNumberProperty("matched", m.matched());
      g.writeNumberProperty("delivered", m.delivered());
      g.writeNumberProperty("rated", m.rated());
      g.writeNumberProperty("rejected", m.rejected());
      g.writeNumberProperty("cancelled", m.cancelled());
      g.writeNumberProperty("ratingSum", m.rating().sum());
      m.medianTimeToMatch().ifPresent(d -> g.writeStringProperty("medianTimeToMatch", d.toString()));
      m.medianTimeToDeliver().ifPresent(d -> g.writeStringProperty("medianTimeToDeliver", d.toString()));
    }, true));
    serializes(DistinctCount.class, serializer(DistinctCount.class, (g, d) -> g.writeNumber(d.count()), false));
  }

  /**
   * The value types this module writes that it does not read back, each for the reason
   * docs/json-format.md gives: a check result (its message is written as text in two languages,
   * not as its key and arguments), order metrics (the medians come from the orders' histories) and
   * a bare distinct count (a number cannot merge; a metric set's form carries the set).
   */
  static final java.util.Set<Class<?>> WRITE_ONLY = java.util.Set.of(CheckResult.class, OrderMetrics.class,
      DistinctCount.class);

  /** Registers a serializer, and notes the type as written. */
  private <T> void serializes(Class<? extends T> type, ValueSerializer<T> ser) {
    written.add(type);
    addSerializer(type, ser);
  }

  /** Registers a deserializer, and notes the type as read. */
  private <T> void deserializes(Class<T> type, ValueDeserializer<? extends T> deser) {
    read.add(type);
    addDeserializer(type, deser);
  }

  /** Returns the types this module writes, in the order registered. */
  java.util.Set<Class<?>> writtenTypes() {
    return java.util.Collections.unmodifiableSet(written);
  }

  /** Returns the types this module reads, in the order registered. */
  java.util.Set<Class<?>> readTypes() {
    return java.util.Collections.unmodifiableSet(read);
  }

  /**
   * A value written as a string: as a value, and as a key of a map ({@code Map<DivisionCode, …>}
   * reads back), both through its own parser, so a bad key fails naming the type and the reason.
   */
  private <T> void string(Class<T> type, Function<T, String> write, Function<String, T> read) {
    serializes(type, new ValueSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
        g.writeString(write.apply(value));
      }
    });
    addKeySerializer(type, new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
        g.writeName(write.apply(value));
      }
    });
    addKeyDeserializer(type, new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext ctxt) {
        try {
          return read.apply(key);
        } catch (IllegalArgumentException e) {
          throw ctxt.weirdKeyException(type, key, e.getMessage() == null ? e.toString() : e.getMessage());
        }
      }
    });
    deserializes(type, new ValueDeserializer<>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          throw DatabindException.from(p, "expected a string for " + type.getSimpleName());
        }
        try {
          return read.apply(p.getString());
        } catch (IllegalArgumentException e) {
          throw DatabindException.from(p, e.getMessage(), e);
        }
      }
    });
  }

  private <T> void object(Class<T> type, BiConsumer<JsonGenerator, T> fields, Function<Cursor, @Nullable T> read) {
    serializes(type, serializer(type, fields, true));
    deserializer(type, read);
  }

  /** Reads a value through civic's cursor: every problem, with its JSON Pointer, in one exception. */
  private <T> void deserializer(Class<T> type, Function<Cursor, @Nullable T> read) {
    deserializes(type, new ValueDeserializer<>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) {
        List<Problem> problems = new ArrayList<>();
        Cursor c = new Cursor(p, "json", 0, true, problems, problems);
        T value = read.apply(c);
        if (value == null || !problems.isEmpty()) {
          StringBuilder sb = new StringBuilder("cannot read a " + type.getSimpleName() + ":");
          problems.forEach(x -> sb.append("\n  ").append(x));
          throw DatabindException.from(p, sb.toString());
        }
        return value;
      }
    });
  }

  private <T> void pair(Class<T> type, String a, String b, java.util.function.ToLongFunction<T> first,
      java.util.function.ToLongFunction<T> second, java.util.function.BiFunction<Long, Long, T> make) {
    serializes(type, serializer(type, (g, v) -> {
      g.writeNumberProperty(a, first.applyAsLong(v));
      g.writeNumberProperty(b, second.applyAsLong(v));
    }, true));
    deserializes(type, new ValueDeserializer<>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) {
        List<Problem> problems = new ArrayList<>();
        Cursor c = new Cursor(p, "json", 0, true, problems, problems);
        long[] v = {Long.MIN_VALUE, Long.MIN_VALUE};
        c.object(n -> {
          if (n.equals(a) || n.equals(b)) {
            Long x = c.integer(0);
            v[n.equals(a) ? 0 : 1] = x == null ? Long.MIN_VALUE : x;
          } else {
            c.unknown(n, a + ", " + b);
          }
        });
        if (!problems.isEmpty() || v[0] == Long.MIN_VALUE || v[1] == Long.MIN_VALUE) {
          throw DatabindException.from(p, "expected {\"" + a + "\": n, \"" + b + "\": n} for " + type.getSimpleName()
              + (problems.isEmpty() ? "" : ": " + problems));
        }
        try {
          return make.apply(v[0], v[1]);
        } catch (IllegalArgumentException e) {
          throw DatabindException.from(p, e.getMessage(), e);
        }
      }
    });
  }

  private static <T> ValueSerializer<T> serializer(Class<T> type, BiConsumer<JsonGenerator, T> write, boolean wrap) {
    return new ValueSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
        if (wrap) {
          g.writeStartObject();
        }
        write.accept(g, value);
        if (wrap) {
          g.writeEndObject();
        }
      }

      @Override
      public Class<?> handledType() {
        return type;
      }
    };
  }

  private static void writeResult(JsonGenerator g, CheckResult r) {
    g.writeStringProperty("requirement", r.requirementId());
    g.writeStringProperty("property", r.property());
    r.siteId().ifPresent(s -> g.writeStringProperty("site", s.value()));
    g.writeStringProperty("level", r.level().name());
    g.writeStringProperty("outcome", r.outcome().name());
    g.writeName("evidence");
    g.writeStartObject();
    r.evidence().forEach(g::writeStringProperty);
    g.writeEndObject();
    r.threshold().ifPresent(t -> g.writeStringProperty("threshold", t));
    g.writeStringProperty("messageKey", r.message().key());
    g.writeStringProperty("zh", r.message(java.util.Locale.CHINA));
    g.writeStringProperty("en", r.message(java.util.Locale.ENGLISH));
  }

}
