package kz.shagym.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import kz.shagym.audit.Checkpoint;
import kz.shagym.audit.OfflineVerification;
import kz.shagym.audit.Verification;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.TransactionException;

/**
 * {@code verify-audit}: the audit chain of a database, held against the signed checkpoints of a
 * folder, without the server. Exit 0 when it holds, 1 when it does not, 2 when it cannot be checked
 * as asked (no such database, folder or key).
 */
final class VerifyAuditCommand {

    /** The JSON answer: the same verification the server gives, and what was checked. */
    record Answer(String command, String database, String checkpoints, String keyId, Verification verification) {
    }

    private final PrintStream out;

    VerifyAuditCommand(PrintStream out) {
        this.out = out;
    }

    /** The database, folder or key cannot be read: the call names something that is not there. */
    static final class CannotVerify extends RuntimeException {
        CannotVerify(String message) {
            super(message);
        }
    }

    int run(CliArguments arguments) {
        String url = database(arguments.option("--db"));
        Path folder = Path.of(arguments.option("--checkpoints"));
        if (!Files.isDirectory(folder)) {
            throw new CannotVerify("нет папки контрольных точек «" + folder + "» / no checkpoint folder '" + folder + "'");
        }
        Path key = arguments.option("--public-key") != null ? Path.of(arguments.option("--public-key"))
                : OfflineVerification.publicKeyBeside(folder);
        DriverManagerDataSource database = new DriverManagerDataSource(url,
                value(arguments.option("--user")), value(arguments.option("--password")));
        Verification verification;
        String keyId;
        try {
            keyId = OfflineVerification.keyId(key);
            verification = OfflineVerification.verify(database, folder, key);
        } catch (NoSuchFileException e) {
            throw new CannotVerify("нет файла открытого ключа / no public key file: " + key);
        } catch (IOException e) {
            throw new CannotVerify("открытый ключ не прочитан / cannot read the public key: " + e.getMessage());
        } catch (DataAccessException | TransactionException e) {
            throw new CannotVerify("база данных недоступна или в ней нет журнала аудита / cannot read the audit log"
                    + " of the database: " + rootMessage(e));
        }
        String shown = shown(url);
        if (arguments.json()) {
            Json.print(out, new Answer("verify-audit", shown, folder.toString(), keyId, verification));
        } else {
            print(verification, shown, folder, key, keyId);
        }
        return verification.valid() ? ShagymCli.CLEAN : ShagymCli.FINDINGS;
    }

    private void print(Verification v, String url, Path folder, Path key, String keyId) {
        out.println("Проверка журнала аудита / Verifying the audit trail");
        out.println("  База / Database:                " + url);
        out.println("  Контрольные точки / Checkpoints: " + folder);
        out.println("  Ключ / Public key:              " + key + " (" + keyId + ")");
        out.println("  Проверено записей / Checked:    " + v.checked());
        Checkpoint c = v.checkpoint();
        out.println("  Последняя точка / Latest:       " + (c == null ? "нет / none"
                : "№ " + c.seq() + ", " + c.signedAt() + " (" + c.file() + ")"));
        out.println();
        if (v.valid()) {
            out.println("ЦЕЛОСТНОСТЬ ПОДТВЕРЖДЕНА / VALID");
        } else {
            out.println("ЦЕЛОСТНОСТЬ НАРУШЕНА / INVALID: " + v.reason());
        }
        if (v.firstBroken() != null) {
            out.println("  Первая нарушенная запись / First broken record: " + v.firstBroken());
        }
        if (v.missing() != null) {
            out.println("  Нет подписанных записей / Signed records missing or replaced: № " + v.missing().fromSeq()
                    + "–" + v.missing().toSeq());
        }
        v.untrustedCheckpoints().forEach(u -> out.println(
                "  Недоверенная точка / Untrusted checkpoint: " + u.file() + " (" + u.reason() + ")"));
    }

    /** An H2 file that does not exist must be an error, not a new empty database that "verifies". */
    private static String database(String url) {
        if (url.startsWith("jdbc:h2:") && !url.toUpperCase().contains("IFEXISTS")) {
            return url + ";IFEXISTS=TRUE";
        }
        return url;
    }

    /** The URL without its parameters, which may hold a password. */
    private static String shown(String url) {
        int cut = url.length();
        for (char c : new char[] {'?', ';'}) {
            int at = url.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return url.substring(0, cut);
    }

    private static String value(String option) {
        return option == null ? "" : option;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.toString();
    }
}
