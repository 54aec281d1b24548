package kz.shagym.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import kz.shagym.release.RunningShagym.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** With {@code shagym.release.four-eyes=true}, as in production, an author may not activate their own version. */
class FourEyesTest {

    private static final String SECRET = "a-test-only-hmac-key-of-at-least-32-bytes";
    private static final String ISSUER = "https://idp.gov.kz";

    static TestDatabase.Connected db;
    static RuleFolders folders;
    static RunningShagym app;

    @BeforeAll
    static void start() {
        db = TestDatabase.H2.open();
        folders = RuleFolders.copyOfShipped();
        app = RunningShagym.start(db, folders, "shagym.release.four-eyes=true",
                "shagym.security.jwt.secret=" + SECRET, "shagym.security.jwt.issuer=" + ISSUER,
                "shagym.security.jwt.audience=shagym");
    }

    @AfterAll
    static void stop() {
        try (var d = db; var f = folders; var a = app) {
            // the application first, then its folders and database
        }
    }

    @Test
    void authorActivatingTheirOwnVersionShouldGet403AndAnotherApproverShouldSucceed() {
        String shipped = folders.versionId();
        String id = app.as("lawyer").upload(ShippedTables.TIME_LIMITS, ShippedTables.timeLimitsWithReviewDays("T06", 7))
                .at("/id");

        Reply own = app.as("lawyer").activate(id, "my own edit");

        assertThat(own.status()).as("%s", own).isEqualTo(403);
        assertThat(own.contentType()).startsWith("application/problem+json");
        assertThat(own.at("/code")).isEqualTo("SHG-RULESET-403-FOUR-EYES");
        assertThat(own.at("/detail")).contains(id);
        assertThat(app.as("auditor").get("/api/v1/rulesets/{id}", id).at("/state")).isEqualTo("DRAFT");
        assertThat(app.serving()).isEqualTo(shipped);

        assertThat(app.as("approver").activate(id, "reviewed by a second pair of eyes").status()).isEqualTo(200);
        assertThat(app.serving()).isEqualTo(id);
        assertThat(app.as("lawyer").activate(shipped, "rollback of someone else's version").status())
                .as("the rule binds authors only").isEqualTo(200);
    }

    /**
     * A token's subject is whatever its issuer wrote: the author's name in another case, with a trailing
     * space, in full-width letters or with a zero-width space is still the author.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("spellingsOfTheAuthor")
    void authorUnderAnotherSpellingOfTheirNameShouldStillGet403(String spelling, int reviewDays) throws Exception {
        String id = app.as("lawyer").upload(ShippedTables.TIME_LIMITS,
                ShippedTables.timeLimitsWithReviewDays("T06", reviewDays)).at("/id");

        Reply own = app.bearing(approverToken(spelling)).activate(id, "my own edit, spelt differently");

        assertThat(own.status()).as("%s", own).isEqualTo(403);
        assertThat(own.at("/code")).isEqualTo("SHG-RULESET-403-FOUR-EYES");
        assertThat(app.as("auditor").get("/api/v1/rulesets/{id}", id).at("/state")).isEqualTo("DRAFT");
    }

    /** Each spelling with its own edit, so that each test has a draft of its own. */
    static Stream<Arguments> spellingsOfTheAuthor() {
        List<String> spellings = List.of("LAWYER", "lawyer ", " Lawyer\t", "ｌａｗｙｅｒ", "ＬＡＷＹＥＲ", "law\u200Byer");
        return IntStream.range(0, spellings.size()).mapToObj(i -> Arguments.of(spellings.get(i), 10 + i));
    }

    @Test
    void anotherApproverSignedInByTokenShouldActivate() throws Exception {
        String before = app.serving();
        String id = app.as("lawyer").upload(ShippedTables.TIME_LIMITS, ShippedTables.timeLimitsWithReviewDays("T06", 9))
                .at("/id");

        Reply other = app.bearing(approverToken("dual2")).activate(id, "reviewed");

        assertThat(other.status()).as("%s", other).isEqualTo(200);
        assertThat(app.as("lawyer").activate(before, "back to where it was").status()).isEqualTo(200);
    }

    private static String approverToken(String subject) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(ISSUER)
                .audience("shagym")
                .claim("roles", List.of("APPROVER"))
                .expirationTime(Date.from(Instant.now().plusSeconds(600)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
