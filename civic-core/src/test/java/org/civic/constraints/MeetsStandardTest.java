package org.civic.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import org.civic.division.DivisionCode;
import org.civic.site.Checkable;
import org.civic.site.Display;
import org.civic.site.Projects;
import org.civic.site.RuleDocuments;
import org.civic.site.Signage;
import org.civic.site.Site;
import org.civic.site.SiteFacts;
import org.civic.site.SiteId;
import org.civic.site.SiteLevel;
import org.civic.site.TeamFacts;
import org.civic.site.Venue;
import org.civic.standard.Evaluation;
import org.civic.standard.Message;
import org.civic.standard.Requirement;
import org.civic.standard.SixHaves;
import org.civic.standard.Standard;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bridge, against a real Hibernate Validator. */
class MeetsStandardTest {

  /** A host's own site class. */
  @MeetsStandard
  record StationRecord(String name, SiteLevel level, SiteFacts facts) implements Checkable {}

  /** A host's province profile, with a literal-message requirement. */
  public static final class HostProfile implements StandardProvider {
    public HostProfile() {}

    @Override
    public Standard standard() {
      return SixHaves.profile().withVenueArea(SiteLevel.STATION, 20).toStandard("host", "1")
          .withRequirement(Requirement.of("host.motto", c -> Evaluation.fail(
              Message.literal("motto ${1+1} #{2+2} {arg0} missing"))));
    }
  }

  @MeetsStandard(standard = HostProfile.class, incompleteIsViolation = true)
  record StrictRecord(SiteLevel level, SiteFacts facts) implements Checkable {}

  /** civic's own Site, in a field of a host's form. */
  record Form(@MeetsStandard Site site) {}

  public static final class BrokenProvider implements StandardProvider {
    private BrokenProvider(int x) {}

    @Override
    public Standard standard() {
      return SixHaves.standard();
    }
  }

  @MeetsStandard(standard = BrokenProvider.class)
  record Broken(SiteLevel level, SiteFacts facts) implements Checkable {}

  private static ValidatorFactory factory;

  @BeforeAll
  static void setUp() {
    factory = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ResourceBundleMessageInterpolator(
            new PlatformResourceBundleLocator("ValidationMessages")))
        .buildValidatorFactory();
  }

  @AfterAll
  static void tearDown() {
    factory.close();
  }

  private static Validator validator(Locale locale) {
    return factory.usingContext().messageInterpolator(new LocaleInterpolator(
        factory.getMessageInterpolator(), locale)).getValidator();
  }

  private static SiteFacts facts() {
    return SiteFacts.unknown()
        .withVenue(Venue.of(12, 1))
        .withSignage(new Signage(true, true))
        .withTeam(TeamFacts.led("村党支部书记", 3))
        .withProjects(new Projects(2, 5))
        .withRules(RuleDocuments.of("安全管理制度"))
        .withDisplay(new Display(2, true));
  }

  @Test
  void eachFailBecomesAViolationOnItsProperty() {
    Set<ConstraintViolation<StationRecord>> zh = validator(Locale.CHINA)
        .validate(new StationRecord("大周村站", SiteLevel.STATION, facts()));
    assertThat(zh).extracting(v -> v.getPropertyPath().toString()).containsExactlyInAnyOrder("venue", "team");
    assertThat(zh).extracting(ConstraintViolation::getMessage).containsExactlyInAnyOrder(
        "场所面积 12 平方米、功能室 1 间，未达到要求（不少于 15 平方米、1 间）。",
        "志愿服务队伍 3 人，少于要求的 5 人。");
    Set<ConstraintViolation<StationRecord>> en = validator(Locale.ENGLISH)
        .validate(new StationRecord("大周村站", SiteLevel.STATION, facts()));
    assertThat(en).extracting(ConstraintViolation::getMessage).containsExactlyInAnyOrder(
        "The venue (12 m², function rooms: 1) falls short of the requirement (area at least 15 m², function rooms at least 1).",
        "The team's members: 3, fewer than the 5 required.");
  }

  @Test
  void aSiteThatMeetsTheStandardIsValidAndNullIsValid() {
    SiteFacts ok = facts().withVenue(Venue.of(15, 1)).withTeam(TeamFacts.led("书记", 5));
    assertThat(validator(Locale.CHINA).validate(new StationRecord("x", SiteLevel.STATION, ok))).isEmpty();
    assertThat(validator(Locale.CHINA).validate(new Form(null))).isEmpty();
    assertThat(validator(Locale.CHINA).validate(new StationRecord("x", SiteLevel.STATION, SiteFacts.unknown())))
        .as("INCOMPLETE is not a violation by default").isEmpty();
  }

  @Test
  void civicsOwnSiteInAHostsField() {
    Site site = Site.station(SiteId.of("s1"), "站", DivisionCode.parse("411081103201")).withFacts(facts());
    assertThat(validator(Locale.ENGLISH).validate(new Form(site)))
        .extracting(v -> v.getPropertyPath().toString()).containsExactlyInAnyOrder("site.venue", "site.team");
  }

  @Test
  void aProvinceProfileAndIncompleteAsViolation() {
    Set<ConstraintViolation<StrictRecord>> v = validator(Locale.ENGLISH)
        .validate(new StrictRecord(SiteLevel.STATION, SiteFacts.unknown().withVenue(Venue.of(18, 1))));
    assertThat(v).extracting(x -> x.getPropertyPath().toString())
        .containsExactlyInAnyOrder("venue", "signage", "team", "projects", "rules", "display", "motto");
  }

  @Test
  void hostTextIsNeverEvaluatedAsATemplate() {
    Set<ConstraintViolation<StrictRecord>> v = validator(Locale.ENGLISH)
        .validate(new StrictRecord(SiteLevel.STATION, SiteFacts.unknown()));
    assertThat(v).filteredOn(x -> x.getPropertyPath().toString().equals("motto"))
        .extracting(ConstraintViolation::getMessage)
        .containsExactly("Requirement host.motto is not met: motto ${1+1} #{2+2} {arg0} missing");
  }

  @Test
  void aBrokenProviderIsAClearError() {
    assertThatThrownBy(() -> validator(Locale.ENGLISH).validate(new Broken(SiteLevel.STATION, facts())))
        .isInstanceOf(ValidationException.class)
        .hasStackTraceContaining("public no-argument constructor");
  }

  /** Pins the interpolation locale, as a web framework would per request. */
  private record LocaleInterpolator(jakarta.validation.MessageInterpolator delegate, Locale locale)
      implements jakarta.validation.MessageInterpolator {
    @Override
    public String interpolate(String template, Context context) {
      return delegate.interpolate(template, context, locale);
    }

    @Override
    public String interpolate(String template, Context context, Locale l) {
      return delegate.interpolate(template, context, l);
    }
  }
}
