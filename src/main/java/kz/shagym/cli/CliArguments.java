package kz.shagym.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A parsed command line: the command, its folders, and whether to answer in JSON. */
record CliArguments(Command command, List<Path> folders, boolean json) {

    enum Command {
        VALIDATE("validate", 1), TEST("test", 1), DIFF("diff", 2), HELP("help", 0);

        private final String word;
        private final int folders;

        Command(String word, int folders) {
            this.word = word;
            this.folders = folders;
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
    }

    /** Flags may stand anywhere; the first word is the command, the words after it its folders. */
    static CliArguments parse(String... args) throws UsageError {
        boolean json = false;
        List<String> words = new ArrayList<>();
        for (String arg : args) {
            if (isHelp(arg)) {
                return new CliArguments(Command.HELP, List.of(), false);
            } else if (arg.equals("--json")) {
                json = true;
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
        List<Path> folders = words.subList(1, words.size()).stream().map(Path::of).toList();
        if (folders.size() != command.folders) {
            throw new UsageError("команде " + command.word + " нужна папка: " + command.folders + ", дано: " + folders.size()
                    + " / " + command.word + " takes " + command.folders + " folder(s), got " + folders.size());
        }
        return new CliArguments(command, folders, json);
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
