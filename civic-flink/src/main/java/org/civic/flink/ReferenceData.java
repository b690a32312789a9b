package org.civic.flink;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import org.apache.flink.core.fs.Path;
import org.apache.flink.util.function.SerializableSupplier;
import org.civic.hierarchy.Hierarchy;
import org.civic.json.CivicJson;
import org.civic.json.Dataset;
import org.civic.metric.VolunteerIndex;
import org.civic.volunteer.Volunteer;
import org.civic.volunteer.VolunteerId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every task of a roll-up needs besides the activities — 基础数据: the hierarchy (divisions and
 * sites) and the volunteer register, whose order numbers the volunteers for the exact distinct
 * counts. Shipped to the tasks as a recipe, not as data: each task loads it once (the tasks of one
 * TaskManager share one copy), so every task numbers every volunteer alike — the i-th volunteer of
 * the register is number i on every machine — and the distinct counts of different tasks merge
 * exactly. A volunteer outside the register is a located problem, never a number made up on one
 * task (that would count one person twice, or two as one, when the tasks' figures merge).
 *
 * <p>Immutable and thread-safe once loaded.
 */
public abstract class ReferenceData implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ReferenceData.class);

  /** Loaded reference data per file list and their versions, shared by the tasks of one JVM. */
  private static final Map<Object, Loaded> LOADED = new ConcurrentHashMap<>();

  private transient @Nullable Loaded loaded;

  ReferenceData() {}

  /** The hierarchy and the index, loaded. */
  private record Loaded(Hierarchy hierarchy, VolunteerIndex index, int registered) {}

  /**
   * Obtains reference data read from civic JSON files on any file system Flink reaches (a local
   * path, {@code hdfs://}, {@code s3://}): county dataset documents ({@code .json}) and JSON Lines
   * streams ({@code .jsonl}, gzipped {@code .jsonl.gz}). Their divisions and sites make the
   * hierarchy; their volunteers, in file order, make the register. Read strictly: bad reference
   * data fails the job at once.
   *
   * @param files the files' paths or URIs, one or more, not null
   * @return the reference data, not null
   */
  public static ReferenceData files(List<String> files) {
    Objects.requireNonNull(files, "files");
    if (files.isEmpty()) {
      throw new IllegalArgumentException("reference data needs at least one file");
    }
    return new Files(List.copyOf(files));
  }

  /**
   * Obtains reference data from two recipes a task runs: one that makes the hierarchy and one
   * that lists the register in a fixed order (the same on every task).
   *
   * @param hierarchy makes the hierarchy, not null
   * @param register lists the volunteers, without duplicates, always in the same order, not null
   * @return the reference data, not null
   */
  public static ReferenceData of(SerializableSupplier<Hierarchy> hierarchy,
      SerializableSupplier<List<VolunteerId>> register) {
    return new Suppliers(Objects.requireNonNull(hierarchy, "hierarchy"), Objects.requireNonNull(register, "register"));
  }

  /** Returns the hierarchy, loading it on first use. */
  public Hierarchy hierarchy() {
    return loaded().hierarchy();
  }

  /** Returns the volunteer index of the register, loading it on first use. */
  public VolunteerIndex volunteers() {
    return loaded().index();
  }

  /** Returns how many volunteers the register holds. */
  public int registered() {
    return loaded().registered();
  }

  private Loaded loaded() {
    Loaded l = loaded;
    if (l == null) {
      Object key = cacheKey();
      l = key == null ? load() : LOADED.computeIfAbsent(key, k -> load());
      loaded = l;
    }
    return l;
  }

  private Loaded load() {
    long start = System.nanoTime();
    Hierarchy h = makeHierarchy();
    List<VolunteerId> register = makeRegister();
    Loaded l = new Loaded(h, VolunteerIndex.of(register), register.size());
    LOG.info("reference data {}: {} divisions, {} sites, {} volunteers, loaded in {} ms", this, h.divisionCount(),
        h.siteCount(), register.size(), (System.nanoTime() - start) / 1_000_000);
    return l;
  }

  abstract Hierarchy makeHierarchy();

  /** The key under which tasks of one JVM share what this loads, or null to share nothing. */
  abstract @Nullable Object cacheKey();

  abstract List<VolunteerId> makeRegister();

  /** Civic JSON files. */
  private static final class Files extends ReferenceData {
    private static final long serialVersionUID = 1L;
    private final List<String> files;
    private transient @Nullable Dataset dataset;

    Files(List<String> files) {
      this.files = files;
    }

    private Dataset dataset() {
      Dataset d = dataset;
      if (d == null) {
        Dataset.Builder all = Dataset.builder();
        for (String file : files) {
          Path path = new Path(file);
          String name = path.getName();
          try (InputStream raw = path.getFileSystem().open(path);
               InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            if (name.endsWith(".json")) {
              all.addAll(CivicJson.strict().readDataset(in, file).dataset());
            } else {
              CivicJson.strict().readLines(in, file, all);
            }
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read the reference data " + file, e);
          }
        }
        d = all.build();
        dataset = d;
      }
      return d;
    }

    @Override
    Hierarchy makeHierarchy() {
      return dataset().toHierarchy();
    }

    /** The files and their lengths and modification times: a changed file is read again. */
    @Override
    Object cacheKey() {
      List<Object> key = new java.util.ArrayList<>();
      for (String file : files) {
        Path path = new Path(file);
        try {
          org.apache.flink.core.fs.FileStatus status = path.getFileSystem().getFileStatus(path);
          key.add(List.of(file, status.getLen(), status.getModificationTime()));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the reference data " + file, e);
        }
      }
      return key;
    }

    @Override
    List<VolunteerId> makeRegister() {
      return dataset().volunteers().stream().map(Volunteer::id).toList();
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Files f && files.equals(f.files);
    }

    @Override
    public int hashCode() {
      return files.hashCode();
    }

    @Override
    public String toString() {
      return "ReferenceData" + files;
    }
  }

  /** Two suppliers; each deserialized copy is its own recipe (equality by identity). */
  private static final class Suppliers extends ReferenceData {
    private static final long serialVersionUID = 1L;
    private final SerializableSupplier<Hierarchy> hierarchy;
    private final SerializableSupplier<List<VolunteerId>> register;

    Suppliers(SerializableSupplier<Hierarchy> hierarchy, SerializableSupplier<List<VolunteerId>> register) {
      this.hierarchy = hierarchy;
      this.register = register;
    }

    @Override
    Hierarchy makeHierarchy() {
      return Objects.requireNonNull(hierarchy.get(), "the hierarchy supplier returned null");
    }

    @Override
    List<VolunteerId> makeRegister() {
      return List.copyOf(register.get());
    }

    @Override
    @Nullable Object cacheKey() {
      return null;
    }

    @Override
    public String toString() {
      return "ReferenceData[suppliers]";
    }
  }
}
