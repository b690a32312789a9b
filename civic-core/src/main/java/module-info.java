/**
 * civic-core — the model, the rules and the aggregation: divisions, practice sites, the hierarchy
 * and coverage, standards and compliance, assessment tables, teams, volunteers, activities, orders,
 * metrics, problems and the {@code @MeetsStandard} constraint.
 *
 * <p>Hosts see the concept packages. The {@code internal} packages are exported only to the sibling
 * module that reads through them (civic-json's national ingest: the activity log's columns and the
 * shared id, date and service-day rules; a hierarchy builder's site columns; the parts of a metric
 * set, which civic-json reads back, and the binary form of figures, for civic-flink's serializers).
 */
// "module not found: org.civic.json": the qualified exports name a module built after this one.
@SuppressWarnings("module")
module org.civic.core {
  // Optional, and not passed on (not transitive): a module that reads civic-core must compile
  // without either. @MeetsStandard names jakarta.validation types in its members, and its
  // validator implements ConstraintValidator; a host that validates requires the API itself (and
  // brings a provider), others need neither. @Nullable and @NullMarked are for hosts' nullness
  // checkers, which bring JSpecify; nothing needs them at run time.
  requires static jakarta.validation;
  requires static org.jspecify;
  requires org.slf4j;
  requires roaringbitmap;

  exports org.civic.activity;
  exports org.civic.assessment;
  exports org.civic.constraints;
  exports org.civic.division;
  exports org.civic.hierarchy;
  exports org.civic.metric;
  exports org.civic.order;
  exports org.civic.problem;
  exports org.civic.site;
  exports org.civic.standard;
  exports org.civic.team;
  exports org.civic.volunteer;

  exports org.civic.internal to org.civic.json;
  exports org.civic.activity.internal to org.civic.json;
  // A hierarchy builder's columns (HierarchyRows, FactColumns, through HierarchyBuilderAccess), which
  // civic-json's reader appends to.
  exports org.civic.hierarchy.internal to org.civic.json;
  // The parts of a metric set, which civic-json reads back; the binary form of figures, for
  // civic-flink's serializers (an automatic module of that name: Flink runs jobs on the class path,
  // where this line is ignored and the package is reachable).
  exports org.civic.metric.internal to org.civic.json, org.civic.flink;

  // The Bean Validation provider (Hibernate Validator, or a host's ConstraintValidatorFactory such
  // as Spring's) instantiates MeetsStandardValidator by reflection: open at run time to whichever
  // module that is, and still no type a host can compile against.
  opens org.civic.constraints.internal;
}
