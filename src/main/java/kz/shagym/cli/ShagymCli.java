package kz.shagym.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.shagym.cli.CliArguments.UsageError;

/**
 * The command line of the service jar: {@code validate}, {@code test} and {@code diff} of rule-set
 * folders, {@code impact} of one folder against another over exported decisions, and {@code verify-audit} of a database's audit chain, in plain Java (no Spring context, no
 * web server), so a lawyer or an auditor gets an answer in seconds. Exit codes: 0 clean, 1 the tables
 * have problems, a scenario failed or the audit chain does not hold, 2 misuse, 3 internal error.
 */
public final class ShagymCli {

    public static final int CLEAN = 0;
    public static final int FINDINGS = 1;
    public static final int MISUSE = 2;
    public static final int INTERNAL_ERROR = 3;

    private final PrintStream out;
    private final PrintStream err;

    public ShagymCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Whether these program arguments are meant for the command line rather than the web server:
     * a first argument that is a word or one of our flags, not a {@code --spring.option}. A mistyped command then gets
     * the usage text and exit code 2 instead of silently starting a server.
     */
    public static boolean handles(String... args) {
        return args.length > 0 && (!args[0].startsWith("-") || List.of("--help", "-h", "--json").contains(args[0]));
    }

    /** Runs and exits the JVM with the command's exit code. */
    public static void main(String... args) {
        QuietLogging.apply();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = new ShagymCli(out, err).run(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command; writes the answer to {@code out}, usage and failures to {@code err}. */
    public int run(String... args) {
        CliArguments arguments;
        try {
            arguments = CliArguments.parse(args);
        } catch (UsageError e) {
            err.println("Ошибка вызова / Usage error: " + e.getMessage());
            err.println();
            err.print(Usage.TEXT);
            return MISUSE;
        }
        try {
            return switch (arguments.command()) {
                case HELP -> {
                    out.print(Usage.TEXT);
                    yield CLEAN;
                }
                case VALIDATE -> new ValidateCommand(out).run(RuleSetFolder.read(arguments.folders().get(0)), arguments.json());
                case TEST -> new ScenarioCommand(out).run(RuleSetFolder.read(arguments.folders().get(0)), arguments.json());
                case DIFF -> new DiffCommand(out).run(RuleSetFolder.read(arguments.folders().get(0)),
                        RuleSetFolder.read(arguments.folders().get(1)), arguments.json());
                case IMPACT -> new ImpactCommand(out).run(RuleSetFolder.read(arguments.folders().get(0)),
                        RuleSetFolder.read(arguments.folders().get(1)), Path.of(arguments.option("--requests")),
                        arguments.json());
                case VERIFY_AUDIT -> new VerifyAuditCommand(out).run(arguments);
            };
        } catch (UsageError e) {
            err.println("Ошибка вызова / Usage error: " + e.getMessage());
            err.println();
            err.print(Usage.TEXT);
            return MISUSE;
        } catch (VerifyAuditCommand.CannotVerify e) {
            err.println("Проверка невозможна / Cannot verify: " + e.getMessage());
            return MISUSE;
        } catch (RuntimeException | LinkageError e) {
            err.println("Внутренняя ошибка; сообщите разработчикам / Internal error; please report it: " + e);
            e.printStackTrace(err);
            return INTERNAL_ERROR;
        }
    }
}
