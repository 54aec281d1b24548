package kz.shagym.release;

/**
 * Why an upload was refused before a single cell was read, with its stable code and the message in
 * Russian, Kazakh and English ({@code %s} arguments in the same order in each). Codes are published:
 * never reuse or renumber one.
 */
enum UploadRefusal {
    NO_NAME(ReleaseProblem.INVALID_UPLOAD,
            "У загруженного файла нет имени.",
            "Жүктелген файлдың аты жоқ.",
            "The uploaded file has no name."),
    BAD_NAME(ReleaseProblem.INVALID_UPLOAD,
            "Недопустимое имя файла «%s»: только латиница, цифры, «.», «_», «-».",
            "«%s» файл аты жарамсыз: тек латын әріптері, сандар, «.», «_», «-».",
            "Invalid file name '%s': Latin letters, digits, '.', '_', '-' only."),
    UNSUPPORTED_TYPE(ReleaseProblem.INVALID_UPLOAD,
            "Файл «%s»: ожидается таблица .xlsx или архив .zip всего набора.",
            "«%s» файлы: .xlsx кестесі немесе бүкіл жиынтықтың .zip мұрағаты күтіледі.",
            "File '%s': expected an .xlsx table or a .zip of the whole set."),
    NOT_A_ZIP(ReleaseProblem.INVALID_UPLOAD,
            "Архив не читается как .zip.",
            "Мұрағат .zip ретінде оқылмайды.",
            "The file is not a readable zip."),
    EMPTY_ZIP(ReleaseProblem.INVALID_UPLOAD,
            "В архиве нет ни одной таблицы или файла правил.",
            "Мұрағатта бірде-бір кесте немесе ереже файлы жоқ.",
            "The zip holds no rule or table files."),
    TOO_MANY_ENTRIES(ReleaseProblem.INVALID_UPLOAD,
            "В архиве больше %s файлов.",
            "Мұрағатта %s файлдан көп.",
            "The zip holds more than %s files."),
    TOO_LARGE(ReleaseProblem.UPLOAD_TOO_LARGE,
            "Файл больше допустимого (%s МБ).",
            "Файл рұқсат етілгеннен үлкен (%s МБ).",
            "The file is larger than allowed (%s MB)."),
    UNZIPS_TOO_LARGE(ReleaseProblem.UPLOAD_TOO_LARGE,
            "Архив распаковывается больше чем в %s МБ.",
            "Мұрағат %s МБ-тан артық болып ашылады.",
            "The zip unpacks to over %s MB."),
    RULE_FILE(ReleaseProblem.CODE_UPLOADED,
            "Файл «%s» — правила или шаблон правил. Через загрузку меняются только таблицы; правила (.drl) и шаблоны (.drt) меняют инженеры через репозиторий, после проверки.",
            "«%s» файлы — ереже немесе ереже үлгісі. Жүктеу арқылы тек кестелер өзгереді; ережелерді (.drl) және үлгілерді (.drt) инженерлер репозиторий арқылы, тексеруден кейін өзгертеді.",
            "The file '%s' is rules or a rule template. Uploads change tables only; engineers change rules (.drl) and templates (.drt) through the repository, after review."),
    RULES_CHANGED(ReleaseProblem.CODE_UPLOADED,
            "Папка rules/ в архиве отличается от действующего набора: %s. Через загрузку меняются только таблицы; оставьте rules/ таким, как в скачанном наборе.",
            "Мұрағаттағы rules/ қалтасы қолданыстағы жиынтықтан өзгеше: %s. Жүктеу арқылы тек кестелер өзгереді; rules/ қалтасын жүктеп алынған жиынтықтағыдай қалдырыңыз.",
            "The zip's rules/ folder differs from the active set's: %s. Uploads change tables only; leave rules/ as it is in the downloaded set."),
    MACRO(ReleaseProblem.MACRO,
            "Файл «%s» содержит макросы (VBA или листы макросов). Книги с макросами не принимаются: сохраните её как обычную книгу .xlsx без макросов.",
            "«%s» файлында макростар бар (VBA немесе макрос парақтары). Макросы бар кітаптар қабылданбайды: оны макроссыз қарапайым .xlsx кітабы ретінде сақтаңыз.",
            "The file '%s' contains macros (VBA or macro sheets). Workbooks with macros are not accepted: save it as a plain .xlsx workbook without macros."),
    DUPLICATE_ENTRY(ReleaseProblem.DUPLICATE_ENTRY,
            "Файл «%s» встречается в архиве дважды («%s» и «%s»). Оставьте один.",
            "«%s» файлы мұрағатта екі рет кездеседі («%s» және «%s»). Біреуін қалдырыңыз.",
            "The zip holds '%s' twice ('%s' and '%s'). Keep one.");

    private final ReleaseProblem type;
    private final String ru;
    private final String kk;
    private final String en;

    UploadRefusal(ReleaseProblem type, String ru, String kk, String en) {
        this.type = type;
        this.ru = ru;
        this.kk = kk;
        this.en = en;
    }

    ReleaseProblem type() {
        return type;
    }

    /** The message in {@code ru}, {@code kk} or {@code en} (Russian for anything else). */
    String message(String lang, Object... args) {
        String template = switch (lang) {
            case "kk" -> kk;
            case "en" -> en;
            default -> ru;
        };
        return String.format(template, args);
    }
}
