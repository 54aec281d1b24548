package kz.shagym.decision;

import tools.jackson.databind.json.JsonMapper;

/**
 * A mapper with the modules this package gives the application's (see {@link FactsConfiguration}), for
 * tests outside it that hold an answer's JSON against the audit's ({@code DecisionControllerTest} holds
 * the application's registering them).
 */
public final class ApplicationJson {

    private ApplicationJson() {
    }

    public static JsonMapper mapper() {
        return JsonMapper.builder().addModule(new SortedAnswerProperties()).addModule(new ReusedExplanationTexts()).build();
    }
}
