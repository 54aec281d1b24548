package kz.shagym.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed command line: the command, its folders, its options ({@code --db <url>}), and whether to
 * answer in JSON.
 */
record CliArguments(Command command, List<Path> folders, Map<String, String> options, boolean json) {

    enum Command {
        VALIDATE("validate", 1, Set.of(), Set.of()),
        TEST("test", 1, Set.of(), Set.of()),
        DIFF("diff", 2, Set.of(), Set.of()),
        IMPACT("impact", 2, Set.of("--requests"), Set.of("--requests")),
        VERIFY_AUDIT("verify-audit", 0, Set.of("--db", "--user", "--password", "--checkpoints", "--public-key"),
                Set.of("--db", "--checkpoints")),
        HELP("help", 0, Set.of(), Set.of());

        private final String word;
        private final int folders;
        private final Set<String> options;
        private final Set<String> required;

        Command(String word, int folders, Set<String> options, Set<String> required) {
            this.word = word;
            this.folders = folders;
            this.options = options;
            this.required = required;
        }

        static Command of(String word) {
            for (Command c : values()) {
                if (c.word.equals(word)) {
                    return c;
                }
            }
            return null;
        }
    }

    CliArguments {
        folders = List.copyOf(folders);
        options = Map.copyOf(options);
    }

    CliArguments(Command command, List<Path> folders, boolean json) {
        this(command, folders, Map.of(), json);
    }

    /** The value of an option, or null when it was not given. */
    String option(String name) {
        return options.get(name);
    }

    /**
     * Flags may stand anywhere; the first word is the command, the words after it its folders. An
     * option's value is the argument after it, or follows '=' ({@code --db=jdbc:h2:...}).
     */
    static CliArguments parse(String... args) throws UsageError {
        boolean json = false;
        List<String> words = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (isHelp(arg)) {
                return new CliArguments(Command.HELP, List.of(), false);
            } else if (arg.equals("--json")) {
                json = true;
            } else if (arg.startsWith("--") && isOption(arg)) {
                int eq = arg.indexOf('=');
                String name = eq < 0 ? arg : arg.substring(0, eq);
                if (eq < 0 && i + 1 == args.length) {
                    throw new UsageError("у флага «" + name + "» нет значения / flag '" + name + "' needs a value");
                }
                options.put(name, eq < 0 ? args[++i] : arg.substring(eq + 1));
            } else if (arg.startsWith("-")) {
                throw new UsageError("неизвестный флаг «" + arg + "» / unknown flag '" + arg + "'");
            } else {
                words.add(arg);
            }
        }
        if (words.isEmpty()) {
            throw new UsageError("не указана команда / no command given");
        }
        Command command = Command.of(words.get(0));
        if (command == null) {
            throw new UsageError("неизвестная команда «" + words.get(0) + "» / unknown command '" + words.get(0) + "'");
        }
        for (String name : options.keySet()) {
            if (!command.options.contains(name)) {
                throw new UsageError("неизвестный флаг «" + name + "» / unknown flag '" + name + "'");
            }
        }
        for (String name : command.required) {
            if (!options.containsKey(name)) {
                throw new UsageError("команде " + command.word + " нужен флаг " + name + " / " + command.word
                        + " needs " + name);
            }
        }
        List<Path> folders = words.subList(1, words.size()).stream().map(Path::of).toList();
        if (folders.size() != command.folders) {
            throw new UsageError("команде " + command.word + " нужна папка: " + command.folders + ", дано: " + folders.size()
                    + " / " + command.word + " takes " + command.folders + " folder(s), got " + folders.size());
        }
        return new CliArguments(command, folders, options, json);
    }

    private static boolean isOption(String arg) {
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        for (Command command : Command.values()) {
            if (command.options.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHelp(String arg) {
        return arg.equals("help") || arg.equals("--help") || arg.equals("-h");
    }

    /** The call itself is wrong: a lawyer needs the usage text, not a stack trace. */
    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message);
        }
    }
}
