package io.chargedesk.collector;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only file of records that the collector keeps in the data folder, in UTF-8 text:
 *
 * <pre>
 * chargedesk KIND 1 FILE-ID                    the first line: what the file is, format version 1, its identity
 * TAG TAB SEQ TAB LINES TAB CRC                 each record: a word, its number, how many lines follow, and
 * LINE…                                         the CRC-32 (hex) of those lines, each with its newline
 * </pre>
 *
 * <p>A record is whole only when all its lines are there and their CRC matches, so a record torn by a crash or a
 * power cut while it was appended is recognised. Opening a file reads it up to its last whole record; anything after
 * that is copied to a file of its own beside it ({@code NAME.damaged-OFFSET}) for inspection and cut off, so new
 * records follow whole ones. Lines never contain a newline: {@link RowLines} escapes them.
 */
final class RecordFile implements AutoCloseable {

    static final int VERSION = 1;
    private static final Logger LOG = LoggerFactory.getLogger(RecordFile.class);

    /** A whole record; {@code end} is the offset just after it, where the next one starts. */
    record Record(String tag, long seq, List<String> lines, long end) {
    }

    /** Takes each whole record of a file as it is read; returns whether to read on. */
    @FunctionalInterface
    interface Visitor {
        boolean visit(Record record) throws IOException;
    }

    private final Path path;
    private final UUID id;
    private final FileChannel channel;
    private final long start;
    private long size;

    private RecordFile(Path path, UUID id, FileChannel channel, long start, long size) {
        this.path = path;
        this.id = id;
        this.channel = channel;
        this.start = start;
        this.size = size;
    }

