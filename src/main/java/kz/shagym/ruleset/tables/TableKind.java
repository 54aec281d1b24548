package kz.shagym.ruleset.tables;

import static kz.shagym.ruleset.tables.Column.of;
import static kz.shagym.ruleset.tables.Column.ofEnum;
import static kz.shagym.ruleset.tables.Column.ofEnumList;
import static kz.shagym.ruleset.tables.Column.ofInt;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kz.shagym.calendar.DayKind;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.rules.Body;
import kz.shagym.rules.CountFrom;
import kz.shagym.rules.Outcome;
import kz.shagym.rules.Respondent;
import kz.shagym.rules.RuleStatus;
import kz.shagym.rules.Subject;

/**
 * The tables of a rule set, each in its own file under {@code decision-tables/}. Rule tables end
 * in {@code .drl.xlsx} (each row becomes a rule through the template of the same name in
 * {@code rules/}); data tables end in plain {@code .xlsx}.
 */
public enum TableKind {

    ROUTING("routing.drl.xlsx", "routing.drt", "Маршрутизация жалоб", "Шағымдарды бағыттау",
            List.of(new SheetSchema("Routing", "Маршрутизация жалоб (Routing)",
                    "Одна строка — один случай. Пустая ячейка условия означает «любое значение». "
                            + "Строка с кодом услуги важнее общих строк; из равных срабатывает первая подходящая строка сверху.",
                    List.of(
                            of("id", "№ правила", "Ереже №", "Уникальный код строки, по нему строки сравниваются между версиями", ColumnType.ID, true),
                            ofEnum("respondent", "Чьё решение, действие (бездействие) обжалуется", "Кімнің шешіміне, әрекетіне (әрекетсіздігіне) шағым жасалады", "Пусто — любой", Respondent.class, false),
                            ofEnum("subject", "Что обжалуется", "Неге шағым жасалады", "Решение, действие или бездействие; пусто — любое", Subject.class, false),
                            ofEnum("receivedBy", "Куда поступила жалоба", "Шағым қайда түсті", "Пусто — любой адресат", Body.class, false),
                            of("serviceCode", "Код услуги", "Қызмет коды", "Пусто — для всех услуг; строка с кодом важнее общих строк", ColumnType.SERVICE_CODE, false).headerMayBeAbsent(),
                            ofEnum("outcome", "Что делать с жалобой", "Шағыммен не істеу керек", "Итог маршрутизации", Outcome.class, true),
                            ofEnum("reviewingBody", "Кто рассматривает", "Кім қарайды", "Обязателен, кроме перенаправления", Body.class, false),
                            of("forwardingRequired", "Направить дальше", "Әрі қарай жолдау", "Да — получатель обязан направить жалобу", ColumnType.BOOLEAN, true),
                            ofInt("forwardingWorkingDays", "Срок направления, раб. дней", "Жолдау мерзімі, жұмыс күні", "Обязателен, если «Направить дальше» = Да", 1, 60, false),
                            ofEnumList("competentAddressees", "Куда следовало подать", "Қайда беру керек еді", "Для перенаправления: адресаты через запятую", Body.class, false),
                            of("legalBasis", "Правовое основание", "Құқықтық негіз", "Например: АППК ст. 91 п. 4", ColumnType.TEXT, true),
                            ofEnum("status", "Статус нормы", "Норма мәртебесі", "LAW — прямо в законе; ASSUMPTION — допущение юриста; UNVERIFIED — не сверено с официальным текстом", RuleStatus.class, true),
                            of("textRu", "Пояснение (рус.)", "Түсініктеме (орыс.)", "Показывается в ответе", ColumnType.TEXT, true),
                            of("textKk", "Пояснение (каз.)", "Түсініктеме (қаз.)", "Показывается в ответе", ColumnType.TEXT, true),
                            of("notes", "Примечание и источник", "Ескерту және дереккөз", "Для юристов; в ответ не попадает", ColumnType.TEXT, false),
                            of("legalBasisKk", "Правовое основание (каз.)", "Құқықтық негіз (қаз.)", "Показывается в ответе на казахском; пусто — как «Правовое основание»", ColumnType.TEXT, false).headerMayBeAbsent(),
                            of("legalBasisEn", "Правовое основание (англ.)", "Құқықтық негіз (ағыл.)", "Показывается в ответе на английском; пусто — как «Правовое основание»", ColumnType.TEXT, false).headerMayBeAbsent(),
                            Column.validFrom(), Column.validTo())))),

