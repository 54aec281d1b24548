package kz.shagym.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the key that signs checkpoints. A configured key is read (private, and public from its own
 * file or from a second PEM block of the same file). Without one, the embedded demo makes a key pair
 * at first start and says so; the {@code prod} profile refuses to start, as it refuses demo users.
 */
final class CheckpointKeyFiles {

    private static final Logger log = LoggerFactory.getLogger(CheckpointKeyFiles.class);

    private CheckpointKeyFiles() {
    }

    static CheckpointKeys.Signing load(CheckpointSettings settings, boolean production) {
        try {
            if (settings.privateKey() != null) {
                return read(settings.privateKey(), settings.publicKey());
            }
            if (production) {
                throw new IllegalStateException("Refusing to start with profile 'prod': no key signs the audit"
                        + " checkpoints. Create one outside the database and the checkpoint folder, e.g. 'openssl genpkey"
                        + " -algorithm ed25519 -out checkpoint-key.pem' and 'openssl pkey -in checkpoint-key.pem -pubout"
                        + " -out checkpoint-public.pem', and set shagym.audit.checkpoints.private-key and public-key"
                        + " (SHAGYM_AUDIT_CHECKPOINTS_PRIVATE_KEY, _PUBLIC_KEY).");
            }
            Path demo = settings.demoKey();
            if (Files.exists(demo)) {
                log.warn("DEMO CHECKPOINT KEY: audit checkpoints are signed with the key generated at {}. The 'prod'"
                        + " profile refuses to start without shagym.audit.checkpoints.private-key.", demo);
                return read(demo, null);
            }
            CheckpointKeys.Signing generated = CheckpointKeys.generate();
            try {
                writePrivate(demo, CheckpointKeys.privatePem(generated.key())
                        + CheckpointKeys.publicPem(generated.verifying().key()));
            } catch (FileAlreadyExistsException e) {
                // another instance on the same folder was first: use its key, not a second one
                return read(demo, null);
            }
            log.warn("DEMO CHECKPOINT KEY GENERATED at {} (key id {}): audit checkpoints are signed with it. Anyone who"
                    + " can read that file can forge checkpoints; in production configure"
                    + " shagym.audit.checkpoints.private-key (the 'prod' profile refuses to start without it).",
                    demo, generated.verifying().keyId());
            return generated;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the audit checkpoint key: " + e.getMessage(), e);
        }
    }

    /** Writes the public key into the checkpoint folder, for auditors who verify offline. */
    static void publish(CheckpointFolder folder, CheckpointKeys.Verifying key) {
        String pem = CheckpointKeys.publicPem(key.key());
        Path file = folder.dir().resolve(CheckpointFolder.PUBLIC_KEY_FILE);
        try {
            if (Files.exists(file)) {
                if (Files.readString(file, StandardCharsets.US_ASCII).equals(pem)) {
                    return;
                }
                log.warn("{} held another public key; replaced by the key now signing (id {}). Checkpoints of the old"
                        + " key count no more once the new key has signed one.", file, key.keyId());
            }
        } catch (IOException e) {
            log.warn("Could not read {}: {}; writing it anew", file, e.toString());
        }
        folder.writeAtomically(CheckpointFolder.PUBLIC_KEY_FILE, pem);
    }

    private static CheckpointKeys.Signing read(Path privateFile, Path publicFile) throws IOException {
        return new CheckpointKeys.Signing(CheckpointKeys.readPrivate(privateFile),
                CheckpointKeys.Verifying.of(CheckpointKeys.readPublic(publicFile != null ? publicFile : privateFile)))
                .checked();
    }

    private static void writePrivate(Path file, String pem) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        Files.delete(temporary);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(temporary);
        }
        try {
            Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
            Files.move(temporary, file);
        } catch (IOException | UncheckedIOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }
}
