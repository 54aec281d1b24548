package kz.shagym.decision;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.ValueSerializerModifier;

/**
 * Writes each {@link Explanation} of an answer from the JSON it was written as before. An answer is
 * 11 KB of JSON, more than half of it explanations in three languages, and they are the very same
 * objects in every answer of a rule set (made once per rule, {@link PreparedRuleSet}): written once
 * each, then copied (as the UTF-8 bytes it keeps once asked for them, into a response). The text is the mapper's own for that object ({@code ReusedExplanationTextsTest}
 * holds answers written with and without this equal); held weakly and by identity, so a dropped
 * version's go with it. A writer with a pretty printer writes them afresh, indented as it wants.
 */
final class ReusedExplanationTexts extends SimpleModule {

    private static final long KEPT = 100_000;

    /** A module with a cache of its own: each mapper that registers one keeps the texts in that mapper's form. */
    ReusedExplanationTexts() {
        super("reused-explanation-texts");
        Cache<Explanation, SerializedString> texts = Caffeine.newBuilder().weakKeys().maximumSize(KEPT).build();
        setSerializerModifier(new ValueSerializerModifier() {
            @Override
            @SuppressWarnings("unchecked")
            public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier bean,
                    ValueSerializer<?> serializer) {
                return bean.getBeanClass() == Explanation.class
                        ? new Reused((ValueSerializer<Object>) serializer, texts) : serializer;
            }
        });
    }

    private static final class Reused extends ValueSerializer<Explanation> {

        private final ValueSerializer<Object> written;
        private final Cache<Explanation, SerializedString> texts;

        Reused(ValueSerializer<Object> written, Cache<Explanation, SerializedString> texts) {
            this.written = written;
            this.texts = texts;
        }

        @Override
        public void resolve(SerializationContext context) {
            written.resolve(context);
        }

        @Override
        @SuppressWarnings("unchecked")
        public ValueSerializer<?> createContextual(SerializationContext context, BeanProperty property) {
            ValueSerializer<?> contextual = written.createContextual(context, property);
            return contextual == written ? this : new Reused((ValueSerializer<Object>) contextual, texts);
        }

        @Override
        public ValueSerializer<?> getDelegatee() {
            return written;
        }

        @Override
        public void serialize(Explanation value, JsonGenerator gen, SerializationContext context) {
            if (context.hasPrettyPrinter()) {
                written.serialize(value, gen, context);
                return;
            }
            gen.writeRawValue(texts.get(value, explanation -> {
                StringWriter text = new StringWriter(2048);
                try (JsonGenerator own = context.createGenerator(text)) {
                    written.serialize(explanation, own, context);
                }
                return new SerializedString(text.toString());
            }));
        }
    }
}
