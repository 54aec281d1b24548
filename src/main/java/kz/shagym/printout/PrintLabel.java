package kz.shagym.printout;

import kz.shagym.problem.Messages;

/**
 * What a printed sheet says about itself in its footer: the file, the version it belongs to, and the language
 * of the footer's words. An empty template says it belongs to no version; a file in the folders, whose version
 * is the hash of the very bytes being written, names none.
 */
record PrintLabel(String fileName, String versionId, boolean template, String lang) {

    PrintLabel {
        lang = Messages.LANGUAGES.contains(lang) ? lang : "ru";
    }

    PrintLabel(String fileName, String versionId, String lang) {
        this(fileName, versionId, false, lang);
    }

    static PrintLabel template(String fileName, String lang) {
        return new PrintLabel(fileName, null, true, lang);
    }

    /** A table as the folders keep it: its version is not known until it is written. */
    static PrintLabel unversioned(String fileName) {
        return new PrintLabel(fileName, null, false, "ru");
    }

    /** The page as Excel numbers it, e.g. "Стр. &P из &N" or "&N беттің &P-беті". */
    String excelPage() {
        return Messages.text(lang, "printout.page", "&P", "&N");
    }

    /** "Версия 40e3…" in full, "Шаблон, версии нет", or nothing for a file of the folders. */
    String versionLine() {
        if (versionId != null) {
            return Messages.text(lang, "printout.footer.version", versionId);
        }
        return template ? Messages.text(lang, "printout.footer.template") : "";
    }
}
