package kz.shagym.audit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class ChainHashTest {

    private final CanonicalJson json = new CanonicalJson();
    private final ChainHash chain = new ChainHash(json);

    @Test
    void ofShouldHashThePreviousHashFollowedByTheCanonicalJsonOfTheRecord() throws Exception {
        AuditRecord record = new AuditRecord(1, "d-1", Instant.parse("2025-03-19T04:00:00Z"), "egov", false, "v1", null,
                json.read("{\"y\":[2,1],\"x\":\"Ж\"}"), json.read("{\"b\":null,\"a\":1}"), json.read("[\"r1\"]"),
                ChainHash.GENESIS, "ignored");

        String canonical = "{\"answer\":{\"a\":1,\"b\":null},\"client\":\"egov\",\"complaintId\":null,"
                + "\"decisionId\":\"d-1\",\"firedRules\":[\"r1\"],\"recordedAt\":\"2025-03-19T04:00:00.000000Z\","
                + "\"request\":{\"x\":\"Ж\",\"y\":[2,1]},\"rulesetVersion\":\"v1\",\"seq\":1,\"whatIf\":false}";
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest((ChainHash.GENESIS + canonical).getBytes(UTF_8)));

        assertThat(chain.of(record)).isEqualTo(expected);
    }

    @Test
    void ofWhenAnyFieldOrThePreviousHashChangesShouldChange() {
        AuditRecord record = new AuditRecord(7, "d-7", Instant.parse("2025-03-19T04:00:00.123456Z"), "egov", true, "v1",
                "c-7", json.read("{}"), json.read("{\"outcome\":\"X\"}"), json.read("[]"), ChainHash.GENESIS, null);
        String hash = chain.of(record);

        assertThat(chain.of(record.withHash("anything"))).isEqualTo(hash);
        assertThat(chain.of(new AuditRecord(7, "d-7", record.recordedAt().plusNanos(1000), "egov", true, "v1", "c-7",
                record.request(), record.answer(), record.firedRules(), ChainHash.GENESIS, null))).isNotEqualTo(hash);
        assertThat(chain.of(new AuditRecord(7, "d-7", record.recordedAt(), "egov", false, "v1", "c-7",
                record.request(), record.answer(), record.firedRules(), ChainHash.GENESIS, null))).isNotEqualTo(hash);
        assertThat(chain.of(new AuditRecord(7, "d-7", record.recordedAt(), "egov", true, "v1", "c-7",
                record.request(), record.answer(), record.firedRules(), "1".repeat(64), null))).isNotEqualTo(hash);
    }

    @Test
    void linkShouldGiveWhatOfGivesForTheLinkedRecordWhateverTheTextsHold() {
        Random random = new Random(10);
        String[] odd = {"", "\"", "\\", "\u0000\u001f\n\t", "Ж", "қ", "😀", "</script>", "\u2028", "{\"seq\":1}", "a\"b,c:d"};
        MessageDigest digest = ChainHash.digest();
        for (int i = 0; i < 2_000; i++) {
            ObjectNode request = JsonNodeFactory.instance.objectNode();
            request.put("z" + pick(random, odd), pick(random, odd));
            request.put("a", random.nextInt());
            request.putNull("m");
            ObjectNode answer = JsonNodeFactory.instance.objectNode();
            answer.set("list", JsonNodeFactory.instance.arrayNode().add(pick(random, odd)).add(random.nextDouble()));
            answer.put(pick(random, odd), random.nextBoolean());
            String complaintId = random.nextInt(4) == 0 ? null : "ЖК-" + pick(random, odd) + i;
            UnlinkedRecord unlinked = chain.unlinked("d-" + pick(random, odd) + i, "client " + pick(random, odd),
                    random.nextBoolean(), "v" + pick(random, odd), complaintId, request, answer,
                    JsonNodeFactory.instance.arrayNode().add("Routing row " + i).add(pick(random, odd)));
            long seq = 1 + random.nextLong(Long.MAX_VALUE - 1);
            Instant at = Instant.ofEpochSecond(random.nextLong(4_102_444_800L), random.nextInt(1_000_000) * 1000L);
            String prevHash = HexFormat.of().formatHex(digest.digest(Long.toString(i).getBytes(UTF_8)));

            String hash = chain.link(unlinked, prevHash, seq, at, digest);

            assertThat(hash).isEqualTo(chain.of(unlinked.record(unlinked.linked(seq, at, prevHash, "ignored"), json)));
            assertThat(json.read(unlinked.requestJson())).isEqualTo(request);
            assertThat(json.read(unlinked.answerJson())).isEqualTo(answer);
        }
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
