package kz.shagym.workbench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a workbench action shows a problem the analyst can act on, instead of the error page:
 * {@code "redirect:/workbench/versions/{id}"} puts its text in the flash and redirects there (the path's
 * variables are the request's own), a view name shows that page again with what the action had put on it.
 * {@link WorkbenchAdvice} does it, so the actions need no catch blocks.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface ShowsProblemsOn {

    String value();

    /** Also show problems that are not the analyst's to fix but pass (a build that ran out of time). */
    boolean unavailableToo() default false;
}
