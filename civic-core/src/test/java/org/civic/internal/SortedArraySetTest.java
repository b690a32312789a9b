package org.civic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.testing.SetTestSuiteBuilder;
import com.google.common.collect.testing.TestStringSetGenerator;
import com.google.common.collect.testing.features.CollectionFeature;
import com.google.common.collect.testing.features.CollectionSize;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import junit.framework.Test;
import junit.framework.TestCase;
import junit.framework.TestSuite;
import org.civic.volunteer.VolunteerId;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** {@link SortedArraySet}: the {@code Set} contract (Guava's testlib) and the order it keeps. */
class SortedArraySetTest {

  /** Guava's test suite for sets, each of its tests run as a JUnit 5 dynamic test. */
  @TestFactory
  Stream<DynamicTest> keepsTheSetContract() {
    TestSuite suite = SetTestSuiteBuilder.using(new TestStringSetGenerator() {
      @Override
      protected Set<String> create(String[] elements) {
        return SortedArraySet.copyOfSorted(new TreeSet<>(Arrays.asList(elements)));
      }

      @Override
      public List<String> order(List<String> insertionOrder) {
        return new ArrayList<>(new TreeSet<>(insertionOrder));
      }
    }).named("SortedArraySet")
        .withFeatures(CollectionSize.ANY, CollectionFeature.KNOWN_ORDER, CollectionFeature.ALLOWS_NULL_QUERIES)
        .createTestSuite();
    List<DynamicTest> tests = new ArrayList<>();
    flatten(suite, tests);
    assertThat(tests).hasSizeGreaterThan(100); // the suite was built, not empty
    return tests.stream();
  }

  private static void flatten(Test test, List<DynamicTest> into) {
    if (test instanceof TestSuite s) {
      for (Test t : Collections.list(s.tests())) {
        flatten(t, into);
      }
    } else {
      TestCase c = (TestCase) test;
      into.add(DynamicTest.dynamicTest(c.getName(), c::runBare));
    }
  }

  @org.junit.jupiter.api.Test
  void iteratesInOrderAndEqualsTheTreeSetItCopies() {
    qt().withExamples(500).forAll(lists().of(integers().between(-50, 50)).ofSizeBetween(0, 40),
        lists().of(integers().between(-60, 60)).ofSizeBetween(0, 20)).checkAssert((values, probes) -> {
          TreeSet<Integer> tree = new TreeSet<>(values);
          Set<Integer> set = SortedArraySet.copyOfSorted(tree);
          assertThat(new ArrayList<>(set)).containsExactlyElementsOf(tree);
          assertThat(set).isEqualTo(tree);
          assertThat(tree).isEqualTo(set);
          assertThat(set.hashCode()).isEqualTo(tree.hashCode());
          assertThat(set).isEqualTo(SortedArraySet.copyOfSorted(new TreeSet<>(values)));
          for (int p : probes) {
            assertThat(set.contains(p)).as("contains %s", p).isEqualTo(tree.contains(p));
          }
          List<Integer> seen = new ArrayList<>();
          set.forEach(seen::add);
          assertThat(seen).containsExactlyElementsOf(tree);
          TreeSet<Integer> other = new TreeSet<>(tree);
          if (!other.isEmpty()) {
            other.remove(other.last());
            other.add(1_000);
            assertThat(set).isNotEqualTo(SortedArraySet.copyOfSorted(other));
          }
        });
  }

  @org.junit.jupiter.api.Test
  void aProbeOfAnotherTypeIsNotAnElement() {
    Set<VolunteerId> set = SortedArraySet.copyOfSorted(new TreeSet<>(List.of(VolunteerId.of("v1"), VolunteerId.of("v2"))));
    assertThat(set.contains("v1")).isFalse();
    assertThat(set.contains(null)).isFalse();
    assertThat(set.contains(VolunteerId.of("v2"))).isTrue();
    assertThat(set.contains(VolunteerId.of("v3"))).isFalse();
  }

  @org.junit.jupiter.api.Test
  void refusesASetThatIsNotInOrderOrHasElementsThatCompareEqual() {
    Set<String> unordered = new LinkedHashSet<>(List.of("b", "a"));
    assertThatThrownBy(() -> SortedArraySet.copyOfSorted(unordered))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not strictly ascending at 1: b, a");
    // equal by compareTo, not by equals: a set may hold both, a sorted array set may not
    Set<java.math.BigDecimal> same = new LinkedHashSet<>(List.of(new java.math.BigDecimal("1.0"), new java.math.BigDecimal("1.00")));
    assertThatThrownBy(() -> SortedArraySet.copyOfSorted(same))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not strictly ascending at 1: 1.0, 1.00");
  }

  @org.junit.jupiter.api.Test
  void elementsAreAnySetsInItsOrder() {
    TreeSet<String> tree = new TreeSet<>(List.of("c", "a", "b"));
    assertThat(SortedArraySet.elements(tree)).containsExactly("a", "b", "c");
    assertThat(SortedArraySet.elements(SortedArraySet.copyOfSorted(tree))).containsExactly("a", "b", "c");
    assertThat(SortedArraySet.elements(Set.of())).isEmpty();
  }
}
