package org.civic.flink;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.civic.activity.Activity;
import org.civic.json.CivicJson;
import org.civic.order.ServiceOrder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serializes an activity or a service order as its civic JSON record — civic JSON 记录序列化器 —
 * written and read by civic-json's codec, the one place that knows every field of the record: a
 * field civic adds is carried at once, never dropped by a serializer that did not know of it.
 * The bytes are a format version byte, then the UTF-8 JSON object with its length.
 *
 * <p>Its class names and snapshots' are written into savepoints: they do not change. Immutable and
 * thread-safe.
 *
 * @param <T> {@link Activity} or {@link ServiceOrder}
 */
public abstract class CivicJsonSerializer<T> extends CivicSerializer<T> {

  private static final long serialVersionUID = 1L;
  private static final int VERSION = 1;

  /** civic's mapper, strict: state holds only records that were read as good. */
  private static final class Mapper {
    static final JsonMapper INSTANCE = CivicJson.strict().mapper();
  }

  private final Class<T> type;

  CivicJsonSerializer(Class<T> type) {
    this.type = type;
  }

  @Override
  public void serialize(T record, DataOutputView target) throws IOException {
    byte[] json;
    try {
      json = Mapper.INSTANCE.writeValueAsBytes(record);
    } catch (JacksonException e) {
      throw new IOException("cannot write " + record + " as civic JSON: " + e.getOriginalMessage(), e);
    }
    target.writeByte(VERSION);
    target.writeInt(json.length);
    target.write(json);
  }

  @Override
  public T deserialize(DataInputView source) throws IOException {
    checkVersion(source, VERSION, type.getSimpleName());
    byte[] json = readBytes(source);
    try {
      return Mapper.INSTANCE.readValue(json, type);
    } catch (JacksonException e) {
      throw new IOException("not a civic JSON " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  @Override
  public void copy(DataInputView source, DataOutputView target) throws IOException {
    checkVersion(source, VERSION, type.getSimpleName());
    byte[] json = readBytes(source);
    target.writeByte(VERSION);
    target.writeInt(json.length);
    target.write(json);
  }

  /** Serializes an {@link Activity} — 活动序列化器. */
  public static final class ActivitySerializer extends CivicJsonSerializer<Activity> {
    private static final long serialVersionUID = 1L;

    /** The one instance. */
    public static final ActivitySerializer INSTANCE = new ActivitySerializer();

    private ActivitySerializer() {
      super(Activity.class);
    }

    /** A placeholder Flink may ask for; never a record of the stream. */
    @Override
    public Activity createInstance() {
      return Activity.builder("placeholder", java.time.LocalDate.EPOCH, org.civic.site.SiteId.of("placeholder"))
          .build(java.time.Clock.systemUTC());
    }

    @Override
    public TypeSerializerSnapshot<Activity> snapshotConfiguration() {
      return new Snapshot();
    }

    /** The serializer's snapshot — 序列化器快照: no configuration; the bytes carry their version. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<Activity> {
      /** Creates the snapshot (Flink instantiates it by name). */
      public Snapshot() {
        super(() -> INSTANCE);
      }
    }
  }

  /** Serializes a {@link ServiceOrder} — 服务订单序列化器. */
  public static final class ServiceOrderSerializer extends CivicJsonSerializer<ServiceOrder> {
    private static final long serialVersionUID = 1L;

    /** The one instance. */
    public static final ServiceOrderSerializer INSTANCE = new ServiceOrderSerializer();

    private ServiceOrderSerializer() {
      super(ServiceOrder.class);
    }

    /** A placeholder Flink may ask for; never a record of the stream. */
    @Override
    public ServiceOrder createInstance() {
      return ServiceOrder.place("placeholder", org.civic.site.SiteId.of("placeholder"),
          new org.civic.order.MenuItem("placeholder", "placeholder", "placeholder"), java.time.Instant.EPOCH);
    }

    @Override
    public TypeSerializerSnapshot<ServiceOrder> snapshotConfiguration() {
      return new Snapshot();
    }

    /** The serializer's snapshot — 序列化器快照: no configuration; the bytes carry their version. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<ServiceOrder> {
      /** Creates the snapshot (Flink instantiates it by name). */
      public Snapshot() {
        super(() -> INSTANCE);
      }
    }
  }
}
