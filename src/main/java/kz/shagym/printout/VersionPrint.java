package kz.shagym.printout;

import java.util.List;
import kz.shagym.release.Activation;
import kz.shagym.release.StoredVersion;
import kz.shagym.release.VersionReport;
import kz.shagym.ruleset.SheetData;

/**
 * What the sign-off document shows of a version: what is stored about it, who activated it and when, its
 * report, and every sheet's rows as the table reader read them.
 */
record VersionPrint(StoredVersion version, List<Activation> activations, VersionReport report, List<SheetData> sheets) {

    VersionPrint {
        activations = List.copyOf(activations);
        sheets = List.copyOf(sheets);
    }
}
