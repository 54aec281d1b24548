package kz.shagym.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One source of texts for ru, kk and en: every problem code of every feature's catalogue, every kind of
 * table problem and every upload refusal has its words in all three languages, with the same arguments.
 */
class ProblemTextsTest {

    private static final Map<String, String> FILES = Map.of(
            "ru", "messages.properties", "kk", "messages_kk.properties", "en", "messages_en.properties");

    private static final Map<String, Properties> BUNDLES = new HashMap<>();

    @BeforeAll
    static void load() throws IOException {
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(Path.of("src/main/resources", file.getValue()), StandardCharsets.UTF_8)) {
                p.load(in);
            }
            BUNDLES.put(file.getKey(), p);
        }
    }

    /** Every enum that implements {@link ProblemType}, found in the compiled classes: a new catalogue is covered too. */
    private static List<ProblemType> everyCatalogueEntry() {
        List<ProblemType> entries = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kz.shagym")) {
            if (type.isEnum() && type.isAssignableTo(ProblemType.class)) {
                entries.addAll(Arrays.asList((ProblemType[]) type.reflect().getEnumConstants()));
            }
        }
        return entries;
    }

    private static List<String> keysOfEnum(String enumClass, String prefix) throws ClassNotFoundException {
        return Arrays.stream(Class.forName(enumClass).getEnumConstants()).map(e -> prefix + ((Enum<?>) e).name()).toList();
    }

    @Test
    void everyCodeOfEveryCatalogueShouldHaveItsNameInRussianKazakhAndEnglish() {
        List<ProblemType> entries = everyCatalogueEntry();
        assertThat(entries).extracting(ProblemType::code)
                .contains("SHG-REQ-400", "SHG-AUDIT-404", "SHG-CAL-400", "SHG-DEC-422", "SHG-BUILD-503",
                        "SHG-RULESET-409-UNUSABLE", "SHG-HTTP-413", "SHG-WORKBENCH-404");
        for (ProblemType entry : entries) {
            FILES.keySet().forEach(lang -> assertThat(BUNDLES.get(lang).getProperty(entry.messageKey()))
                    .as("%s in %s", entry.messageKey(), lang).isNotBlank());
        }
    }

    @Test
    void everyTableProblemAndUploadRefusalShouldHaveItsTextInRussianKazakhAndEnglish() throws Exception {
        List<String> keys = new ArrayList<>(keysOfEnum("kz.shagym.ruleset.tables.ProblemKind", "problem.table."));
        keys.addAll(keysOfEnum("kz.shagym.release.UploadRefusal", "problem.upload."));
        for (String key : keys) {
            FILES.keySet().forEach(lang -> assertThat(BUNDLES.get(lang).getProperty(key)).as("%s in %s", key, lang)
                    .isNotBlank());
        }
    }

    @Test
    void everyProblemTextShouldTakeTheSameArgumentsInEachLanguageAndBeAValidMessageFormat() {
        Pattern argument = Pattern.compile("\\{(\\d+)}");
        for (String key : BUNDLES.get("ru").stringPropertyNames()) {
            if (!key.startsWith("problem.")) {
                continue;
            }
            Map<String, Set<String>> argumentsByLanguage = new HashMap<>();
            for (String lang : FILES.keySet()) {
                String text = BUNDLES.get(lang).getProperty(key);
                new MessageFormat(text);
                Set<String> arguments = new TreeSet<>();
                Matcher m = argument.matcher(text);
                while (m.find()) {
                    arguments.add(m.group(1));
                }
                argumentsByLanguage.put(lang, arguments);
            }
            assertThat(argumentsByLanguage.get("kk")).as(key).isEqualTo(argumentsByLanguage.get("ru"));
            assertThat(argumentsByLanguage.get("en")).as(key).isEqualTo(argumentsByLanguage.get("ru"));
        }
    }

    @Test
    void textWithArgumentsShouldKeepQuotesAndWriteNumbersWithoutGrouping() {
        assertThat(Messages.text("en", "problem.upload.TOO_MANY_ENTRIES", 16000)).isEqualTo("The zip holds more than 16000 files.");
        assertThat(Messages.text("en", "problem.upload.BAD_NAME", "it's.xlsx"))
                .isEqualTo("Invalid file name 'it's.xlsx': Latin letters, digits, '.', '_', '-' only.");
    }

    @Test
    void textShouldBeInTheAskedLanguageAndRussianForAnyOther() {
        assertThat(Messages.text("kk", "problem.workbench.unknown-template", "x")).isEqualTo("«x» түріндегі кесте жоқ.");
        assertThat(Messages.text("ru", "problem.workbench.unknown-template", "x")).isEqualTo("Таблицы вида «x» нет.");
        assertThat(Messages.text("de", "problem.workbench.unknown-template", "x")).isEqualTo("Таблицы вида «x» нет.");
    }
}
