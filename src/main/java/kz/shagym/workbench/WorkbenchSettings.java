package kz.shagym.workbench;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The analysts' page ({@code shagym.workbench.*}).
 *
 * @param zone the zone in which times are shown and date-only searches are read (Kazakhstan)
 * @param gridRows how many rows of an uploaded sheet the grid shows
 * @param gridColumns how many columns of an uploaded sheet the grid shows
 * @param pageSize decisions per page in the auditor's search
 * @param actionsShown entries of the administrative trail on the home and versions pages
 */
@ConfigurationProperties("shagym.workbench")
record WorkbenchSettings(
        @DefaultValue("Asia/Almaty") ZoneId zone,
        @DefaultValue("300") int gridRows,
        @DefaultValue("30") int gridColumns,
        @DefaultValue("50") int pageSize,
        @DefaultValue("30") int actionsShown) {

    WorkbenchSettings {
        if (gridRows < 1 || gridColumns < 1 || pageSize < 1 || actionsShown < 1) {
            throw new IllegalArgumentException("shagym.workbench sizes must be positive");
        }
    }
}
