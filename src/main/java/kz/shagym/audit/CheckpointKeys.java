package kz.shagym.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ed25519 keys in the PEM files OpenSSL reads and writes ({@code openssl genpkey -algorithm ed25519},
 * {@code openssl pkey -pubout}), signing and checking. The JDK has Ed25519 since Java 15: no extra
 * library, and signatures are deterministic and short (64 bytes).
 */
final class CheckpointKeys {

    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    private CheckpointKeys() {
    }

    /** The key that verifies checkpoints, and its id. */
    record Verifying(PublicKey key, String keyId) {

        static Verifying of(PublicKey key) {
            return new Verifying(key, CheckpointKeys.keyId(key));
        }

        boolean verifies(String payload, String base64Signature) {
            try {
                Signature verifier = Signature.getInstance(Checkpoint.ALGORITHM);
                verifier.initVerify(key);
                verifier.update(payload.getBytes(StandardCharsets.UTF_8));
                return verifier.verify(Base64.getDecoder().decode(base64Signature));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                return false;
            }
        }
    }

    /** The key pair that signs checkpoints. */
    record Signing(PrivateKey key, Verifying verifying) {

        String sign(String payload) {
            try {
                Signature signer = Signature.getInstance(Checkpoint.ALGORITHM);
                signer.initSign(key);
                signer.update(payload.getBytes(StandardCharsets.UTF_8));
                return Base64.getEncoder().encodeToString(signer.sign());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot sign with the checkpoint key", e);
            }
        }

        /** A private and a public key given separately must belong together, or every checkpoint would be "forged". */
        Signing checked() {
            String probe = "shagym checkpoint key probe";
            if (!verifying.verifies(probe, sign(probe))) {
                throw new IllegalStateException("the checkpoint private key and public key do not belong together");
            }
            return this;
        }
    }

    static Signing generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(Checkpoint.ALGORITHM).generateKeyPair();
            return new Signing(pair.getPrivate(), Verifying.of(pair.getPublic()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 runtime has Ed25519", e);
        }
    }

    static PrivateKey readPrivate(Path file) throws IOException {
        try {
            return KeyFactory.getInstance(Checkpoint.ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pem(file, "PRIVATE KEY")));
        } catch (GeneralSecurityException e) {
            throw new IOException(file + " does not hold an Ed25519 private key (PKCS#8 PEM)", e);
        }
    }

    static PublicKey readPublic(Path file) throws IOException {
        try {
            return KeyFactory.getInstance(Checkpoint.ALGORITHM).generatePublic(new X509EncodedKeySpec(pem(file, "PUBLIC KEY")));
        } catch (GeneralSecurityException e) {
            throw new IOException(file + " does not hold an Ed25519 public key (X.509 PEM)", e);
        }
    }

    static String privatePem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    static String publicPem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    static String keyId(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static byte[] pem(Path file, String type) throws IOException {
        Matcher block = PEM.matcher(Files.readString(file, StandardCharsets.US_ASCII));
        while (block.find()) {
            if (block.group(1).equals(type)) {
                return Base64.getMimeDecoder().decode(block.group(2));
            }
        }
        throw new IOException(file + " holds no '" + type + "' PEM block");
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
