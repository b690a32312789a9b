package org.civic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civic.team.LeaderRole;
import org.civic.team.TeamCategory;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The contract of civic's open vocabularies — {@link TeamCategory}, {@link LeaderRole}: one set of
 * tests run for each (its {@code XxxTest} extends this class), so the two behave the same.
 *
 * @param <T> the vocabulary's type
 */
public abstract class TermContract<T> {

  /** Returns the type under test. */
  protected abstract Class<T> type();

  /** Obtains a value as a host does. */
  protected abstract T of(String id, String chinese, String english);

  /** Returns the built-in values. */
  protected abstract List<T> builtIn();

  /** Finds a built-in value by its Chinese name. */
  protected abstract java.util.Optional<T> byChinese(String chinese);

  /** Returns a value's id. */
  protected abstract String id(T value);

  /** Returns a value's Chinese name. */
  protected abstract String chinese(T value);

  /** Returns a value's English name. */
  protected abstract String english(T value);

  /** Returns what the errors call a value: "team category" or "leader role". */
  protected abstract String what();

  /** Returns a value of the other vocabulary with the given id. */
  protected abstract Object otherKind(String id);

  /** Kebab-case ids: 1 to 4 words of a-z 0-9, joined by - or . */
  public static Gen<String> kebabIds() {
    Gen<String> word = lists().of(Generate.pick("abcdefghijklmnopqrstuvwxyz0123456789".chars()
        .mapToObj(c -> String.valueOf((char) c)).toList())).ofSizeBetween(1, 8).map(cs -> String.join("", cs));
    Gen<String> joint = Generate.pick(List.of("-", "."));
    return lists().of(word.zip(joint, (w, j) -> j + w)).ofSizeBetween(1, 4)
        .map(ws -> String.join("", ws).substring(1));
  }

  @Test
  void aBuiltInIdGivesTheBuiltInValue_whateverTheNames() {
    for (T b : builtIn()) {
      assertThat(of(id(b), chinese(b), english(b))).isSameAs(b);
      assertThat(of(id(b), "别名", "Another name")).isSameAs(b);
      assertThat(chinese(b)).isNotBlank();
      assertThat(english(b)).isNotBlank();
      assertThat(id(b)).matches(Ids.KEBAB_CASE);
      assertThat(b).hasToString(id(b) + " " + chinese(b));
    }
    Set<String> ids = new HashSet<>();
    assertThat(builtIn()).allSatisfy(b -> assertThat(ids.add(id(b))).as(id(b)).isTrue());
    assertThatThrownBy(() -> builtIn().add(builtIn().get(0))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aHostsOwnValueKeepsWhatItWasGiven() {
    qt().forAll(kebabIds()).assuming(id -> builtIn().stream().noneMatch(b -> id(b).equals(id))).checkAssert(id -> {
      T own = of(id, "茶文化", "Tea culture");
      assertThat(id(own)).isEqualTo(id);
      assertThat(chinese(own)).isEqualTo("茶文化");
      assertThat(english(own)).isEqualTo("Tea culture");
      assertThat(own).hasToString(id + " 茶文化");
      assertThat(of(id(own), chinese(own), english(own))).isEqualTo(own).hasSameHashCodeAs(own);
      assertThat(builtIn()).doesNotContain(own);
    });
  }

  @Test
  void equalWhenTheIdsAreEqual_andNeverEqualToTheOtherVocabulary() {
    T first = builtIn().get(0);
    new EqualsTester()
        .addEqualityGroup(of("tea-culture", "茶文化", "Tea culture"), of("tea-culture", "茶文化传承", "Tea heritage"))
        .addEqualityGroup(of("tea.culture", "茶文化", "Tea culture"))
        .addEqualityGroup(first, of(id(first), "别名", "Another name"))
        .addEqualityGroup(otherKind("tea-culture"))
        .addEqualityGroup("tea-culture")
        .testEquals();
  }

  @Test
  void nullIsRefusedEverywhere() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(type());
    tester.testAllPublicInstanceMethods(of("tea-culture", "茶文化", "Tea culture"));
    tester.testAllPublicInstanceMethods(builtIn().get(0));
    String builtInId = id(builtIn().get(0));
    assertThatThrownBy(() -> of(null, "茶文化", "Tea culture")).isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThatThrownBy(() -> of("tea-culture", null, "Tea culture")).hasMessage("chinese");
    assertThatThrownBy(() -> of(builtInId, null, "x")).hasMessage("chinese");
    assertThatThrownBy(() -> of("tea-culture", "茶文化", null)).hasMessage("english");
    assertThatThrownBy(() -> of(builtInId, "x", null)).hasMessage("english");
  }

  @Test
  void aBadIdIsNamedForWhatItIs() {
    for (String bad : List.of("Tea-culture", "tea culture", "tea--culture", "-tea", "tea.", "", "茶文化", "tea_culture")) {
      assertThatThrownBy(() -> of(bad, "茶文化", "Tea culture")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(what() + " id \"" + bad + "\": expected lower-case kebab-case words joined by dots,");
    }
  }

  @Test
  void aBlankNameIsRefused_forABuiltInIdToo() {
    String builtInId = id(builtIn().get(0));
    for (String id : List.of("tea-culture", builtInId)) {
      assertThatThrownBy(() -> of(id, " ", "Tea culture")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage(what() + " " + id + " needs a Chinese and an English name, got \" \" and \"Tea culture\"");
      assertThatThrownBy(() -> of(id, "茶文化", "")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage(what() + " " + id + " needs a Chinese and an English name, got \"茶文化\" and \"\"");
    }
  }

  @Test
  void aBuiltInValueIsFoundByItsChineseName() {
    for (T b : builtIn()) {
      assertThat(byChinese(chinese(b))).containsSame(b);
      assertThat(byChinese(" " + chinese(b) + "\n")).containsSame(b);
    }
    assertThat(byChinese("茶文化")).isEmpty();
    assertThat(byChinese(english(builtIn().get(0)))).isEmpty();
  }

  /** The two vocabularies have one shape: the same public methods, each naming its own type. */
  @Test
  void theShapeIsTheSameAsTheOtherVocabulary() {
    assertThat(shape(type())).isEqualTo(shape(TeamCategory.class));
    assertThat(Modifier.isFinal(type().getModifiers())).isTrue();
    assertThat(type().getSuperclass()).isEqualTo(Object.class);
    assertThat(type().getConstructors()).isEmpty();
  }

  private static List<String> shape(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
        .map(m -> Modifier.toString(m.getModifiers()) + " " + m.getGenericReturnType().getTypeName() + " "
            + m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
            .collect(Collectors.joining(",", "(", ")")))
        .map(s -> s.replace(type.getName(), "T"))
        .sorted()
        .toList();
  }
}
