package org.civic.flink;

import java.util.Objects;
import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.jspecify.annotations.Nullable;

/**
 * Type information for one civic type — civic 类型信息: it names the type's explicit serializer, so
 * Flink never serializes the type field by field or through Kryo. Obtained from {@link CivicTypes}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the civic type
 */
public final class CivicTypeInfo<T> extends TypeInformation<T> {

  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private final TypeSerializer<T> serializer;

  CivicTypeInfo(Class<T> type, TypeSerializer<T> serializer) {
    this.type = Objects.requireNonNull(type, "type");
    this.serializer = Objects.requireNonNull(serializer, "serializer");
  }

  @Override
  public boolean isBasicType() {
    return false;
  }

  @Override
  public boolean isTupleType() {
    return false;
  }

  @Override
  public int getArity() {
    return 1;
  }

  @Override
  public int getTotalFields() {
    return 1;
  }

  @Override
  public Class<T> getTypeClass() {
    return type;
  }

  /** Not a key type: key by a field of it (a site id, a cell's key), as the roll-up job does. */
  @Override
  public boolean isKeyType() {
    return false;
  }

  @Override
  public TypeSerializer<T> createSerializer(SerializerConfig config) {
    return serializer.duplicate();
  }

  @Override
  public String toString() {
    return "CivicTypeInfo<" + type.getSimpleName() + ">";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CivicTypeInfo<?> other && other.canEqual(this) && type.equals(other.type);
  }

  @Override
  public int hashCode() {
    return type.hashCode();
  }

  @Override
  public boolean canEqual(Object o) {
    return o instanceof CivicTypeInfo;
  }
}
