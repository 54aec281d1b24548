package kz.shagym.cli;

import java.io.PrintStream;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Machine output: indented JSON of the same records the API renders. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {
    }

    static void print(PrintStream out, Object value) {
        out.println(MAPPER.writeValueAsString(value));
    }
}
