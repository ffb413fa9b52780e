package org.normbench.artifact;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Metric points as an Apache Arrow IPC file (the Feather v2 format): columns {@code series} (utf8), {@code step}
 * (int64) and {@code value} (float64, every bit kept), written in record batches as the points stream by, so a run
 * of any length needs one batch of memory. Reads with {@code pandas.read_feather}, {@code pyarrow.ipc.open_file},
 * DuckDB or Polars.
 */
final class ArrowMetricsWriter implements AutoCloseable {

    /**
     * Whether this JVM lets Arrow reach direct buffers: it needs {@code --add-opens=java.base/java.nio=ALL-UNNAMED}
     * (bin/start and the tests pass it).
     */
    static boolean usable() {
        return ByteBuffer.class.getModule().isOpen(ByteBuffer.class.getPackageName(),
                MemoryUtil.class.getModule());
    }

    /** Rows per record batch: about 2 MB of vectors, and few enough batches that readers stay fast. */
    private static final int BATCH_ROWS = 65_536;

    private final BufferAllocator allocator = new RootAllocator();
    private final VectorSchemaRoot root;
    private final ArrowFileWriter writer;
    private final VarCharVector series;
    private final BigIntVector steps;
    private final Float8Vector values;
    private int rows;

    ArrowMetricsWriter(OutputStream out) throws IOException {
        Schema schema = new Schema(List.of(Field.notNullable("series", ArrowType.Utf8.INSTANCE),
                Field.notNullable("step", new ArrowType.Int(Long.SIZE, true)),
                Field.notNullable("value", new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE))));
        root = VectorSchemaRoot.create(schema, allocator);
        series = (VarCharVector) root.getVector("series");
        steps = (BigIntVector) root.getVector("step");
        values = (Float8Vector) root.getVector("value");
        writer = new ArrowFileWriter(root, null, Channels.newChannel(out));
        writer.start();
        root.allocateNew();
    }

    void add(String name, long step, double value) throws IOException {
        series.setSafe(rows, name.getBytes(StandardCharsets.UTF_8));
        steps.setSafe(rows, step);
        values.setSafe(rows, value);
        if (++rows == BATCH_ROWS) {
            writeBatch();
        }
    }

    /** Writes the last batch and the file's footer. */
    void finish() throws IOException {
        if (rows > 0) {
            writeBatch();
        }
        writer.end();
    }

    private void writeBatch() throws IOException {
        root.setRowCount(rows);
        writer.writeBatch();
        root.allocateNew();
        rows = 0;
    }

    @Override
    public void close() {
        writer.close();
        root.close();
        allocator.close();
    }
}