    TIME_LIMITS("time-limits.drl.xlsx", "time-limits.drt", "Сроки рассмотрения", "Қарау мерзімдері",
            List.of(new SheetSchema("TimeLimits", "Сроки рассмотрения жалоб (TimeLimits)",
                    "Строка с кодом услуги важнее общей строки. Пустой срок — срок рассмотрения не установлен.",
                    List.of(
                            of("id", "№ правила", "Ереже №", "Уникальный код строки", ColumnType.ID, true),
                            ofEnum("receivedBy", "Куда поступила жалоба", "Шағым қайда түсті", "Адресат жалобы", Body.class, true),
                            of("serviceCode", "Код услуги", "Қызмет коды", "Пусто — для всех услуг", ColumnType.SERVICE_CODE, false),
                            ofInt("reviewWorkingDays", "Срок рассмотрения, раб. дней", "Қарау мерзімі, жұмыс күні", "Пусто — срок не установлен", 1, 365, false),
                            ofEnum("countedFrom", "Отсчитывается от", "Неден бастап есептеледі", "REGISTRATION — от регистрации; RECEIPT — от поступления", CountFrom.class, false),
                            ofInt("maxExtensionWorkingDays", "Продление до, раб. дней", "Ұзарту, жұмыс күні", "Пусто — продление не предусмотрено", 1, 60, false),
                            ofEnum("extensionStatus", "Статус нормы о продлении", "Ұзарту нормасының мәртебесі", "Обязателен, если указано продление", RuleStatus.class, false),
                            of("legalBasis", "Правовое основание", "Құқықтық негіз", "Например: Закон 88-V ст. 25 п. 2", ColumnType.TEXT, true),
                            ofEnum("status", "Статус нормы", "Норма мәртебесі", "LAW, ASSUMPTION или UNVERIFIED", RuleStatus.class, true),
                            of("textRu", "Пояснение (рус.)", "Түсініктеме (орыс.)", "Показывается в ответе", ColumnType.TEXT, true),
                            of("textKk", "Пояснение (каз.)", "Түсініктеме (қаз.)", "Показывается в ответе", ColumnType.TEXT, true),
                            of("notes", "Примечание и источник", "Ескерту және дереккөз", "Для юристов", ColumnType.TEXT, false),
                            of("legalBasisKk", "Правовое основание (каз.)", "Құқықтық негіз (қаз.)", "Показывается в ответе на казахском; пусто — как «Правовое основание»", ColumnType.TEXT, false).headerMayBeAbsent(),
                            of("legalBasisEn", "Правовое основание (англ.)", "Құқықтық негіз (ағыл.)", "Показывается в ответе на английском; пусто — как «Правовое основание»", ColumnType.TEXT, false).headerMayBeAbsent(),
                            Column.validFrom(), Column.validTo())))),

