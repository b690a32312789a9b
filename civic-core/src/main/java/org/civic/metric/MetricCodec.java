package org.civic.metric;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.nio.ByteBuffer;
import org.civic.metric.internal.MetricAccess;
import org.civic.team.OrganisationId;
import org.roaringbitmap.RoaringBitmap;

/**
 * The binary form of figures — 指标的二进制形式 — the one place that knows every field of
 * {@link MetricAccumulator} and {@link MetricSet} as bytes (reached by engines through
 * {@link MetricAccess}). Format version 1:
 *
 * <pre>
 * byte     version (1)
 * varint   n, the number of sums that follow (14 in version 1; a reader takes fewer as zeros)
 * n ×      zigzag varlong sum, in MetricSet's field order
 * byte     0 = no beneficiary extremes, 1 = min and max follow as zigzag varlongs
 * varint   length of the volunteers' bitmap, then that many bytes (RoaringBitmap's portable format)
 * varint   m, the number of participating organisations, then m × their ids (modified UTF-8, in id order)
 * </pre>
 *
 * A later version appends what it adds; a reader fills what an older version lacks with the
 * empty value, and rejects a newer version it cannot read. Stateless and thread-safe.
 */
final class MetricCodec implements MetricAccess.Accessor {

  static final MetricCodec INSTANCE = new MetricCodec();

  /** The version this release writes and the newest it reads. */
  static final int VERSION = 1;

  /** A bitmap longer than this is not a volunteer set civic wrote (2^31 ids take ~512 MB). */
  private static final int MAX_BITMAP_BYTES = 1 << 30;

  /** More organisations than this are not a set civic wrote. */
  private static final int MAX_ORGANISATIONS = 1 << 24;

  private MetricCodec() {}

  @Override
  public int formatVersion() {
    return VERSION;
  }

  @Override
  public void write(MetricAccumulator accumulator, DataOutput out) throws IOException {
    write(accumulator.sums(), accumulator.minBeneficiaries(), accumulator.maxBeneficiaries(),
        accumulator.volunteerBits(), accumulator.organisationIds(), out);
  }

  @Override
  public void write(MetricSet set, DataOutput out) throws IOException {
    Extremes range = set.beneficiariesRange();
    long[] sums = new long[MetricSet.FIELDS];
    for (int i = 0; i < sums.length; i++) {
      sums[i] = set.sum(i);
    }
    write(sums, range.isEmpty() ? Long.MAX_VALUE : range.min().getAsLong(),
        range.isEmpty() ? Long.MIN_VALUE : range.max().getAsLong(), set.volunteers().bits(), set.organisations(), out);
  }

  private static void write(long[] sums, long min, long max, RoaringBitmap volunteers,
      java.util.SortedSet<OrganisationId> organisations, DataOutput out) throws IOException {
    out.writeByte(VERSION);
    writeVarLong(out, sums.length);
    for (long s : sums) {
      writeVarLong(out, zigzag(s));
    }
    if (min > max) {
      out.writeByte(0);
    } else {
      out.writeByte(1);
      writeVarLong(out, zigzag(min));
      writeVarLong(out, zigzag(max));
    }
    ByteBuffer bits = ByteBuffer.allocate(volunteers.serializedSizeInBytes());
    volunteers.serialize(bits);
    writeVarLong(out, bits.capacity());
    out.write(bits.array());
    writeVarLong(out, organisations.size());
    for (OrganisationId o : organisations) {
      out.writeUTF(o.value());
    }
  }

  @Override
  public MetricAccumulator readAccumulator(DataInput in) throws IOException {
    Fields f = read(in);
    return MetricAccumulator.restore(f.sums, f.min, f.max, f.volunteers, f.organisations);
  }

