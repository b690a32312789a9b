package org.civic.internal;

import java.util.function.IntConsumer;

/**
 * Threads a host has already given civic for one piece of work — a JSON Lines read's parser
 * threads — lent to civic-core's internal loops, which start none of their own: {@link #run} runs
 * tasks 0 … n − 1 on them and returns when every one has finished, what each wrote visible to the
 * caller.
 *
 * <p>Not for hosts.
 */
public interface Parallel {

  /** The calling thread alone: each task in turn. */
  Parallel NONE = new Parallel() {
    @Override
    public int threads() {
      return 1;
    }

    @Override
    public void run(int tasks, IntConsumer task) {
      for (int t = 0; t < tasks; t++) {
        task.accept(t);
      }
    }
  };

  /** Returns how many tasks at once are worth making: 1 or more. */
  int threads();

  /**
   * Runs {@code task.accept(t)} for every t in [0, tasks), perhaps at once, and returns when all
   * have returned; an exception a task throws is thrown here, after every task has finished.
   */
  void run(int tasks, IntConsumer task);
}
