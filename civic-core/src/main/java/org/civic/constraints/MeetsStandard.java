package org.civic.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.civic.constraints.internal.MeetsStandardValidator;

/**
 * The annotated site meets a standard — 符合标准: a Bean Validation constraint for a host's own
 * site class (which implements {@link org.civic.site.Checkable}) or for civic's
 * {@link org.civic.site.Site}. Each FAIL becomes one constraint violation whose property path
 * names the fact (such as {@code venue}) and whose message is the requirement's, in the
 * validator's locale (messages ship as {@code ContributorValidationMessages}, which a host's
 * {@code ValidationMessages} may override key by key).
 *
 * <pre>{@code
 * @MeetsStandard                                      // the six haves, default thresholds
 * public class StationRecord implements Checkable { … }
 *
 * @MeetsStandard(standard = HenanProfile.class)       // a province's profile
 * public class PostRecord implements Checkable { … }
 * }</pre>
 *
 * <p>Null is valid (pair with {@code @NotNull} when required). Validated values reach the
 * message only as message parameters, never as part of a template (CVE-2025-35036); the
 * parameters need Hibernate Validator, and with another provider the messages name the
 * requirement without its figures.
 */
// The validator is named here for the Bean Validation provider only: its package is opened, not
// exported (module-info), so javac rightly notes that the annotation names a type hosts cannot see.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = MeetsStandardValidator.class)
@Target({TYPE, FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(MeetsStandard.List.class)
public @interface MeetsStandard {

  /** The message when the constraint's own message is used (it is not, normally: each FAIL has its own). */
  String message() default "{org.civic.constraints.MeetsStandard.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** The standard to check: a provider class with a public no-argument constructor. */
  Class<? extends StandardProvider> standard() default SixHavesProvider.class;

  /** Whether an INCOMPLETE outcome (facts missing) is a violation too; by default it is not. */
  boolean incompleteIsViolation() default false;

  /** Several {@code @MeetsStandard} on one element. */
  @Documented
  @Target({TYPE, FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /** The constraints. */
    MeetsStandard[] value();
  }
}