  @Override
  public MetricSet readSet(DataInput in) throws IOException {
    Fields f = read(in);
    if (f.min > f.max && f.volunteers.isEmpty() && f.organisations.isEmpty() && isZero(f.sums)) {
      return MetricSet.empty();
    }
    return new MetricSet(f.sums, DistinctCount.wrap(f.volunteers), f.organisations,
        f.min > f.max ? Extremes.empty() : Extremes.of(f.min, f.max));
  }

  @Override
  public void copy(DataInput in, DataOutput out) throws IOException {
    Fields f = read(in);
    write(f.sums, f.min, f.max, f.volunteers, f.organisations, out);
  }

  private static boolean isZero(long[] sums) {
    for (long s : sums) {
      if (s != 0) {
        return false;
      }
    }
    return true;
  }

  private record Fields(long[] sums, long min, long max, RoaringBitmap volunteers,
      java.util.SortedSet<OrganisationId> organisations) {}

  private static Fields read(DataInput in) throws IOException {
    int version = in.readUnsignedByte();
    if (version < 1 || version > VERSION) {
      throw new StreamCorruptedException("figures in format version " + version + ": this civic reads versions 1 to "
          + VERSION + (version > VERSION ? " (they were written by a newer civic)" : ""));
    }
    long n = readVarLong(in);
    if (n < 0 || n > MetricSet.FIELDS) {
      throw new StreamCorruptedException("figures with " + n + " sums: expected at most " + MetricSet.FIELDS);
    }
    long[] sums = new long[MetricSet.FIELDS];
    for (int i = 0; i < n; i++) {
      sums[i] = unzigzag(readVarLong(in));
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    int extremes = in.readUnsignedByte();
    if (extremes == 1) {
      min = unzigzag(readVarLong(in));
      max = unzigzag(readVarLong(in));
      if (min > max) {
        throw new StreamCorruptedException("figures whose least beneficiaries " + min + " exceed the greatest " + max);
      }
    } else if (extremes != 0) {
      throw new StreamCorruptedException("figures with extremes flag " + extremes + ": expected 0 or 1");
    }
    long length = readVarLong(in);
    if (length < 0 || length > MAX_BITMAP_BYTES) {
      throw new StreamCorruptedException("figures with a volunteers' bitmap of " + length + " bytes");
    }
    byte[] bytes = new byte[(int) length];
    in.readFully(bytes);
    RoaringBitmap volunteers = new RoaringBitmap();
    try {
      volunteers.deserialize(ByteBuffer.wrap(bytes));
    } catch (IOException | RuntimeException e) {
      throw new StreamCorruptedException("figures with a bad volunteers' bitmap: " + e.getMessage());
    }
    if (volunteers.serializedSizeInBytes() != length) {
      throw new StreamCorruptedException("figures whose volunteers' bitmap takes " + volunteers.serializedSizeInBytes()
          + " of its " + length + " bytes");
    }
    long m = readVarLong(in);
    if (m < 0 || m > MAX_ORGANISATIONS) {
      throw new StreamCorruptedException("figures with " + m + " organisations");
    }
    java.util.SortedSet<OrganisationId> organisations = new java.util.TreeSet<>();
    for (long k = 0; k < m; k++) {
      String id = in.readUTF();
      try {
        organisations.add(OrganisationId.of(id));
      } catch (IllegalArgumentException e) {
        throw new StreamCorruptedException("figures with a bad organisation id: " + e.getMessage());
      }
    }
    return new Fields(sums, min, max, volunteers, organisations);
  }

  private static long zigzag(long v) {
    return (v << 1) ^ (v >> 63);
  }

  private static long unzigzag(long v) {
    return (v >>> 1) ^ -(v & 1);
  }

  private static void writeVarLong(DataOutput out, long v) throws IOException {
    while ((v & ~0x7FL) != 0) {
      out.writeByte((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.writeByte((int) v);
  }

  private static long readVarLong(DataInput in) throws IOException {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = in.readUnsignedByte();
      v |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new StreamCorruptedException("figures with a number longer than 10 bytes");
  }
}
