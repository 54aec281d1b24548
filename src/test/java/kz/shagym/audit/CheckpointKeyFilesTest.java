package kz.shagym.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the signing key comes from, and that what it signs can be checked with plain JDK or OpenSSL tools. */
class CheckpointKeyFilesTest {

    @TempDir
    Path temp;

    private CheckpointSettings settings(Path privateKey, Path publicKey) {
        return new CheckpointSettings(temp.resolve("checkpoints"), privateKey, publicKey, Duration.ZERO, 100);
    }

    @Test
    void loadWhenNoKeyIsConfiguredInTheDemoShouldGenerateOneBesideTheFolderOnceAndKeepIt() throws IOException {
        CheckpointKeys.Signing first = CheckpointKeyFiles.load(settings(null, null), false);
        CheckpointKeys.Signing again = CheckpointKeyFiles.load(settings(null, null), false);

        Path demo = temp.resolve("checkpoint-signing-key.pem");
        assertThat(demo).exists();
        assertThat(again.verifying().keyId()).isEqualTo(first.verifying().keyId());
        assertThat(Files.readString(demo)).contains("BEGIN PRIVATE KEY").contains("BEGIN PUBLIC KEY");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(demo))).isEqualTo("rw-------");
        assertThat(temp.resolve("checkpoints")).as("the private key is never inside the folder").doesNotExist();
    }

    @Test
    void loadWhenNoKeyIsConfiguredUnderProdShouldRefuseToStartAndSayHowToMakeOne() {
        assertThatThrownBy(() -> CheckpointKeyFiles.load(settings(null, null), true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Refusing to start with profile 'prod'")
                .hasMessageContaining("shagym.audit.checkpoints.private-key")
                .hasMessageContaining("openssl genpkey -algorithm ed25519");
        assertThat(temp.resolve("checkpoint-signing-key.pem")).doesNotExist();
    }

    @Test
    void loadWhenAConfiguredKeyPairIsGivenInTwoFilesShouldUseItEvenUnderProd() throws IOException {
        CheckpointKeys.Signing made = CheckpointKeys.generate();
        Path privateKey = Files.writeString(temp.resolve("key.pem"), CheckpointKeys.privatePem(made.key()));
        Path publicKey = Files.writeString(temp.resolve("public.pem"), CheckpointKeys.publicPem(made.verifying().key()));

        CheckpointKeys.Signing loaded = CheckpointKeyFiles.load(settings(privateKey, publicKey), true);

        assertThat(loaded.verifying().keyId()).isEqualTo(made.verifying().keyId());
    }

    @Test
    void loadWhenThePublicKeyBelongsToAnotherPrivateKeyShouldRefuse() throws IOException {
        Path privateKey = Files.writeString(temp.resolve("key.pem"), CheckpointKeys.privatePem(CheckpointKeys.generate().key()));
        Path publicKey = Files.writeString(temp.resolve("public.pem"),
                CheckpointKeys.publicPem(CheckpointKeys.generate().verifying().key()));

        assertThatThrownBy(() -> CheckpointKeyFiles.load(settings(privateKey, publicKey), true))
                .hasMessageContaining("do not belong together");
    }

    @Test
    void loadWhenTheConfiguredFileHoldsNoKeyShouldRefuseAndNameTheFile() throws IOException {
        Path privateKey = Files.writeString(temp.resolve("key.pem"), "not a key");

        assertThatThrownBy(() -> CheckpointKeyFiles.load(settings(privateKey, null), false))
                .hasMessageContaining("key.pem");
    }

    @Test
    void aWrittenCheckpointShouldVerifyWithThePublishedPublicKeyAndNothingButTheJdk() throws Exception {
        CheckpointKeys.Signing key = CheckpointKeys.generate();
        CheckpointFolder folder = new CheckpointFolder(temp.resolve("checkpoints"));
        CheckpointKeyFiles.publish(folder, key.verifying());
        Instant at = Instant.parse("2025-03-19T04:00:00Z");
        String payload = Checkpoint.payload(7, "ab".repeat(32), at, at.plusSeconds(5), key.verifying().keyId());
        folder.write(new Checkpoint(Checkpoint.fileName(7, at.plusSeconds(5)), 7, "ab".repeat(32), at,
                at.plusSeconds(5), key.verifying().keyId(), Checkpoint.ALGORITHM, key.sign(payload)));

        Checkpoint read = folder.read(folder.namesNewestFirst().get(0));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(CheckpointKeys.readPublic(temp.resolve("checkpoints").resolve("public-key.pem")));
        verifier.update(("shagym-audit-checkpoint/1\nseq=7\nhash=" + "ab".repeat(32)
                + "\nrecordedAt=2025-03-19T04:00:00Z\nsignedAt=2025-03-19T04:00:05Z\nkeyId=" + key.verifying().keyId()
                + "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(verifier.verify(Base64.getDecoder().decode(read.signature()))).isTrue();
        assertThat(read.file()).isEqualTo("checkpoint-0000000000000000007-20250319T040005000Z.json");
        try (var files = Files.list(temp.resolve("checkpoints"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("no temporary file left behind")
                    .containsExactlyInAnyOrder("public-key.pem", read.file());
        }
    }
}
