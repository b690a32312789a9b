package org.civic.internal;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An unmodifiable set over an array of distinct elements in their natural order, iterated in that
 * order: what a value type holds its few ids in. Against a {@code TreeSet} behind an unmodifiable
 * view it keeps one array instead of a node per element (a third of the memory for four ids) and
 * is iterated without chasing pointers — which is most of the time a log made from objects takes.
 *
 * @param <E> the elements' type
 */
public final class SortedArraySet<E extends Comparable<? super E>> extends AbstractSet<E> {

  private static final SortedArraySet<?> EMPTY = new SortedArraySet<>(new Object[0]);

  private final Object[] elements;

  private SortedArraySet(Object[] elements) {
    this.elements = elements;
  }

  /**
   * Copies a set whose iteration order is its elements' natural order (a {@code TreeSet} of
   * natural ordering), without sorting again.
   *
   * @throws IllegalArgumentException if its elements are not strictly ascending
   * @throws NullPointerException if it holds null
   */
  @SuppressWarnings("unchecked")
  public static <E extends Comparable<? super E>> Set<E> copyOfSorted(Set<E> sorted) {
    if (sorted.isEmpty()) {
      return (Set<E>) EMPTY;
    }
    Object[] a = sorted.toArray();
    for (int i = 0; i < a.length; i++) {
      Objects.requireNonNull(a[i], "element");
      if (i > 0 && ((E) a[i - 1]).compareTo((E) a[i]) >= 0) {
        throw new IllegalArgumentException("not strictly ascending at " + i + ": " + a[i - 1] + ", " + a[i]);
      }
    }
    return new SortedArraySet<>(a);
  }

  /**
   * Returns the elements of a set in their iteration order: the array itself (not a copy) if it
   * is a {@code SortedArraySet}, for a reader that will not change it.
   */
  public static Object[] elements(Set<?> set) {
    return set instanceof SortedArraySet<?> s ? s.elements : set.toArray();
  }

  @Override
  public int size() {
    return elements.length;
  }

  @Override
  public boolean isEmpty() {
    return elements.length == 0;
  }

  @Override
  public boolean contains(Object o) {
    if (o == null) {
      return false;
    }
    try {
      return Arrays.binarySearch(elements, o) >= 0;
    } catch (ClassCastException e) {
      return false; // not comparable with the elements, so not one of them
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public void forEach(Consumer<? super E> action) {
    Objects.requireNonNull(action, "action");
    for (Object e : elements) {
      action.accept((E) e);
    }
  }

  @Override
  public Iterator<E> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < elements.length;
      }

      @Override
      @SuppressWarnings("unchecked")
      public E next() {
        if (next >= elements.length) {
          throw new NoSuchElementException();
        }
        return (E) elements[next++];
      }
    };
  }

  @Override
  public Object[] toArray() {
    return Arrays.copyOf(elements, elements.length, Object[].class);
  }

  @Override
  public boolean equals(Object o) {
    if (o instanceof SortedArraySet<?> s) {
      return Arrays.equals(elements, s.elements);
    }
    return super.equals(o);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }
}
