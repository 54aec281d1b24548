package kz.shagym.ruleset;

import static kz.shagym.ruleset.BrokenTables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.shagym.decision.Decision;
import kz.shagym.decision.RuleEvaluator;
import kz.shagym.rules.Body;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.Outcome;
import kz.shagym.rules.Respondent;
import kz.shagym.rules.Subject;
import org.junit.jupiter.api.Test;

/** Each fixture is the shipped routing table with one thing broken; the set must point at that cell. */
class RoutingTableFixturesTest {

    private static final String ROUTING = "routing.drl.xlsx";

    private static TableProblem onlyProblemOf(String fixture) {
        return onlyProblem(buildWith(ROUTING, fixture));
    }

    @Test
    void routingWhenHeaderKeyIsRenamedShouldRejectThatHeaderAndSayTheKeyIsMissing() {
        var problems = problems(buildWith(ROUTING, "routing-outcome-header-key-renamed.drl.xlsx"));

        assertThat(problems).hasSize(2);
        assertAt(problems.get(0), HEADER_UNKNOWN, ROUTING, "Routing", "E3");
        assertThat(problems.get(0).messageRu()).contains("(result)");
        assertAt(problems.get(1), HEADER_MISSING, ROUTING, "Routing", "Q3");
        assertThat(problems.get(1).messageEn()).contains("(outcome)");
    }

    @Test
    void routingWhenColumnIsDeletedShouldNameTheMissingColumnAtTheFirstFreeHeaderCell() {
        TableProblem p = onlyProblemOf("routing-outcome-column-deleted.drl.xlsx");

        assertAt(p, HEADER_MISSING, ROUTING, "Routing", "P3");
        assertThat(p.messageRu()).contains("Что делать с жалобой (outcome)");
    }

    @Test
    void routingWhenExtraColumnIsHeadedCommentShouldRejectThatHeaderInsteadOfGuessingItsRole() {
        TableProblem p = onlyProblemOf("routing-unknown-comment-header.drl.xlsx");

        assertAt(p, HEADER_UNKNOWN, ROUTING, "Routing", "Q3");
        assertThat(p.messageEn()).contains("'Comment'");
    }

    @Test
    void routingWhenRespondentIsUnknownShouldRejectThatCellAndListTheAllowedCodes() {
        TableProblem p = onlyProblemOf("routing-unknown-respondent.drl.xlsx");

        assertAt(p, ENUM_UNKNOWN, ROUTING, "Routing", "B4");
        assertThat(p.messageRu()).contains("MINISTRY", "SERVICE_PROVIDER, OFFICIAL, STATE_CORPORATION_EMPLOYEE");
    }

    @Test
    void routingWhenRespondentIsInCurlyQuotesShouldRejectThatCellAsQuoted() {
        TableProblem p = onlyProblemOf("routing-respondent-in-curly-quotes.drl.xlsx");

        assertAt(p, QUOTES, ROUTING, "Routing", "B4");
        assertThat(p.messageRu()).contains("\u201cSERVICE_PROVIDER\u201d");
    }

    @Test
    void routingWhenOutcomeCellHoldsInjectionShouldRejectThatCell() {
        TableProblem p = onlyProblemOf("routing-injection-in-outcome.drl.xlsx");

        assertAt(p, QUOTES, ROUTING, "Routing", "E4");
    }

    @Test
    void routingWhenIdCellHoldsInjectionShouldRejectThatCell() {
        TableProblem p = onlyProblemOf("routing-injection-in-id.drl.xlsx");

        assertAt(p, ID_INVALID, ROUTING, "Routing", "A4");
    }

    @Test
    void routingWhenIntegerCellHoldsInjectionShouldRejectThatCell() {
        TableProblem p = onlyProblemOf("routing-injection-in-forwarding-days.drl.xlsx");

        assertAt(p, INTEGER_INVALID, ROUTING, "Routing", "H4");
    }

    @Test
    void routingWhenFreeTextHoldsInjectionShouldBuildAndKeepTheTextOutOfTheGeneratedRules() {
        BuildResult result = buildWith(ROUTING, "routing-injection-in-explanation-text.drl.xlsx");

        assertThat(result).isInstanceOf(BuildResult.Built.class);
        CompiledRuleSet ruleSet = ((BuildResult.Built) result).ruleSet();
        assertThat(ruleSet.generatedDrl()).isNotEmpty();
        assertThat(ruleSet.generatedDrl().values()).allSatisfy(drl -> assertThat(drl)
                .doesNotContain(INJECTION)
                .doesNotContain("System.exit"));
        assertThat(ruleSet.origin("Routing row 4")).get()
                .extracting(RowOrigin::textRu).isEqualTo(INJECTION);
    }

