package kz.shagym.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The folder of checkpoint files: one small JSON file each, written whole or not at all. */
final class CheckpointFolder {

    /** Where the public key is written, so that an auditor can verify without the server. */
    static final String PUBLIC_KEY_FILE = "public-key.pem";

    private static final Pattern NAME = Pattern.compile("checkpoint-\\d{19}-\\d{8}T\\d{9}Z\\.json");
    // a checkpoint is a few hundred bytes; anything much larger was not written by us
    private static final long MAX_FILE_SIZE = 16 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path dir;

    CheckpointFolder(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    /** The names of the checkpoint files, newest first (by position, then time). */
    List<String> namesNewestFirst() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> NAME.matcher(name).matches())
                    .sorted(Comparator.reverseOrder())
                    .toList();
        } catch (IOException e) {
            throw new CheckpointUnavailable("cannot list the checkpoint folder " + dir, e);
        }
    }

    /** Whether {@code name} is the name of a checkpoint file in the folder (never a path elsewhere). */
    boolean holds(String name) {
        return NAME.matcher(name).matches() && Files.isRegularFile(dir.resolve(name));
    }

    /**
     * Reads one checkpoint; its signature is not checked here.
     *
     * @throws IOException when the file cannot be read or is not a checkpoint
     */
    Checkpoint read(String name) throws IOException {
        Path file = dir.resolve(name);
        if (Files.size(file) > MAX_FILE_SIZE) {
            throw new IOException(name + " is too large to be a checkpoint");
        }
        try {
            JsonNode node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (!Checkpoint.FORMAT.equals(text(node, "format")) || !Checkpoint.ALGORITHM.equals(text(node, "algorithm"))) {
                throw new IOException(name + " is not a " + Checkpoint.FORMAT + " file");
            }
            JsonNode seq = node.get("seq");
            if (seq == null || !seq.isIntegralNumber() || !seq.canConvertToLong()) {
                throw new IOException(name + " has no position");
            }
            return new Checkpoint(name, seq.asLong(), text(node, "hash"), Instant.parse(text(node, "recordedAt")),
                    Instant.parse(text(node, "signedAt")), text(node, "keyId"), text(node, "algorithm"),
                    text(node, "signature"));
        } catch (RuntimeException e) {
            throw new IOException(name + " is not a readable checkpoint", e);
        }
    }

    /** Writes beside, forces it to disk, then renames: a reader sees the whole file or none. */
    void write(Checkpoint checkpoint) {
        ObjectNode node = JSON.createObjectNode();
        node.put("format", Checkpoint.FORMAT);
        node.put("seq", checkpoint.seq());
        node.put("hash", checkpoint.hash());
        node.put("recordedAt", checkpoint.recordedAt().toString());
        node.put("signedAt", checkpoint.signedAt().toString());
        node.put("keyId", checkpoint.keyId());
        node.put("algorithm", checkpoint.algorithm());
        node.put("signature", checkpoint.signature());
        writeAtomically(checkpoint.file(), JSON.writeValueAsString(node) + "\n");
    }

    void writeAtomically(String name, String text) {
        try {
            Files.createDirectories(dir);
            Path temporary = Files.createTempFile(dir, "." + name, ".tmp");
            try {
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                    channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
                    channel.force(true);
                }
                readableByAll(temporary);
                move(temporary, dir.resolve(name));
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new CheckpointUnavailable("cannot write " + name + " to the checkpoint folder " + dir, e);
        }
    }

    // a temporary file is the owner's alone; checkpoints and the public key are for every auditor to read
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String text(JsonNode node, String field) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new IOException("no " + field);
        }
        return value.asString();
    }
}
