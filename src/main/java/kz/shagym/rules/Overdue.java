package kz.shagym.rules;

/** On the day asked ({@code asOf}), the deadline of this stage has passed. */
public record Overdue(Stage stage) {

    public enum Stage { FORWARDING, REVIEW }
}
