package org.civic.json;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.civic.internal.Parallel;

/**
 * Parser threads for a JSON Lines read: blocks are parsed on them while the calling thread reads
 * the stream, and each block's result is applied on the calling thread, in stream order. At most
 * {@code 2 × threads} blocks are queued (with the one being filled, {@code 2 × threads + 1} in
 * memory); buffers of the block size are reused. The threads are daemons of the read's own,
 * stopped by {@link #close()}. Until then the read may lend them to civic-core's loops
 * ({@link Parallel}: the activity log's numbering). Not thread-safe: one calling thread.
 */
final class ParserPipeline implements AutoCloseable, Parallel {

  private final ExecutorService parsers;
  private final int threads;
  private final ArrayDeque<CompletableFuture<Runnable>> queue = new ArrayDeque<>();
  private final ArrayDeque<byte[]> spare = new ArrayDeque<>();
  private final int depth;
  private final int blockSize;
  private final BiFunction<byte[], Integer, Runnable> parse;
  private final BooleanSupplier stopped;
  /** Blocks parsed on the threads, and the bytes of the buffers made for them: statistics. */
  long blocks;
  long bufferBytes;

  /**
   * Starts the threads.
   *
   * @param threads how many, 1 or more
   * @param blockSize the usual size of a block's buffer
   * @param parse parses block (buffer, end) on a parser thread and returns what the calling thread
   *     then does with the result
   * @param stopped tells whether the read has stopped: nothing more is applied
   */
  ParserPipeline(int threads, int blockSize, BiFunction<byte[], Integer, Runnable> parse, BooleanSupplier stopped) {
    this.threads = threads;
    this.depth = 2 * threads;
    this.blockSize = blockSize;
    this.parse = parse;
    this.stopped = stopped;
    AtomicInteger n = new AtomicInteger();
    parsers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "civic-jsonl-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Queues the block buf[0, end) of a framer for a parser thread, hands the framer a buffer for
   * what follows, and applies the results that are ready.
   */
  void submit(LineBlocks blocks, int end) {
    byte[] b = blocks.buffer();
    int rest = blocks.remaining(end);
    // a buffer that grew for a long line is not kept: the next block has the usual size
    byte[] next;
    if (rest > blockSize || spare.isEmpty()) {
      next = new byte[Math.max(blockSize, rest)];
      bufferBytes += next.length;
    } else {
      next = spare.pop();
    }
    blocks.handOver(end, next);
    queue.add(CompletableFuture.supplyAsync(() -> parse.apply(b, end), parsers));
    this.blocks++;
    applyReady();
  }

  /** Queues something to do on the calling thread in stream order (a line too long to read). */
  void queue(Runnable onCallingThread) {
    queue.add(CompletableFuture.completedFuture(onCallingThread));
    applyReady();
  }

  /** A block's buffer was applied: it may be reused. */
  void recycle(byte[] b) {
    if (b.length == blockSize) {
      spare.push(b);
    }
  }

  /** Applies the results ready, and waits for the first if too many are queued. */
  private void applyReady() {
    while (!stopped.getAsBoolean() && (queue.size() >= depth || !queue.isEmpty() && queue.peek().isDone())) {
      apply(queue.poll());
    }
  }

  /** Applies every result, in order, until the read stops. */
  void applyAll() {
    while (!stopped.getAsBoolean() && !queue.isEmpty()) {
      apply(queue.poll());
    }
  }

  private static void apply(CompletableFuture<Runnable> f) {
    join(f).run();
  }

  /** Waits for a result, throwing what its task threw. */
  private static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw e;
    }
  }

  @Override
  public int threads() {
    return threads;
  }

  /** Runs the tasks on the parser threads; the calling thread waits for them all. */
  @Override
  public void run(int tasks, IntConsumer task) {
    CompletableFuture<?>[] running = new CompletableFuture<?>[tasks];
    for (int t = 0; t < tasks; t++) {
      int at = t;
      running[t] = CompletableFuture.runAsync(() -> task.accept(at), parsers);
    }
    join(CompletableFuture.allOf(running));
  }

  /** Stops the threads; blocks being parsed are finished first (a few milliseconds each), their results dropped. */
  @Override
  public void close() {
    parsers.shutdownNow();
    queue.clear();
    try {
      parsers.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
