package org.civic.flink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.jspecify.annotations.Nullable;

/**
 * What civic's serializers of immutable values share — civic 序列化器: stateless (one instance
 * serves every thread), the value itself is its copy, variable length. Each subclass writes its
 * own format version first, so its {@link org.apache.flink.api.common.typeutils.TypeSerializerSnapshot}
 * can stay simple: state written by one civic release is read by the next, which knows every older
 * version.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the civic type
 */
public abstract class CivicSerializer<T> extends TypeSerializer<T> {

  private static final long serialVersionUID = 1L;

  CivicSerializer() {}

  @Override
  public boolean isImmutableType() {
    return true;
  }

  @Override
  public TypeSerializer<T> duplicate() {
    return this;
  }

  @Override
  public T copy(T from) {
    return from;
  }

  @Override
  public T copy(T from, T reuse) {
    return from;
  }

  @Override
  public int getLength() {
    return -1;
  }

  @Override
  public T deserialize(T reuse, DataInputView source) throws IOException {
    return deserialize(source);
  }

  @Override
  public void copy(DataInputView source, DataOutputView target) throws IOException {
    serialize(deserialize(source), target);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o != null && o.getClass() == getClass();
  }

  @Override
  public int hashCode() {
    return getClass().hashCode();
  }

  /** Writes text of any length as its UTF-8 bytes (writeUTF stops at 65,535 bytes). */
  static void writeString(DataOutputView out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  static String readString(DataInputView in) throws IOException {
    return new String(readBytes(in), StandardCharsets.UTF_8);
  }

  static byte[] readBytes(DataInputView in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      throw new java.io.StreamCorruptedException("a negative length: " + n);
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return b;
  }

  static void checkVersion(DataInputView in, int newest, String what) throws IOException {
    int v = in.readUnsignedByte();
    if (v < 1 || v > newest) {
      throw new java.io.StreamCorruptedException(what + " in format version " + v + ": this civic reads versions 1 to "
          + newest);
    }
  }
}
