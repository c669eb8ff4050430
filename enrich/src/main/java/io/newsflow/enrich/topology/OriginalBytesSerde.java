package io.newsflow.enrich.topology;

import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The serde of a valid raw article between sub-topologies: it writes the original key and value bytes, nothing else
 * (a repartition record is no larger than the record read), and reads them by parsing again, which gives the same
 * article. So a dead letter after a repartition still holds exactly the bytes of {@code news.raw}.
 * Layout: key length (int, -1 for null), key bytes, value bytes.
 */
final class OriginalBytesSerde implements Serde<Routed> {

    @Override
    public Serializer<Routed> serializer() {
        return (topic, routed) -> {
            if (routed == null) {
                return null;
            }
            byte[] key = routed.originalKey();
            byte[] value = routed.originalValue();
            ByteBuffer b = ByteBuffer.allocate(4 + (key == null ? 0 : key.length) + value.length);
            b.putInt(key == null ? -1 : key.length);
            if (key != null) {
                b.put(key);
            }
            return b.put(value).array();
        };
    }

    @Override
    public Deserializer<Routed> deserializer() {
        return (topic, data) -> {
            if (data == null) {
                return null;
            }
            ByteBuffer b = ByteBuffer.wrap(data);
            int keyLength = b.getInt();
            if (keyLength < -1 || keyLength > b.remaining()) {
                throw new SerializationException("not an original-bytes record: key length " + keyLength);
            }
            byte[] key = null;
            if (keyLength >= 0) {
                key = new byte[keyLength];
                b.get(key);
            }
            byte[] value = new byte[b.remaining()];
            b.get(value);
            return Routed.raw(ParseProcessor.read(key, value), key, value);
        };
    }
}
