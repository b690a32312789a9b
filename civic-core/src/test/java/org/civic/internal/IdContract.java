package org.civic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civic.site.SiteId;
import org.civic.team.TeamId;
import org.civic.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The contract every civic id type keeps — {@link SiteId}, {@link TeamId}, {@link VolunteerId}:
 * one set of tests run for each of them (its {@code XxxIdTest} extends this class), so the three
 * cannot drift apart. Also the id generators of the package's property tests.
 *
 * @param <T> the id type
 */
public abstract class IdContract<T extends Comparable<T>> {

  /** Every character an id may hold. */
  public static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.:/";

  /** Each id type's factory, by type. */
  private static final Map<Class<?>, Function<String, Object>> TYPES = new LinkedHashMap<>();

  static {
    TYPES.put(SiteId.class, SiteId::of);
    TYPES.put(TeamId.class, TeamId::of);
    TYPES.put(VolunteerId.class, VolunteerId::of);
  }

  /** Returns the id type under test. */
  protected abstract Class<T> type();

  /** Obtains an id of the type under test, as a host does. */
  protected abstract T of(String value);

  /** Returns the id's text, as a host reads it. */
  protected abstract String value(T id);

  /** Returns what the errors call the id: "site", "team" or "volunteer". */
  protected abstract String kind();

  /** Valid ids: 1 to 64 characters from {@link #ALPHABET}. */
  public static Gen<String> validIds() {
    return lists().of(Generate.pick(ALPHABET.chars().mapToObj(c -> (char) c).toList())).ofSizeBetween(1, 64)
        .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  @Test
  void ofReadsWhatToStringAndValuePrint() {
    qt().forAll(validIds()).checkAssert(text -> {
      T id = of(text);
      assertThat(value(id)).isEqualTo(text);
      assertThat(id.toString()).isEqualTo(text);
      assertThat(of(id.toString())).isEqualTo(id);
      assertThat(of(value(id))).isEqualTo(id).hasSameHashCodeAs(id);
    });
  }

  @Test
  void orderIsTheTextsOrderAndAgreesWithEquals() {
    qt().forAll(validIds(), validIds()).checkAssert((a, b) -> {
      assertThat(Integer.signum(of(a).compareTo(of(b)))).isEqualTo(Integer.signum(a.compareTo(b)));
      assertThat(of(a).compareTo(of(b)) == 0).isEqualTo(of(a).equals(of(b)));
      assertThat(of(a).compareTo(of(a))).isZero();
    });
  }

  @Test
  void equalWhenTheTextsAreEqual_andNeverEqualToAnotherKindOfId() {
    EqualsTester tester = new EqualsTester()
        .addEqualityGroup(of("yz-103"), of("yz-103"), of(new String("yz-103")))
        .addEqualityGroup(of("YZ-103"))
        .addEqualityGroup(of("yz-103/a"))
        .addEqualityGroup("yz-103");
    TYPES.forEach((type, factory) -> {
      if (type != type()) {
        tester.addEqualityGroup(factory.apply("yz-103"));
      }
    });
    tester.testEquals();
  }

  @Test
  void nullIsRefusedEverywhere() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(type());
    tester.testAllPublicInstanceMethods(of("yz-103"));
    assertThatThrownBy(() -> of(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
  }

  @Test
  void theLimitsAreOneAndSixtyFourCharacters() {
    String longest = "a".repeat(Ids.MAX_LENGTH);
    assertThat(value(of(longest))).isEqualTo(longest);
    assertThat(value(of(ALPHABET.substring(0, 64)))).hasSize(64);
    assertThatThrownBy(() -> of(longest + "a")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid " + kind() + " id \"" + longest + "a\": expected 1 to 64 characters, got 65");
    assertThatThrownBy(() -> of("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid " + kind() + " id \"\": expected 1 to 64 characters, got 0");
  }

  @Test
  void aBadCharacterIsNamedWithItsPosition() {
    assertThatThrownBy(() -> of("禹州-1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid " + kind() + " id \"禹州-1\": expected only A-Z a-z 0-9 - _ . : /, got '禹' at position 1");
    assertThatThrownBy(() -> of("yz 103")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid " + kind() + " id \"yz 103\": expected only A-Z a-z 0-9 - _ . : /, got ' ' at position 3");
  }

  @Test
  void anyOtherCharacterAnywhereIsRefused() {
    qt().forAll(validIds(), strings().allPossible().ofLength(1), integers().between(0, 64))
        .assuming((text, bad, at) -> ALPHABET.indexOf(bad.charAt(0)) < 0)
        .checkAssert((text, bad, at) -> {
          int i = Math.min(at, text.length());
          String candidate = text.substring(0, i) + bad + text.substring(i);
          assertThatThrownBy(() -> of(candidate)).isInstanceOf(IllegalArgumentException.class)
              .hasMessageStartingWith("invalid " + kind() + " id \"");
        });
  }

  /** The three id types have one shape: the same public members, each naming its own type. */
  @Test
  void theShapeIsTheSameAsEveryOtherIdType() {
    assertThat(shape(type())).isEqualTo(shape(SiteId.class));
    assertThat(Modifier.isFinal(type().getModifiers())).isTrue();
    assertThat(type().getSuperclass()).isEqualTo(Object.class);
    assertThat(type().getInterfaces()).containsExactly(Comparable.class);
    assertThat(type().getConstructors()).isEmpty();
  }

  private static List<String> shape(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
        .map(m -> Modifier.toString(m.getModifiers()) + " " + m.getReturnType().getSimpleName() + " " + m.getName()
            + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(",", "(", ")")))
        .map(s -> s.replace(type.getSimpleName(), "Id"))
        .sorted()
        .toList();
  }
}
