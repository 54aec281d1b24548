package kz.shagym.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough HTML reading for the page slices: the opening tags that carry an attribute value. */
final class Html {

    private Html() {
    }

    /** Every opening tag with {@code attribute="value"}, as written (attributes in any order). */
    static List<String> tags(String html, String attribute, String value) {
        Matcher m = Pattern.compile("<[a-zA-Z0-9]+\\s[^>]*\\b" + Pattern.quote(attribute) + "=\"" + Pattern.quote(value)
                + "\"[^>]*>").matcher(html);
        List<String> tags = new ArrayList<>();
        while (m.find()) {
            tags.add(m.group());
        }
        return tags;
    }

    static String tag(String html, String attribute, String value) {
        List<String> tags = tags(html, attribute, value);
        if (tags.isEmpty()) {
            throw new AssertionError("no element with " + attribute + "=\"" + value + "\"");
        }
        return tags.get(0);
    }

    /** The first {@code <element>} with {@code attribute="value"}. */
    static String tag(String html, String element, String attribute, String value) {
        return tags(html, attribute, value).stream().filter(t -> t.startsWith("<" + element + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no <" + element + "> with " + attribute + "=\"" + value + "\""));
    }

    /** The value of one attribute of an opening tag, or null. */
    static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1).replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&") : null;
    }
}
