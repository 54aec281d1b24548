package kz.shagym.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.shagym.release.VersionState;
import kz.shagym.rules.Body;
import kz.shagym.rules.Outcome;
import kz.shagym.rules.Respondent;
import kz.shagym.rules.Subject;
import kz.shagym.web.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The page's three languages say the same things, and every text a template asks for exists. */
class MessagesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_kk.properties", "messages_en.properties"})
    void everyLanguageShouldHaveExactlyTheRussianKeysAndNoEmptyText(String file) throws IOException {
        Properties russian = load("messages.properties");
        Properties other = load(file);

        assertThat(new TreeSet<>(other.stringPropertyNames())).isEqualTo(new TreeSet<>(russian.stringPropertyNames()));
        assertThat(other.values()).allSatisfy(text -> assertThat((String) text).isNotBlank());
    }

    @Test
    void everyKeyATemplateNamesShouldExist() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern literal = Pattern.compile("#\\{([a-z][a-zA-Z0-9.-]*)[}(]");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path t : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = literal.matcher(Files.readString(t));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
    }

    @Test
    void everyValueTheTemplatesNameByCodeShouldHaveATextInEachLanguage() throws IOException {
        Set<String> needed = new TreeSet<>();
        Arrays.stream(Outcome.values()).forEach(v -> needed.add("outcome." + v));
        Arrays.stream(Body.values()).forEach(v -> needed.add("body." + v));
        Arrays.stream(Respondent.values()).forEach(v -> needed.add("respondent." + v));
        Arrays.stream(Subject.values()).forEach(v -> needed.add("subject." + v));
        Arrays.stream(VersionState.values()).forEach(v -> needed.add("state." + v));
        Arrays.stream(Role.values()).forEach(v -> needed.add("role." + v));
        Stream.of("ADDED", "REMOVED", "CHANGED", "UNCHANGED").forEach(v -> needed.add("diff.change." + v));

        for (String file : new String[] {"messages.properties", "messages_kk.properties", "messages_en.properties"}) {
            assertThat(load(file).stringPropertyNames()).as(file).containsAll(needed);
        }
    }

    @Test
    void russianShouldHaveABundleOfItsOwnSoThatItNeverFallsBackToTheJvmLanguage() {
        assertThat(RESOURCES.resolve("messages_ru.properties")).exists();
    }
}
