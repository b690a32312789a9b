package org.civic.constraints.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import org.civic.constraints.MeetsStandard;
import org.civic.constraints.StandardProvider;
import org.civic.site.Checkable;
import org.civic.standard.CheckResult;
import org.civic.standard.Message;
import org.civic.standard.Outcome;
import org.civic.standard.Requirement;
import org.civic.standard.Standard;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates {@link MeetsStandard}: runs the standard and turns each FAIL (and, if asked, each
 * INCOMPLETE) into a violation on the fact's property. Templates are fixed message keys; the
 * figures go in as message parameters {@code arg0}, {@code arg1}, … through Hibernate
 * Validator's context, reached by {@code unwrap} so that civic-core has no compile-time
 * dependency on it. Stateless after initialization and thread-safe.
 */
public final class MeetsStandardValidator implements ConstraintValidator<MeetsStandard, Checkable> {

  private static final Logger LOG = LoggerFactory.getLogger(MeetsStandardValidator.class);
  private static final String HV_CONTEXT =
      "org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext";
  private static final @Nullable Class<?> HV_CONTEXT_CLASS;
  private static final @Nullable MethodHandle ADD_PARAMETER;

  static {
    Class<?> type = null;
    MethodHandle add = null;
    try {
      type = Class.forName(HV_CONTEXT, false, MeetsStandardValidator.class.getClassLoader());
      add = MethodHandles.publicLookup().findVirtual(type, "addMessageParameter",
          MethodType.methodType(type, String.class, Object.class));
    } catch (ReflectiveOperationException | LinkageError e) {
      LOG.debug("Hibernate Validator is not present; civic's violation messages will omit figures");
      type = null;
      add = null;
    }
    HV_CONTEXT_CLASS = type;
    ADD_PARAMETER = add;
  }

  private @Nullable Standard standard;
  private boolean incompleteIsViolation;

  /** Creates the validator; Bean Validation calls {@link #initialize}. */
  public MeetsStandardValidator() {}

  @Override
  public void initialize(MeetsStandard annotation) {
    Class<? extends StandardProvider> provider = annotation.standard();
    try {
      standard = provider.getDeclaredConstructor().newInstance().standard();
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new ValidationException("cannot get the standard from " + provider.getName()
          + ": a StandardProvider needs a public no-argument constructor and must return a standard", e);
    }
    if (standard == null) {
      throw new ValidationException(provider.getName() + " returned no standard");
    }
    incompleteIsViolation = annotation.incompleteIsViolation();
  }

  @Override
  public boolean isValid(@Nullable Checkable value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Standard s = standard;
    if (s == null) {
      throw new IllegalStateException("the validator was not initialized");
    }
    boolean valid = true;
    for (Requirement requirement : s.requirements()) {
      // Outcomes first; messages and evidence only for the violations.
      Outcome outcome = requirement.outcome(value);
      if (outcome == Outcome.FAIL || (incompleteIsViolation && outcome == Outcome.INCOMPLETE)) {
        if (valid) {
          context.disableDefaultConstraintViolation();
          valid = false;
        }
        report(CheckResult.of(requirement, value.siteId(), value.level(), requirement.evaluate(value)), context);
      }
    }
    return valid;
  }

  private static void report(CheckResult r, ConstraintValidatorContext context) {
    Message m = r.message();
    String template;
    List<Object> args;
    if (Message.CIVIC_BUNDLE.equals(m.bundle())) {
      template = "{org.civic." + m.key() + "}";
      args = m.arguments();
    } else if (m.bundle().isEmpty()) {
      // A host's literal text is data too: it goes in as a parameter, never as a template.
      template = "{org.civic.constraints.requirement." + r.outcome().key() + "}";
      args = List.of(r.requirementId(), m.key());
    } else {
      template = "{" + m.key() + "}";
      args = m.arguments();
    }
    ConstraintValidatorContext target = context;
    if (HV_CONTEXT_CLASS != null && ADD_PARAMETER != null) {
      Object hv = context.unwrap(HV_CONTEXT_CLASS);
      try {
        for (int i = 0; i < args.size(); i++) {
          ADD_PARAMETER.invoke(hv, "arg" + i, args.get(i));
        }
        ADD_PARAMETER.invoke(hv, "requirement", r.requirementId());
        ADD_PARAMETER.invoke(hv, "outcome", r.outcome().key());
      } catch (Throwable t) {
        throw new ValidationException("cannot add message parameters for " + r.requirementId(), t);
      }
    }
    target.buildConstraintViolationWithTemplate(template)
        .addPropertyNode(r.property())
        .addConstraintViolation();
  }
}
