package kz.shagym.cli;

/**
 * Keeps Drools and POI quiet on the command line: warnings and errors only, and on stderr, so that
 * stdout holds nothing but the answer (which {@code --json} callers parse).
 */
final class QuietLogging {

    static final String CONFIG = "kz/shagym/cli/logback-quiet.xml";

    private QuietLogging() {
    }

    /** Must run before the first logger is created; an explicit -Dlogback.configurationFile wins. */
    static void apply() {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", CONFIG);
        }
    }
}
