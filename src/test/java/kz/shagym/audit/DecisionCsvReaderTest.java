package kz.shagym.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kz.shagym.rules.ComplaintFacts;
import org.junit.jupiter.api.Test;

/** The export read back as the command line's impact reads it: every request as it was recorded, what-ifs left out. */
class DecisionCsvReaderTest {

    private final CanonicalJson json = new CanonicalJson();

    private AuditRecord record(long seq, boolean whatIf, ComplaintFacts facts) {
        return new AuditRecord(seq, "d-" + seq, Instant.parse("2025-03-19T05:00:00Z").plusSeconds(seq), "client", whatIf,
                "v" + seq, facts.complaintId(), json.tree(facts), json.tree(Fixtures.decision("d-" + seq, "v", facts)),
                json.read("[\"a, \\\"b\\\"\"]"), "0".repeat(64), Long.toString(seq).repeat(64));
    }

    @Test
    void readShouldGiveBackEachRecordedRequestWithItsAsOfAndSkipWhatIfs() {
        // complaint ids that the export guards against Excel formulas, and one with a comma and quotes
        List<ComplaintFacts> facts = List.of(Fixtures.facts("=1+1"), Fixtures.facts("-7, \"a\""), Fixtures.facts("ЖК/3"));
        StringWriter export = new StringWriter();
        DecisionCsv csv = new DecisionCsv(export, json);
        csv.header();
        csv.row(record(1, false, facts.get(0)));
        csv.row(record(2, true, facts.get(1)));
        csv.row(record(3, false, facts.get(2)));

        List<RecordedRequest> read = new ArrayList<>();
        DecisionCsvReader.read(new StringReader(export.toString()), read::add);

        assertThat(read).extracting(RecordedRequest::seq).containsExactly(1L, 3L);
        assertThat(read).extracting(RecordedRequest::facts).containsExactly(facts.get(0), facts.get(2));
        assertThat(read.get(0).facts().asOf()).isEqualTo(facts.get(0).asOf()).isNotNull();
        assertThat(read.get(1).recordedAt()).isEqualTo(Instant.parse("2025-03-19T05:00:03Z"));
        assertThat(read.get(1).rulesetVersion()).isEqualTo("v3");
    }

    @Test
    void readWhenAColumnIsMissingShouldSayItIsNotAnExport() {
        assertThatThrownBy(() -> DecisionCsvReader.read(new StringReader("seq,decisionId\r\n1,a\r\n"), r -> { }))
                .isInstanceOf(DecisionCsvReader.NotAnExport.class).hasMessageContaining("request");
    }
}
