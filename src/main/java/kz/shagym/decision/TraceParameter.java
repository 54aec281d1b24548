package kz.shagym.decision;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import kz.shagym.problem.InvalidField;
import kz.shagym.problem.InvalidRequest;

/**
 * The {@code trace} query parameter: {@code true}, {@code false} or absent, nothing else. A bad value
 * is listed with the body's errors, so the caller fixes everything in one go.
 */
record TraceParameter(boolean asked, InvalidField error) {

    interface BodyRead<T> {
        T read() throws IOException;
    }

    static TraceParameter read(String value) {
        if (value == null || value.equals("false")) {
            return new TraceParameter(false, null);
        }
        if (value.equals("true")) {
            return new TraceParameter(true, null);
        }
        return new TraceParameter(false, new InvalidField("trace", InvalidField.Code.UNKNOWN_VALUE,
                "trace must be true or false"));
    }

    /** Reads the body; throws one {@link InvalidRequest} with the body's errors and this parameter's. */
    <T> T withBodyErrors(BodyRead<T> body) throws IOException {
        T result;
        try {
            result = body.read();
        } catch (InvalidRequest e) {
            if (error == null) {
                throw e;
            }
            List<InvalidField> all = new ArrayList<>(e.errors());
            all.add(error);
            throw new InvalidRequest(all);
        }
        if (error != null) {
            throw new InvalidRequest(error);
        }
        return result;
    }
}
