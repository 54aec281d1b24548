package kz.shagym.workbench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import kz.shagym.decision.LocalizedText;
import kz.shagym.decision.TraceEntry;
import kz.shagym.inforce.Period;
import kz.shagym.problem.Messages;
import kz.shagym.release.FolderNote;
import kz.shagym.release.Releases;
import kz.shagym.ruleset.TableProblem;

/**
 * What the templates need to show data in the reader's language: problem messages, texts kept in
 * Russian and Kazakh, and English where it exists (otherwise English readers get the Russian, the language
 * of the law), what the service itself wrote (comments, its own name), dates as Kazakh officials write
 * them in every language (dd.mm.yyyy), and times in Kazakhstan.
 */
final class Texts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    /** An ISO day inside a sentence the rules wrote ("истёк 2025-03-31:"), not part of a longer number. */
    private static final Pattern ISO_DAY = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");

    private final String lang;
    private final ZoneId zone;

    Texts(Locale locale, ZoneId zone) {
        String language = locale == null ? "ru" : locale.getLanguage();
        this.lang = SupportedLanguages.LANGUAGES.contains(language) ? language : "ru";
        this.zone = zone;
    }

    public String lang() {
        return lang;
    }

    public String problem(TableProblem p) {
        return switch (lang) {
            case "kk" -> p.messageKk();
            case "en" -> p.messageEn();
            default -> p.messageRu();
        };
    }

    public String text(LocalizedText text) {
        if (text == null) {
            return "";
        }
        if ("en".equals(lang) && text.en() != null && !text.en().isBlank()) {
            return text.en();
        }
        return "kk".equals(lang) && text.kk() != null && !text.kk().isBlank() ? text.kk() : text.ru();
    }

    /**
     * A sentence the rules wrote (a court reason, a warning), with its days written as the page writes
     * them. Table text quoted as it stands is shown with {@link #text} instead.
     */
    public String prose(LocalizedText text) {
        return ISO_DAY.matcher(text(text)).replaceAll("$3.$2.$1");
    }

    /** The comment or reason of a version or activation, in the page's language where the service wrote it. */
    public String note(String stored) {
        return FolderNote.of(stored).map(n -> Messages.text(lang, "note." + n.name())).orElse(stored);
    }

    /** Who did something, the service acting for the folders named in the page's language. */
    public String who(String name) {
        return Releases.FOLDERS.equals(name) ? Messages.text(lang, "who.folders") : name;
    }

    /**
     * The label of the trace row named {@code rule}, in the page's language: the trace names the row
     * that fired instead by its rule name, and the page shows every row by its label.
     */
    public String traceRule(List<TraceEntry> trace, String rule) {
        return trace.stream().filter(t -> t.rule().equals(rule) && t.label() != null).findFirst()
                .map(t -> text(t.label())).orElse(rule);
    }

    public String pick(String ru, String kk) {
        return "kk".equals(lang) && kk != null && !kk.isBlank() ? kk : ru;
    }

    public String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    /** A date the trace gives as text (2026-01-01), as the page writes dates. */
    public String isoDate(String iso) {
        return iso == null ? "—" : date(LocalDate.parse(iso));
    }

    /** A table row's period of force in words: "с 01.01.2026", "с … по …", "всегда". */
    public String period(Period period) {
        String key = period.validFrom() == null ? (period.validTo() == null ? "always" : "to")
                : period.validTo() == null ? "from" : "between";
        String from = date(period.validFrom());
        return Messages.text(lang, "in-force." + key, key.equals("to") ? date(period.validTo()) : from, date(period.validTo()));
    }

    public String time(Instant instant) {
        return instant == null ? "—" : TIME.format(instant.atZone(zone));
    }

    /** What an ordinary Saturday or Sunday is called in the calendar's tooltip. */
    public String weeklyOff() {
        return Messages.text(lang, "calendar.weekly-off");
    }

    /** Enough of a content hash to tell versions apart on screen; the full id is in the title. */
    public String shortId(String id) {
        return id == null ? "—" : id.length() <= 12 ? id : id.substring(0, 12);
    }

    /** Every message of a cell, for its tooltip. */
    public String problems(java.util.List<TableProblem> problems) {
        return String.join("\n", problems.stream().map(this::problem).toList());
    }

    /** The tooltip of a changed cell: what it held before. */
    public String was(String old) {
        return Messages.text(lang, "diff.was", old == null ? Messages.text(lang, "diff.blank") : old);
    }

    /** The element id of a cell of a shown file, so that a list of problems can link to it. */
    public String cellId(int file, String sheet, String cell) {
        return "c-" + file + "-" + sheet.replaceAll("[^A-Za-z0-9_-]", "_") + "-" + cell;
    }

    /** The element id of a row of a shown file, so that a fired rule can link to it. */
    public String rowId(int file, String sheet, int row) {
        return "r-" + file + "-" + sheet.replaceAll("[^A-Za-z0-9_-]", "_") + "-" + row;
    }

    /** Where a problem is, as a lawyer reads it: "routing.drl.xlsx › Routing › B4". */
    public String where(TableProblem p) {
        StringBuilder where = new StringBuilder(p.file() == null ? "" : p.file());
        if (p.sheet() != null) {
            where.append(" › ").append(p.sheet());
        }
        if (p.cell() != null) {
            where.append(" › ").append(p.cell());
        }
        if (p.line() != null) {
            where.append(" › ").append(Messages.text(lang, "where.line", p.line()));
        }
        return where.toString();
    }
}
