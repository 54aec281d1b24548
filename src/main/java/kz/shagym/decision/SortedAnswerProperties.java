package kz.shagym.decision;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import kz.shagym.inforce.Period;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;

/**
 * Writes an answer's properties in the order of their names, at every level: the audit log's canonical
 * form. A fresh decision's response is then the very text the audit recorded and hashed, released as
 * it is instead of being written a second time; a retry, a trace or a replay writes the same answer in
 * the same order. {@code CanonicalJsonTest} holds an answer written by the application's mapper equal to
 * the recorded text, to the byte, over the lawyers' scenarios and thousands of generated complaints; a
 * type added to the answer and missing here fails it.
 *
 * <p>{@code @JsonPropertyOrder(alphabetic = true)} cannot do this: a record's properties are its
 * constructor's, which Jackson writes first, in declaration order.
 */
final class SortedAnswerProperties extends SimpleModule {

    /** Every type an answer (with its trace) is made of. */
    private static final Set<Class<?>> ANSWER_TYPES = Set.of(Decision.class, Forwarding.class, Review.class, Court.class,
            Explanation.class, RuleSource.class, LocalizedText.class, Warning.class, Period.class, TraceEntry.class,
            TraceEntry.FailedCondition.class);

    SortedAnswerProperties() {
        super("sorted-answer-properties");
        setSerializerModifier(new ValueSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> orderProperties(SerializationConfig config, BeanDescription.Supplier bean,
                    List<BeanPropertyWriter> properties) {
                if (!ANSWER_TYPES.contains(bean.getBeanClass())) {
                    return properties;
                }
                return properties.stream().sorted(Comparator.comparing(BeanPropertyWriter::getName)).toList();
            }
        });
    }
}