    COURT_EXCEPTIONS("court-exceptions.drl.xlsx", "court-exceptions.drt", "Обращение в суд без досудебного обжалования",
            "Сотқа дейінгі шағымданусыз сотқа жүгіну",
            List.of(new SheetSchema("CourtExceptions", "Услуги, по которым закон допускает суд напрямую (CourtExceptions)",
                    "«Если иное не предусмотрено законом» (АППК ст. 91 п. 5): одна строка на услугу. По умолчанию пусто.",
                    List.of(
                            of("id", "№ правила", "Ереже №", "Уникальный код строки", ColumnType.ID, true),
                            of("serviceCode", "Код услуги", "Қызмет коды", "Код государственной услуги", ColumnType.SERVICE_CODE, true),
                            of("legalBasis", "Правовое основание", "Құқықтық негіз", "Закон, который допускает суд напрямую", ColumnType.TEXT, true),
                            ofEnum("status", "Статус нормы", "Норма мәртебесі", "LAW, ASSUMPTION или UNVERIFIED", RuleStatus.class, true),
                            of("textRu", "Пояснение (рус.)", "Түсініктеме (орыс.)", "Показывается в ответе", ColumnType.TEXT, true),
                            of("textKk", "Пояснение (каз.)", "Түсініктеме (қаз.)", "Показывается в ответе", ColumnType.TEXT, true),
                            of("notes", "Примечание и источник", "Ескерту және дереккөз", "Для юристов", ColumnType.TEXT, false),
                            of("legalBasisKk", "Правовое основание (каз.)", "Құқықтық негіз (қаз.)", "Показывается в ответе на казахском; пусто — как «Правовое основание»", ColumnType.TEXT, false).headerMayBeAbsent(),
                            of("legalBasisEn", "Правовое основание (англ.)", "Құқықтық негіз (ағыл.)", "Показывается в ответе на английском; пусто — как «Правовое основание»", ColumnType.TEXT, false).headerMayBeAbsent(),
                            Column.validFrom(), Column.validTo())))),

    CALENDAR("calendar.xlsx", null, "Производственный календарь", "Өндірістік күнтізбе",
            List.of(new SheetSchema("Calendar", "Выходные и перенесённые рабочие дни (Calendar)",
                            "Только отличия от недели: будний выходной (DAY_OFF) или рабочий выходной по переносу (WORKING_DAY). "
                                    + "Каждая строка — с источником.",
                            List.of(
                                    of("date", "Дата", "Күні", "ГГГГ-ММ-ДД или дата Excel", ColumnType.DATE, true),
                                    ofEnum("kind", "Вид дня", "Күн түрі", "DAY_OFF — выходной; WORKING_DAY — рабочий по переносу", DayKind.class, true),
                                    of("reasonRu", "Причина (рус.)", "Себебі (орыс.)", "Например: Наурыз мейрамы", ColumnType.TEXT, true),
                                    of("reasonKk", "Причина (каз.)", "Себебі (қаз.)", "Например: Наурыз мейрамы", ColumnType.TEXT, false),
                                    of("source", "Источник", "Дереккөз", "Закон, постановление о переносе", ColumnType.TEXT, true),
                                    ofEnum("status", "Статус", "Мәртебесі", "LAW, ASSUMPTION или UNVERIFIED", RuleStatus.class, true),
                                    of("notes", "Примечание", "Ескерту", "Для юристов", ColumnType.TEXT, false))),
                    new SheetSchema("Parameters", "Параметры счёта рабочих дней (Parameters)",
                            "COUNTING_CONVENTION, WEEKLY_DAYS_OFF, FIRST_YEAR, LAST_YEAR — по одной строке на каждый; "
                                    + "LAW_IN_FORCE_BY (RECEIPT или REGISTRATION) — по желанию.",
                            List.of(
                                    ofEnum("name", "Параметр", "Параметр", "Имя параметра", CalendarParameter.class, true),
                                    of("value", "Значение", "Мәні", "См. примечание к параметру", ColumnType.TEXT, true),
                                    of("notes", "Примечание", "Ескерту", "Что значит параметр", ColumnType.TEXT, false))))),

