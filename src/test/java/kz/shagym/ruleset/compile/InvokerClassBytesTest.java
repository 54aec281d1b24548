package kz.shagym.ruleset.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RuleSetBuilder;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.rules.Body;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.Respondent;
import kz.shagym.rules.Route;
import kz.shagym.rules.Subject;
import kz.shagym.rules.TimeLimit;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

/** A built rule base keeps the class files it may still read (the rules' classes), not the invokers' it has defined. */
class InvokerClassBytesTest {

    private final CompiledRuleSet ruleSet = ((BuildResult.Built) new RuleSetBuilder()
            .build(RuleSetSource.fromFolders(Path.of("rules"), Path.of("decision-tables")))).ruleSet();

    @Test
    void builtRuleBaseShouldKeepTheRulesClassFilesButNoInvokers() {
        Map<String, byte[]> store = classFiles();

        assertThat(store.keySet()).isNotEmpty().noneMatch(path -> path.endsWith("Invoker.class"))
                .anyMatch(path -> path.startsWith("kz/shagym/rules/Rule_Routing_row_"))
                .anyMatch(path -> path.startsWith("kz/shagym/rules/Rule_Time_limits_row_"));
    }

    @Test
    void tableRulesShouldFireForTheFirstTimeAfterTheInvokersBytesAreGone() {
        KieSession session = ruleSet.kieBase().newKieSession();
        try {
            session.setGlobal("calendar", ruleSet.calendar());
            session.setGlobal("tables", ruleSet.tableRows());
            LocalDate received = LocalDate.of(2025, 3, 3);
            session.insert(new ComplaintFacts("first-fire", null, Respondent.OFFICIAL, Subject.ACTION, Body.OFFICIAL,
                    received, received, null, false, null));
            session.fireAllRules();

            assertThat(session.getObjects(Route.class::isInstance)).hasSize(1);
            assertThat(session.getObjects(TimeLimit.class::isInstance)).hasSize(1);
        } finally {
            session.dispose();
        }
    }

    private Map<String, byte[]> classFiles() {
        var pkg = ((InternalRuleBase) ruleSet.kieBase()).getPackage("kz.shagym.rules");
        return ((JavaDialectRuntimeData) pkg.getDialectRuntimeRegistry().getDialectData("java")).getStore();
    }
}
