package org.civic.examples;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.civic.constraints.MeetsStandard;
import org.civic.site.Checkable;
import org.civic.site.SiteFacts;
import org.civic.site.SiteLevel;
import org.civic.site.TeamFacts;
import org.civic.site.Venue;

/** Puts civic's {@code @MeetsStandard} constraint on a host's own class and validates it with Hibernate Validator. */
public final class HostClassValidation {

  private HostClassValidation() {}

  /** A host application's own record of a station: it only has to say its level and facts. */
  @MeetsStandard
  public record StationRecord(String name, int areaSquareMetres, int volunteers) implements Checkable {
    @Override
    public SiteLevel level() {
      return SiteLevel.STATION;
    }

    @Override
    public SiteFacts facts() {
      return SiteFacts.unknown().withVenue(Venue.of(areaSquareMetres, 1))
          .withTeam(TeamFacts.led("村党支部书记", volunteers));
    }
  }

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Locale.setDefault(Locale.CHINA);   // the validator's messages follow the default locale here
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      Set<ConstraintViolation<StationRecord>> violations = validator.validate(new StationRecord("小刘庄村站", 10, 3));
      violations.stream().sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
          .forEach(v -> out.println(v.getPropertyPath() + ": " + v.getMessage()));
      out.println(violations.size() + " violations");
    }
  }
}
