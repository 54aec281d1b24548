package kz.shagym.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import kz.shagym.decision.LocalizedText;
import kz.shagym.release.FolderNote;
import kz.shagym.release.Releases;
import org.junit.jupiter.api.Test;

/** What the pages write for things the service itself produced: its sentences' days, its comments, its name. */
class TextsTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private static Texts in(String lang) {
        return new Texts(Locale.forLanguageTag(lang), ALMATY);
    }

    @Test
    void daysInTheRulesSentencesShouldBeWrittenAsThePageWritesThemInEveryLanguage() {
        LocalizedText reason = new LocalizedText("срок рассмотрения истёк 2025-03-31: отказ",
                "қарау мерзімі 2025-03-31 өтті", "the review deadline 2025-03-31 has passed");

        assertThat(in("ru").prose(reason)).isEqualTo("срок рассмотрения истёк 31.03.2025: отказ");
        assertThat(in("kk").prose(reason)).isEqualTo("қарау мерзімі 31.03.2025 өтті");
        assertThat(in("en").prose(reason)).isEqualTo("the review deadline 31.03.2025 has passed");
        assertThat(in("en").date(LocalDate.of(2025, 3, 31))).isEqualTo("31.03.2025");
    }

    @Test
    void numbersThatOnlyLookLikeDaysShouldStayAsWritten() {
        LocalizedText text = new LocalizedText("приказ № 12025-03-311 и код 2025-03-31-7", null, null);

        assertThat(in("ru").prose(text)).isEqualTo("приказ № 12025-03-311 и код 2025-03-31-7");
    }

    @Test
    void theServicesOwnCommentsAndNameShouldBeInThePagesLanguageWithoutServerPaths() {
        String stored = "first start from /srv/shagym/rules + /srv/shagym/decision-tables";

        assertThat(in("ru").note(stored)).isEqualTo("первый запуск из папки с таблицами");
        assertThat(in("kk").note(FolderNote.SAVED.text())).isEqualTo("кестелер қалтасында сақталды");
        assertThat(in("en").note(FolderNote.DRAFT_ON_REQUEST.text())).isEqualTo("draft made from the tables folder");
        assertThat(in("ru").note("Приказ № 7")).isEqualTo("Приказ № 7");
        assertThat(in("kk").who(Releases.FOLDERS)).isEqualTo("кестелер қалтасы");
        assertThat(in("kk").who("approver")).isEqualTo("approver");
    }
}
