package kz.shagym.ruleset;

/**
 * Every kind of table problem, with its stable code and message templates ({@code %s} arguments,
 * the same order in each language). Codes are published: never reuse or renumber one.
 */
enum ProblemKind {
    // One code for a file that cannot be read, with a fixed text per reason: never a library's own words.
    FILE_UNREADABLE("SHG-TBL-001",
            "Файл не читается как книга Excel (.xlsx): он повреждён или это не таблица. Откройте его в Excel и сохраните как «Книга Excel (.xlsx)»",
            "Файл Excel кітабы (.xlsx) ретінде оқылмайды: ол бүлінген немесе кесте емес. Оны Excel-де ашып, «Excel кітабы (.xlsx)» ретінде сақтаңыз",
            "The file cannot be read as an Excel workbook (.xlsx): it is damaged or not a table. Open it in Excel and save it as an Excel Workbook (.xlsx)"),
    FILE_OLD_FORMAT("SHG-TBL-001",
            "Файл сохранён в старом формате .xls; сохраните его как «Книга Excel (.xlsx)»",
            "Файл ескі .xls пішімінде сақталған; оны «Excel кітабы (.xlsx)» ретінде сақтаңыз",
            "The file is in the old .xls format; save as .xlsx (Excel Workbook)"),
    FILE_TOO_LARGE("SHG-TBL-001",
            "Файл больше %s МБ; таблица правил столько не занимает — проверьте, что это нужный файл",
            "Файл %s МБ-тан үлкен; ереже кестесі мұнша орын алмайды — дұрыс файл екенін тексеріңіз",
            "The file is over %s MB; a rule table is never that large — check that it is the right file"),
    FILE_PROTECTED("SHG-TBL-001",
            "Файл защищён паролем; сохраните его без пароля",
            "Файл құпиясөзбен қорғалған; оны құпиясөзсіз сақтаңыз",
            "The file is protected by a password; save it without one"),
    PLAIN_XLSX_NAME("SHG-TBL-002",
            "Таблица правил названа «%s»; она должна называться «%s» (окончание .drl.xlsx), иначе правила из неё не будут построены",
            "Ереже кестесі «%s» деп аталған; ол «%s» деп аталуы керек (.drl.xlsx), әйтпесе одан ережелер құрылмайды",
            "The rule table is named '%s'; it must be named '%s' (ending .drl.xlsx), otherwise no rules are built from it"),
    UNKNOWN_FILE("SHG-TBL-003",
            "Неизвестный файл «%s». Ожидаются: %s",
            "Белгісіз файл «%s». Күтілетіні: %s",
            "Unknown file '%s'. Expected: %s"),
    MISSING_FILE("SHG-TBL-004",
            "В наборе нет обязательной таблицы «%s»",
            "Жиынтықта міндетті «%s» кестесі жоқ",
            "The set lacks the required table '%s'"),
    MISSING_SHEET("SHG-TBL-005",
            "Нет листа «%s». Листы в файле: %s",
            "«%s» парағы жоқ. Файлдағы парақтар: %s",
            "There is no sheet '%s'. Sheets in the file: %s"),
    HEADER_MISSING("SHG-TBL-010",
            "Нет столбца «%s» в строке заголовков",
            "Тақырып жолында «%s» бағаны жоқ",
            "The header row lacks the column '%s'"),
    HEADER_UNKNOWN("SHG-TBL-011",
            "Неизвестный заголовок «%s»: в скобках должен стоять один из ключей %s",
            "Белгісіз тақырып «%s»: жақшада мына кілттердің бірі болуы керек: %s",
            "Unknown header '%s': the brackets must hold one of %s"),
    HEADER_DUPLICATE("SHG-TBL-012",
            "Столбец «%s» повторяется (уже есть в %s)",
            "«%s» бағаны қайталанады (%s ұяшығында бар)",
            "Column '%s' appears twice (already in %s)"),
    FORMULA("SHG-TBL-020",
            "В ячейке формула «%s»; введите само значение",
            "Ұяшықта «%s» формуласы тұр; мәннің өзін енгізіңіз",
            "The cell holds the formula '%s'; type the value itself"),
    RICH_TEXT("SHG-TBL-021",
            "Части текста оформлены по-разному; введите простой текст без форматирования",
            "Мәтін бөліктері әртүрлі безендірілген; пішімсіз қарапайым мәтін енгізіңіз",
            "Parts of the text are formatted differently; type plain text"),
    CELL_ERROR("SHG-TBL-022",
            "В ячейке ошибка Excel (%s)",
            "Ұяшықта Excel қатесі бар (%s)",
            "The cell holds an Excel error (%s)"),
    REQUIRED("SHG-TBL-023",
            "Ячейка «%s» обязательна",
            "«%s» ұяшығы міндетті",
            "The cell '%s' is required"),
    ENUM_UNKNOWN("SHG-TBL-024",
            "«%s» — недопустимое значение. Допустимо: %s",
            "«%s» — жарамсыз мән. Рұқсат етілгені: %s",
            "'%s' is not allowed. Allowed: %s"),
    QUOTES("SHG-TBL-025",
            "Значение «%s» содержит кавычки или лишние знаки; введите код без кавычек. Допустимо: %s",
            "«%s» мәнінде тырнақша немесе артық белгілер бар; кодты тырнақшасыз енгізіңіз. Рұқсат етілгені: %s",
            "The value '%s' contains quotes or stray characters; type the bare code. Allowed: %s"),
    ID_INVALID("SHG-TBL-026",
            "Код строки «%s» недопустим: только латинские буквы, цифры, «_», «.», «-», не длиннее 20 знаков",
            "«%s» жол коды жарамсыз: тек латын әріптері, сандар, «_», «.», «-», 20 белгіден аспауы керек",
            "The row id '%s' is invalid: Latin letters, digits, '_', '.', '-', at most 20 characters"),
    ID_DUPLICATE("SHG-TBL-027",
            "Код строки «%s» уже использован в %s",
            "«%s» жол коды %s ұяшығында қолданылған",
            "The row id '%s' is already used in %s"),
    BOOLEAN_INVALID("SHG-TBL-028",
            "«%s» — не «Да» и не «Нет»",
            "«%s» — «Иә» да, «Жоқ» та емес",
            "'%s' is neither Yes nor No"),
    INTEGER_INVALID("SHG-TBL-029",
            "«%s» — не целое число",
            "«%s» — бүтін сан емес",
            "'%s' is not a whole number"),
    INTEGER_RANGE("SHG-TBL-030",
            "Число %s вне допустимых пределов %s–%s",
            "%s саны рұқсат етілген %s–%s шегінен тыс",
            "The number %s is outside %s–%s"),
    DATE_INVALID("SHG-TBL-031",
            "«%s» — не дата. Введите дату Excel или текст ГГГГ-ММ-ДД (например 2025-03-21)",
            "«%s» — күн емес. Excel күнін немесе ЖЖЖЖ-АА-КК мәтінін енгізіңіз (мысалы 2025-03-21)",
            "'%s' is not a date. Type an Excel date or text YYYY-MM-DD (e.g. 2025-03-21)"),
    SERVICE_CODE_INVALID("SHG-TBL-032",
            "Код услуги «%s» недопустим: только латинские буквы, цифры, «_», «.», «-», не длиннее 32 знаков",
            "«%s» қызмет коды жарамсыз: тек латын әріптері, сандар, «_», «.», «-», 32 белгіден аспауы керек",
            "The service code '%s' is invalid: Latin letters, digits, '_', '.', '-', at most 32 characters"),
    TEXT_TOO_LONG("SHG-TBL-033",
            "Текст длиннее %s знаков",
            "Мәтін %s белгіден ұзын",
            "The text is longer than %s characters"),
    NOT_TEXT("SHG-TBL-034",
            "Ожидается текст, а в ячейке %s",
            "Мәтін күтіледі, ал ұяшықта %s",
            "Text expected, but the cell holds %s"),
    TOO_MANY_ROWS("SHG-TBL-035",
            "Лист содержит больше %s строк",
            "Парақта %s жолдан көп",
            "The sheet has more than %s rows"),
    OUTCOME_NOT_IN_TABLE("SHG-TBL-040",
            "Итог %s устанавливают правила (благоприятный акт), а не таблица. Выберите: %s",
            "%s нәтижесін кесте емес, ережелер белгілейді (қолайлы акт). Таңдаңыз: %s",
            "The outcome %s is set by the rules (favourable act), not by the table. Choose: %s"),
    REVIEWING_BODY_REQUIRED("SHG-TBL-041",
            "Для итога %s укажите, кто рассматривает жалобу",
            "%s нәтижесі үшін шағымды кім қарайтынын көрсетіңіз",
            "For the outcome %s, say who reviews the complaint"),
    FORWARDING_MISMATCH("SHG-TBL-042",
            "Для итога %s «Направить дальше» должно быть «%s»",
            "%s нәтижесі үшін «Әрі қарай жолдау» «%s» болуы керек",
            "For the outcome %s, 'forward' must be %s"),
    FORWARDING_DAYS_REQUIRED("SHG-TBL-043",
            "Укажите срок направления в рабочих днях",
            "Жолдау мерзімін жұмыс күнімен көрсетіңіз",
            "Give the forwarding period in working days"),
    ADDRESSEES_REQUIRED("SHG-TBL-044",
            "Для перенаправления укажите, куда следовало подать жалобу",
            "Қайта бағыттау үшін шағымды қайда беру керектігін көрсетіңіз",
            "For a redirect, say where the complaint should have gone"),
    ROUTING_GAP("SHG-TBL-045",
            "Ни одна строка не подходит для случая: обжалуются действия %s, жалоба поступила в %s%s. Добавьте строку",
            "Бұл жағдайға бірде-бір жол сәйкес келмейді: %s әрекетіне шағым, шағым %s түсті%s. Жол қосыңыз",
            "No row covers: respondent %s, received by %s%s. Add a row"),
    ROW_UNREACHABLE("SHG-TBL-046",
            "Строка никогда не сработает: все её случаи раньше перекрыты строками выше (%s)",
            "Жол ешқашан іске аспайды: оның барлық жағдайлары жоғарыдағы жолдармен жабылған (%s)",
            "The row can never fire: rows above already cover all its cases (%s)"),
    COUNTED_FROM_REQUIRED("SHG-TBL-047",
            "Укажите, от чего отсчитывается срок (REGISTRATION или RECEIPT)",
            "Мерзім неден есептелетінін көрсетіңіз (REGISTRATION немесе RECEIPT)",
            "Say what the period counts from (REGISTRATION or RECEIPT)"),
    TIME_LIMIT_DUPLICATE("SHG-TBL-048",
            "Строка повторяет условия строки %s (тот же адресат и код услуги)",
            "Жол %s жолының шарттарын қайталайды (сол адресат және қызмет коды)",
            "The row repeats the conditions of row %s (same addressee and service code)"),
    TIME_LIMIT_GAP("SHG-TBL-049",
            "Нет общей строки (без кода услуги) для адресата %s. Добавьте строку; пустой срок означает «срок не установлен»",
            "%s адресаты үшін жалпы жол (қызмет кодынсыз) жоқ. Жол қосыңыз; бос мерзім «мерзім белгіленбеген» дегенді білдіреді",
            "No general row (without a service code) for the addressee %s. Add one; an empty period means 'no period set'"),
    SERVICE_DUPLICATE("SHG-TBL-050",
            "Код услуги «%s» уже указан в %s",
            "«%s» қызмет коды %s ұяшығында көрсетілген",
            "The service code '%s' is already listed in %s"),
    DATE_DUPLICATE("SHG-TBL-051",
            "Дата %s уже указана в %s",
            "%s күні %s ұяшығында көрсетілген",
            "The date %s is already listed in %s"),
    DATE_OUTSIDE_YEARS("SHG-TBL-052",
            "Дата %s вне лет календаря %s–%s (параметры FIRST_YEAR, LAST_YEAR)",
            "%s күні күнтізбе жылдарынан тыс: %s–%s (FIRST_YEAR, LAST_YEAR параметрлері)",
            "The date %s is outside the calendar years %s–%s (FIRST_YEAR, LAST_YEAR)"),
    WORKING_DAY_ON_WORKDAY("SHG-TBL-053",
            "%s — и так рабочий день недели; WORKING_DAY ставят только на выходной, ставший рабочим по переносу",
            "%s — аптаның жұмыс күні; WORKING_DAY тек ауыстыру бойынша жұмыс күні болған демалысқа қойылады",
            "%s is a working weekday anyway; WORKING_DAY is only for a rest day made a working day by a transfer"),
    PARAMETER_MISSING("SHG-TBL-054",
            "Нет параметра %s",
            "%s параметрі жоқ",
            "The parameter %s is missing"),
    PARAMETER_DUPLICATE("SHG-TBL-055",
            "Параметр %s уже задан в %s",
            "%s параметрі %s ұяшығында берілген",
            "The parameter %s is already set in %s"),
    PARAMETER_INVALID("SHG-TBL-056",
            "Значение «%s» не подходит для параметра %s. Ожидается: %s",
            "«%s» мәні %s параметріне сәйкес келмейді. Күтілетіні: %s",
            "The value '%s' does not fit the parameter %s. Expected: %s"),
    RULE_COMPILE("SHG-TBL-060",
            "Правило, построенное из этой строки, не компилируется: %s",
            "Осы жолдан құрылған ереже компиляцияланбайды: %s",
            "The rule built from this row does not compile: %s"),
    DRL_COMPILE("SHG-DRL-001",
            "Ошибка в файле правил: %s",
            "Ереже файлындағы қате: %s",
            "Error in the rule file: %s"),
    TEMPLATE_MISSING("SHG-DRL-002",
            "Нет шаблона правил «%s» для таблицы «%s»",
            "«%2$s» кестесі үшін «%1$s» ереже үлгісі жоқ",
            "The rule template '%s' for the table '%s' is missing");

    private final String code;
    private final String ru;
    private final String kk;
    private final String en;

    ProblemKind(String code, String ru, String kk, String en) {
        this.code = code;
        this.ru = ru;
        this.kk = kk;
        this.en = en;
    }

    String code() {
        return code;
    }

    TableProblem at(String file, String sheet, String cell, Object... args) {
        return new TableProblem(code, file, sheet, cell, null, format(ru, args), format(kk, args), format(en, args));
    }

    TableProblem atLine(String file, Integer line, Object... args) {
        return new TableProblem(code, file, null, null, line, format(ru, args), format(kk, args), format(en, args));
    }

    /** A value quoted from a cell can be 32,767 characters long; a message quotes its start only. */
    private static final int MAX_QUOTED = 300;

    private static String format(String template, Object... args) {
        Object[] shortened = args.clone();
        for (int i = 0; i < shortened.length; i++) {
            if (shortened[i] instanceof CharSequence text && text.length() > MAX_QUOTED) {
                shortened[i] = text.subSequence(0, MAX_QUOTED) + "…";
            }
        }
        return String.format(template, shortened);
    }
}