    SCENARIOS("scenarios.xlsx", null, "Контрольные примеры", "Бақылау мысалдары",
            List.of(new SheetSchema("Scenarios", "Контрольные примеры юристов (Scenarios)",
                    "Одна строка — один случай: факты слева, ожидаемый ответ справа. Пустое ожидание не проверяется. "
                            + "Версия правил с упавшим примером не принимается.",
                    List.of(
                            of("id", "№ примера", "Мысал №", "Уникальный код", ColumnType.ID, true),
                            of("description", "Описание", "Сипаттамасы", "Что проверяет пример", ColumnType.TEXT, false),
                            ofEnum("respondent", "Чьё решение, действие (бездействие) обжалуется", "Кімнің шешіміне, әрекетіне (әрекетсіздігіне) шағым жасалады", "Факт", Respondent.class, true),
                            ofEnum("subject", "Что обжалуется", "Неге шағым жасалады", "Факт", Subject.class, false),
                            ofEnum("receivedBy", "Куда поступила", "Қайда түсті", "Факт", Body.class, true),
                            of("receivedOn", "Дата поступления", "Түскен күні", "Факт", ColumnType.DATE, true),
                            of("registeredOn", "Дата регистрации", "Тіркелген күні", "Факт; пусто — день поступления", ColumnType.DATE, false),
                            of("serviceCode", "Код услуги", "Қызмет коды", "Факт", ColumnType.SERVICE_CODE, false),
                            of("favorableActAdoptedOn", "Благоприятный акт: дата", "Қолайлы акт: күні", "Факт", ColumnType.DATE, false),
                            of("favorableActFullySatisfies", "Акт удовлетворяет полностью", "Акт толық қанағаттандырады", "Факт", ColumnType.BOOLEAN, false),
                            of("preTrialAppealCompleted", "Досудебное обжалование завершено", "Сотқа дейінгі шағымдану аяқталды", "Факт", ColumnType.BOOLEAN, false),
                            of("asOf", "На дату", "Күнге", "Факт: день, на который задан вопрос", ColumnType.DATE, false),
                            ofEnum("expectOutcome", "Ожидается: итог", "Күтіледі: нәтиже", "Ожидание", Outcome.class, false),
                            ofEnum("expectReviewingBody", "Ожидается: кто рассматривает", "Күтіледі: кім қарайды", "Ожидание", Body.class, false),
                            of("expectForwardingRequired", "Ожидается: направить", "Күтіледі: жолдау", "Ожидание", ColumnType.BOOLEAN, false),
                            of("expectForwardingDeadline", "Ожидается: срок направления", "Күтіледі: жолдау мерзімі", "Ожидание", ColumnType.DATE, false),
                            ofInt("expectReviewWorkingDays", "Ожидается: срок рассмотрения, дней", "Күтіледі: қарау мерзімі", "Ожидание", 1, 365, false),
                            of("expectReviewDeadline", "Ожидается: последний день рассмотрения", "Күтіледі: қараудың соңғы күні", "Ожидание", ColumnType.DATE, false),
                            of("expectCourtAllowed", "Ожидается: суд открыт", "Күтіледі: сот ашық", "Ожидание", ColumnType.BOOLEAN, false),
                            of("notes", "Примечание", "Ескерту", "Для юристов", ColumnType.TEXT, false)))));

    private final String fileName;
    private final String template;
    private final String titleRu;
    private final String titleKk;
    private final List<SheetSchema> sheets;

    TableKind(String fileName, String template, String titleRu, String titleKk, List<SheetSchema> sheets) {
        this.fileName = fileName;
        this.template = template;
        this.titleRu = titleRu;
        this.titleKk = titleKk;
        this.sheets = sheets;
    }

    public String fileName() {
        return fileName;
    }

    /** The path of the table inside a rule set. */
    public String path() {
        return RuleSetSource.TABLES_DIR + fileName;
    }

    public String titleRu() {
        return titleRu;
    }

    public String titleKk() {
        return titleKk;
    }

    /** The rule template in {@code rules/} that turns each row into a rule, or null for data tables. */
    public String template() {
        return template;
    }

    public List<SheetSchema> sheets() {
        return sheets;
    }

    public List<String> sheetNames() {
        return sheets.stream().map(SheetSchema::name).toList();
    }

    public static Optional<TableKind> byFileName(String fileName) {
        return Arrays.stream(values()).filter(k -> k.fileName.equals(fileName)).findFirst();
    }
}