    /**
     * A new, empty file with an identity of its own, where there is none. Its first line is written
     * under another name and the file then renamed, so a crash never leaves a file without it.
     */
    static RecordFile create(Path path, String kind) throws IOException {
        Path folder = path.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        UUID id = UUID.randomUUID();
        byte[] header = ("chargedesk " + kind + " " + VERSION + " " + id + "\n").getBytes(StandardCharsets.UTF_8);
        Path fresh = path.resolveSibling(path.getFileName() + ".new");
        try (FileChannel channel = FileChannel.open(fresh, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            writeFully(channel, ByteBuffer.wrap(header), 0);
            channel.force(true);
        }
        Files.move(fresh, path, StandardCopyOption.ATOMIC_MOVE);
        forceFolder(folder);
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        return new RecordFile(path, id, channel, header.length, header.length);
    }

    /**
     * Opens a file written by {@link #create}, handing every whole record to {@code visitor} in order (whatever it
     * answers), and cuts off a torn or damaged tail (after copying it aside).
     *
     * @throws IOException the file cannot be read, or is not a {@code kind} file of this version
     */
    static RecordFile open(Path path, String kind, Visitor visitor) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            LineReader in = new LineReader(channel, 0, channel.size());
            Line header = in.next();
            String[] words = header == null || !header.whole() ? new String[0] : header.text().split(" ");
            if (words.length != 4 || !words[0].equals("chargedesk") || !words[1].equals(kind)) {
                throw new IOException(path + " is not a ChargeDesk " + kind + " file");
            }
            if (!words[2].equals(Integer.toString(VERSION))) {
                throw new IOException(path + " is a " + kind + " file of format version " + words[2]
                        + ", which this version of ChargeDesk cannot read");
            }
            UUID id = UUID.fromString(words[3]);
            long start = header.bytes();
            long end = readRecords(in, start, r -> {
                visitor.visit(r);
                return true;
            });
            long size = channel.size();
            if (end < size) {
                LOG.warn("{}: the last {} bytes are not a whole record (torn by a crash or a power cut while being "
                        + "written); they are left out and kept in {}", path, size - end, damagedName(path, end));
                setAside(path, channel, end, size);
                channel.truncate(end);
                channel.force(true);
            }
            return new RecordFile(path, id, channel, start, end);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e instanceof IOException io ? io : new IOException(path + ": " + e.getMessage(), e);
        }
    }

    /** Reads whole records from {@code offset} on; returns the offset after the last whole one. */
    private static long readRecords(LineReader in, long offset, Visitor visitor) throws IOException {
        long at = offset;
        while (true) {
            Line head = in.next();
            if (head == null || !head.whole()) {
                return at;
            }
            String[] fields = head.text().split("\t");
            long seq;
            int count;
            long crc;
            try {
                seq = Long.parseLong(fields[1]);
                count = Integer.parseInt(fields[2]);
                crc = Long.parseLong(fields[3], 16);
            } catch (RuntimeException e) {
                return at;
            }
            CRC32 check = new CRC32();
            List<String> lines = new ArrayList<>(count);
            long end = at + head.bytes();
            for (int i = 0; i < count; i++) {
                Line line = in.next();
                if (line == null || !line.whole()) {
                    return at;
                }
                check.update(line.raw(), 0, line.raw().length);
                check.update('\n');
                lines.add(line.text());
                end += line.bytes();
            }
            if (check.getValue() != crc || fields.length != 4) {
                return at;
            }
            if (!visitor.visit(new Record(fields[0], seq, lines, end))) {
                return end;
            }
            at = end;
        }
    }

    /** Keeps what cannot be read for someone to look at, rather than destroying it. */
    private static void setAside(Path path, FileChannel channel, long from, long to) throws IOException {
        Path aside = damagedName(path, from);
        try (FileChannel out = FileChannel.open(aside, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            long done = 0;
            while (done < to - from) {
                done += channel.transferTo(from + done, to - from - done, out);
            }
            out.force(true);
        }
    }

    private static Path damagedName(Path path, long offset) {
        return path.resolveSibling(path.getFileName() + ".damaged-" + offset);
    }

    UUID id() {
        return id;
    }

    Path path() {
        return path;
    }

    /** Bytes in the file. */
    long size() {
        return size;
    }

    /** Where the first record starts. */
    long start() {
        return start;
    }

    /** Appends a record; it is on disk for sure only after {@link #force()}. Returns its size in bytes. */
    long append(String tag, long seq, List<String> lines) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String line : lines) {
            body.write(line.getBytes(StandardCharsets.UTF_8));
            body.write('\n');
        }
        byte[] content = body.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(content);
        byte[] head = (tag + "\t" + seq + "\t" + lines.size() + "\t" + Long.toHexString(crc.getValue()) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        ByteBuffer record = ByteBuffer.allocate(head.length + content.length).put(head).put(content).flip();
        try {
            writeFully(channel, record, size);
        } catch (IOException e) {
            // A half-written record must not stay in front of the next one.
            channel.truncate(size);
            throw e;
        }
        size += head.length + content.length;
        return head.length + content.length;
    }

    /** Makes everything appended so far survive a power cut. */
    void force() throws IOException {
        channel.force(false);
    }

    /**
     * Reads whole records from {@code offset} (a record's start) on, up to what was appended so far, while the visitor
     * asks for more.
     */
    void read(long offset, Visitor visitor) throws IOException {
        readRecords(new LineReader(channel, offset, size), offset, visitor);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private static void writeFully(FileChannel channel, ByteBuffer bytes, long at) throws IOException {
        long position = at;
        while (bytes.hasRemaining()) {
            position += channel.write(bytes, position);
        }
    }

    /** A new file's name survives a power cut only once its folder is synced too; not every platform can. */
    private static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder this way; NTFS journals the name with the file.
        }
    }

    /** One line as read: its bytes without the newline, and whether the newline was there. */
    private record Line(byte[] raw, boolean whole) {

        String text() {
            return new String(raw, StandardCharsets.UTF_8);
        }

        long bytes() {
            return raw.length + 1L;
        }
    }

    /**
     * Lines of a file from an offset up to a limit (what was appended when reading began, whatever is appended
     * meanwhile), read with positional reads so appends elsewhere in the file never disturb it.
     */
    private static final class LineReader {

        private final FileChannel channel;
        private final long limit;
        private long position;
        private byte[] buffer = new byte[1 << 16];
        private int from;
        private int to;

        LineReader(FileChannel channel, long position, long limit) {
            this.channel = channel;
            this.position = position;
            this.limit = limit;
        }

        /** The next line; null at the end. */
        Line next() throws IOException {
            while (true) {
                for (int i = from; i < to; i++) {
                    if (buffer[i] == '\n') {
                        Line line = new Line(Arrays.copyOfRange(buffer, from, i), true);
                        from = i + 1;
                        return line;
                    }
                }
                if (!fill()) {
                    if (from == to) {
                        return null;
                    }
                    Line torn = new Line(Arrays.copyOfRange(buffer, from, to), false);
                    from = to;
                    return torn;
                }
            }
        }

        private boolean fill() throws IOException {
            if (position >= limit) {
                return false;
            }
            if (from > 0) {
                System.arraycopy(buffer, from, buffer, 0, to - from);
                to -= from;
                from = 0;
            }
            if (to == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            ByteBuffer into = ByteBuffer.wrap(buffer, to, (int) Math.min(buffer.length - to, limit - position));
            int n = channel.read(into, position);
            if (n <= 0) {
                return false;
            }
            position += n;
            to += n;
            return true;
        }
    }
}
