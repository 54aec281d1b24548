package kz.shagym.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A text for people not yet put into words: its key in {@link Messages} and its arguments, so that each
 * reader gets it in their own language.
 */
public record Message(String key, List<Object> args) {

    public Message {
        // an argument may be null (a blank cell quoted in a message); List.copyOf would refuse it
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    public String in(String lang) {
        return Messages.text(lang, key, args.toArray());
    }
}