    @Test
    void routingWhenIntegerCellHoldsFormulaShouldRejectThatCellAndShowTheFormula() {
        TableProblem p = onlyProblemOf("routing-formula-in-forwarding-days.drl.xlsx");

        assertAt(p, FORMULA, ROUTING, "Routing", "H4");
        assertThat(p.messageRu()).contains("=1+2");
    }

    @Test
    void routingWhenTextHasTwoFormattingRunsShouldRejectThatCell() {
        TableProblem p = onlyProblemOf("routing-rich-text-explanation.drl.xlsx");

        assertAt(p, RICH_TEXT, ROUTING, "Routing", "L4");
    }

    @Test
    void routingWhenForwardingDaysAreOutOfRangeShouldRejectThatCellWithTheRange() {
        TableProblem p = onlyProblemOf("routing-forwarding-days-out-of-range.drl.xlsx");

        assertAt(p, INTEGER_RANGE, ROUTING, "Routing", "H4");
        assertThat(p.messageEn()).contains("61", "1–60");
    }

    @Test
    void routingWhenRowIdRepeatsShouldRejectTheSecondIdAndNotReportAGap() {
        TableProblem p = onlyProblemOf("routing-duplicate-row-id.drl.xlsx");

        assertAt(p, ID_DUPLICATE, ROUTING, "Routing", "A5");
        assertThat(p.messageEn()).contains("'R01'", "A4");
    }

    @Test
    void routingWhenRequiredCellIsBlankShouldRejectThatCellAndNotReportAGap() {
        TableProblem p = onlyProblemOf("routing-legal-basis-left-blank.drl.xlsx");

        assertAt(p, REQUIRED, ROUTING, "Routing", "J4");
        assertThat(p.messageRu()).contains("(legalBasis)");
    }

    @Test
    void routingWhenLastRowIsDeletedShouldReportTheUncoveredCaseAtTheFirstFreeRow() {
        TableProblem p = onlyProblemOf("routing-last-row-deleted-leaves-gap.drl.xlsx");

        assertAt(p, ROUTING_GAP, ROUTING, "Routing", "A25");
        assertThat(p.messageEn()).contains("STATE_CORPORATION_EMPLOYEE", "QUALITY_CONTROL_BODY");
    }

    @Test
    void routingWhenRowRepeatsAnEarlierRowShouldReportItUnreachableBehindThatRow() {
        TableProblem p = onlyProblemOf("routing-row-repeated-below-is-unreachable.drl.xlsx");

        assertAt(p, ROW_UNREACHABLE, ROUTING, "Routing", "A26");
        assertThat(p.messageRu()).contains("R01 (A4)");
    }

    @Test
    void routingWhenForwardRowSaysNoForwardingShouldRejectTheForwardingCell() {
        TableProblem p = onlyProblemOf("routing-forward-without-forwarding.drl.xlsx");

        assertAt(p, FORWARDING_MISMATCH, ROUTING, "Routing", "G4");
        assertThat(p.messageEn()).contains("FORWARD_TO_REVIEWING_BODY");
    }

    @Test
    void routingWhenRedirectRowHasNoAddresseesShouldRejectTheAddresseesCell() {
        TableProblem p = onlyProblemOf("routing-redirect-without-addressees.drl.xlsx");

        assertAt(p, ADDRESSEES_REQUIRED, ROUTING, "Routing", "I12");
    }

    @Test
    void routingWithSeveralBadCellsShouldReportEveryCellAtOnceAndNoFalseGap() {
        var problems = problems(buildWith(ROUTING, "routing-several-problems.drl.xlsx"));

        assertThat(problems)
                .extracting(TableProblem::code, TableProblem::file, TableProblem::sheet, TableProblem::cell)
                .containsExactlyInAnyOrder(
                        tuple(ENUM_UNKNOWN, ROUTING, "Routing", "B4"),
                        tuple(INTEGER_RANGE, ROUTING, "Routing", "H5"),
                        tuple(ID_INVALID, ROUTING, "Routing", "A6"),
                        tuple(BOOLEAN_INVALID, ROUTING, "Routing", "G8"));
    }

