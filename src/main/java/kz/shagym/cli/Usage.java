package kz.shagym.cli;

/** The usage text, in Russian first and English. */
final class Usage {

    static final String TEXT = """
            Использование / Usage:
              java -jar shagym.jar validate <папка>             проверить таблицы и построить правила
                                                                check the tables and compile the rules
              java -jar shagym.jar test <папка>                 то же и прогнать контрольные примеры (scenarios.xlsx)
                                                                the same, then run the lawyers' scenarios
              java -jar shagym.jar diff <папка-было> <папка-стало>
                                                                что изменилось между двумя наборами / what changed
              java -jar shagym.jar impact <папка-действующая> <папка-кандидат> --requests <decisions.csv>
                                                                что ответила бы вторая папка на записанные жалобы
                                                                (выгрузка аудита в CSV) / what the second folder
                                                                would answer to recorded complaints (the audit's CSV)
              java -jar shagym.jar verify-audit --db <jdbc-url> [--user <u> --password <p>]
                                   --checkpoints <папка> [--public-key <файл>]
                                                                проверить цепочку журнала аудита и подписанные
                                                                контрольные точки без сервера / verify the audit
                                                                chain against the signed checkpoints, offline
              java -jar shagym.jar help                         эта справка / this help

            Флаги / Flags:
              --json    машинный вывод (JSON) вместо текста / machine output (JSON) instead of text

            Папка / Folder:
              корень репозитория с папками rules/ и decision-tables/, или одна папка, где таблицы (.xlsx)
              и правила (.drl, .drt) лежат рядом.
              a repository root with rules/ and decision-tables/, or one folder holding the tables (.xlsx)
              and the rules (.drl, .drt) side by side.

            Коды выхода / Exit codes:
              0  всё в порядке / clean (diff, impact: always, unless misused or a folder does not build)
              1  в таблицах есть проблемы, пример не прошёл или журнал аудита нарушен
                 the tables have problems, a scenario failed, or the audit chain does not hold
                 (impact: a folder does not build)
              2  неверный вызов; для verify-audit также недоступные база, папка или ключ
                 misuse; for verify-audit also a database, folder or key that cannot be read
              3  внутренняя ошибка / internal error

            verify-audit: --public-key по умолчанию <папка>/public-key.pem; надёжнее указать ключ, полученный
              заранее. / defaults to <folder>/public-key.pem; a key obtained beforehand is stronger.

            Без команды запускается веб-сервис / Without a command the web service starts.
            """;

    private Usage() {
    }
}
