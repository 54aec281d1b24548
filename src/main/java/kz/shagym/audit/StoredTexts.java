package kz.shagym.audit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.shagym.decision.Explanation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The explanations of an answer, stored once each in {@code decision_text} (V8) and referred to from the
 * stored answer by the SHA-256 of their canonical UTF-8: {@code {"$text":"<hex>"}}. An explanation is the
 * same object in every answer of a rule set (made once per rule) and two thirds of an answer's 11 KB, so
 * the stored answer shrinks to about a third.
 *
 * <p>What is hashed into the chain does not change: the whole canonical answer, explanations written out.
 * A reader puts each referred text back before anything sees the answer ({@link ExpandedAnswers}), so a
 * text altered or missing in {@code decision_text} breaks the hash of every record that refers to it.
 * Records stored before V8 hold their whole answer and read as they are.
 */
final class StoredTexts {

    /** The one key of a reference in a stored answer; no object of an answer has a key with a dollar sign. */
    static final String KEY = "$text";

    /** Collects, while one answer is written, the texts it refers to. */
    private static final Object COLLECTED = StoredTexts.class;

    private static final long KEPT = 100_000;

    /**
     * One explanation's canonical UTF-8 and its hash (hex), as {@code decision_text} holds them; {@code raw}
     * hands the same bytes to a generator to copy where the explanation goes in a whole answer.
     */
    record Text(String hash, byte[] utf8, SerializedString raw) {

        static Text of(byte[] utf8) {
            return new Text(hashOf(utf8), utf8, new Utf8Value(utf8));
        }

        /** The hash a text's UTF-8 is stored and referred to by: what a reader checks a text read back against. */
        static String hashOf(byte[] utf8) {
            return HexFormat.of().formatHex(ChainHash.digest().digest(utf8));
        }
    }

    /**
     * The answer as stored, the texts it refers to, each once, and the whole answer those give: the
     * canonical answer's UTF-8, as the chain hashes it.
     */
    record StoredAnswer(byte[] utf8, Map<String, Text> texts, byte[] whole) {
    }

    /** How a reference begins in a stored answer; inside a JSON string its quotes would be escaped. */
    private static final byte[] REFERENCE = "{\"$text\":\"".getBytes(StandardCharsets.UTF_8);
    private static final int HASH_LENGTH = 64;
    /** Where the dollar sign is in {@link #REFERENCE}. */
    private static final int REFERENCE_DOLLAR = new String(REFERENCE, StandardCharsets.US_ASCII).indexOf('$');
    /** The closing quote and brace after the hash. */
    private static final int REFERENCE_END = 2;

    private final JsonMapper canonical;
    private final Cache<Explanation, Text> written = Caffeine.newBuilder().weakKeys().maximumSize(KEPT).build();
    private final ObjectWriter referring;
    private final ObjectWriter whole;

    /**
     * Each explanation, and the answer around the references, is written with the canonical settings, so
     * that putting the texts back gives the canonical answer.
     */
    StoredTexts() {
        this.canonical = CanonicalJson.builder().build();
        SimpleModule module = new SimpleModule("stored-texts");
        module.addSerializer(Explanation.class, new Referring());
        this.referring = CanonicalJson.builder().addModule(module).build().writer();
        SimpleModule copying = new SimpleModule("copied-texts");
        copying.addSerializer(Explanation.class, new Copying());
        this.whole = CanonicalJson.builder().addModule(copying).build().writer();
    }

    /**
     * The canonical answer, each explanation copied from its earlier writing instead of written again: the
     * answer of a store that keeps it whole (H2), with no references made and none put back.
     */
    StoredAnswer whole(Object answer) {
        byte[] utf8 = whole.writeValueAsBytes(answer);
        return new StoredAnswer(utf8, Map.of(), utf8);
    }

    /**
     * The answer with each explanation replaced by a reference to its text, and the whole answer put
     * together from those bytes (each explanation's canonical text where its reference is: the canonical
     * writer writes it just so), instead of writing the answer a second time.
     */
    StoredAnswer store(Object answer) {
        Map<String, Text> texts = new LinkedHashMap<>();
        byte[] utf8 = referring.withAttribute(COLLECTED, texts).writeValueAsBytes(answer);
        return new StoredAnswer(utf8, texts, whole(utf8, texts));
    }

    private static byte[] whole(byte[] stored, Map<String, Text> texts) {
        if (texts.isEmpty()) {
            return stored;
        }
        ByteArrayOutputStream whole = new ByteArrayOutputStream(stored.length
                + texts.values().stream().mapToInt(text -> text.utf8().length).sum());
        int from = 0;
        for (int at = indexOf(stored, from); at >= 0; at = indexOf(stored, from)) {
            int hash = at + REFERENCE.length;
            whole.write(stored, from, at - from);
            whole.writeBytes(texts.get(new String(stored, hash, HASH_LENGTH, StandardCharsets.US_ASCII)).utf8());
            from = hash + HASH_LENGTH + REFERENCE_END;
        }
        whole.write(stored, from, stored.length - from);
        return whole.toByteArray();
    }

    /**
     * Where the next reference begins: found by its dollar sign, a rare byte in an answer, then checked in
     * full (a text that held the same characters would have its quotes escaped, so it never matches).
     */
    private static int indexOf(byte[] bytes, int from) {
        int dollar = REFERENCE_DOLLAR;
        for (int i = from + dollar; i <= bytes.length - REFERENCE.length + dollar; i++) {
            if (bytes[i] == '$' && Arrays.equals(bytes, i - dollar, i - dollar + REFERENCE.length,
                    REFERENCE, 0, REFERENCE.length)) {
                return i - dollar;
            }
        }
        return -1;
    }

    private Text text(Explanation explanation) {
        return written.get(explanation, e -> Text.of(canonical.writeValueAsBytes(e)));
    }

    /** Writes an explanation as the bytes of its canonical text, which the UTF-8 generator copies as they are. */
    private final class Copying extends ValueSerializer<Explanation> {

        @Override
        public void serialize(Explanation value, JsonGenerator gen, SerializationContext context) {
            gen.writeRawValue(text(value).raw());
        }
    }

    /**
     * A text whose UTF-8 is given, not encoded again from its characters: a UTF-8 generator copies these very
     * bytes (the hashed ones); only a generator of characters would read the decoded text.
     */
    private static final class Utf8Value extends SerializedString {

        Utf8Value(byte[] utf8) {
            super(new String(utf8, StandardCharsets.UTF_8));
            _unquotedUTF8Ref = utf8;
        }
    }

    private final class Referring extends ValueSerializer<Explanation> {

        @Override
        @SuppressWarnings("unchecked")
        public void serialize(Explanation value, JsonGenerator gen, SerializationContext context) {
            Text text = text(value);
            ((Map<String, Text>) context.getAttribute(COLLECTED)).putIfAbsent(text.hash(), text);
            gen.writeStartObject();
            gen.writeStringProperty(KEY, text.hash());
            gen.writeEndObject();
        }
    }
}