    @Test
    void routingSavedBeforeTheTranslatedLegalBasisColumnsShouldStillBuildAndShowItsOneLegalBasisInEveryLanguage() {
        BuildResult result = buildWith(ROUTING, "routing-saved-before-translated-legal-bases.drl.xlsx");

        assertThat(result).isInstanceOf(BuildResult.Built.class);
        RowOrigin r01 = ((BuildResult.Built) result).ruleSet().origin("Routing row 4").orElseThrow();
        assertThat(r01.legalBasisKk()).isEqualTo(r01.legalBasis()).isEqualTo("АППК РК ст. 91 п. 4");
        assertThat(r01.legalBasisEn()).isEqualTo(r01.legalBasis());
    }

    @Test
    void routingSavedBeforeTheServiceCodeColumnShouldStillBuildWithEveryRowForAllServices() {
        BuildResult result = buildWith(ROUTING, "routing-saved-before-service-code-column.drl.xlsx");

        assertThat(result).isInstanceOf(BuildResult.Built.class);
        CompiledRuleSet set = ((BuildResult.Built) result).ruleSet();
        assertThat(decide(set, "PS-1").outcome()).isEqualTo(Outcome.FORWARD_TO_REVIEWING_BODY);
        assertThat(firedRouting(set, "PS-1")).isEqualTo("R01");
    }

    /**
     * RS0 (PS-8) sits above R01 with the same conditions, RS1 (PS-9) below it: neither hides the other,
     * since a row for the complaint's service outranks the general rows wherever it stands.
     */
    @Test
    void routingServiceRowWhenAboveOrBelowTheGeneralRowShouldWinForItsServiceOnly() {
        BuildResult result = buildWith(ROUTING, "routing-service-rows-above-and-below-general-rows.drl.xlsx");

        assertThat(result).as("%s", result).isInstanceOf(BuildResult.Built.class);
        CompiledRuleSet set = ((BuildResult.Built) result).ruleSet();
        assertThat(firedRouting(set, "PS-8")).isEqualTo("RS0");
        assertThat(decide(set, "PS-8").reviewingBody()).isEqualTo(Body.QUALITY_CONTROL_BODY);
        assertThat(firedRouting(set, "PS-9")).isEqualTo("RS1");
        assertThat(decide(set, "PS-9").outcome()).isEqualTo(Outcome.REVIEW_BY_RECEIVING_BODY);
        assertThat(firedRouting(set, null)).isEqualTo("R01");
        assertThat(firedRouting(set, "PS-7")).isEqualTo("R01");
    }

    @Test
    void routingServiceRowWhenItRepeatsAnEarlierRowOfTheSameServiceShouldReportItUnreachableBehindThatRow() {
        TableProblem p = onlyProblemOf("routing-service-row-repeated-below-is-unreachable.drl.xlsx");

        assertAt(p, ROW_UNREACHABLE, ROUTING, "Routing", "A27");
        assertThat(p.messageRu()).contains("(A26)").doesNotContain("(A4)");
    }

    /** A row for one service covers no complaint about another (or without a code): the gap stays. */
    @Test
    void routingWhenACaseIsCoveredOnlyForOneServiceShouldReportTheGap() {
        TableProblem p = onlyProblemOf("routing-service-code-on-last-row-leaves-gap.drl.xlsx");

        assertAt(p, ROUTING_GAP, ROUTING, "Routing", "A26");
        assertThat(p.messageEn()).contains("STATE_CORPORATION_EMPLOYEE", "INFORMATIZATION_BODY");
    }

    private static Decision decide(CompiledRuleSet set, String serviceCode) {
        return new RuleEvaluator().evaluate(set, complaint(serviceCode));
    }

    /** The id of the routing row Drools fired for a provider's complaint filed with the provider. */
    private static String firedRouting(CompiledRuleSet set, String serviceCode) {
        List<String> fired = new ArrayList<>();
        new RuleEvaluator().evaluate(set, complaint(serviceCode), fired::add);
        return fired.stream().map(set::origin).flatMap(Optional::stream)
                .filter(o -> o.file().equals(ROUTING)).map(RowOrigin::id).findFirst().orElseThrow();
    }

    private static ComplaintFacts complaint(String serviceCode) {
        return new ComplaintFacts(null, serviceCode, Respondent.SERVICE_PROVIDER, Subject.DECISION, Body.SERVICE_PROVIDER,
                LocalDate.of(2025, 3, 19), null, null, false, null);
    }
}
