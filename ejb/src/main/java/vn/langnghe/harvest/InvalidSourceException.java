package vn.langnghe.harvest;

import java.util.List;

/** A source that cannot be saved as given; {@link #problems()} are messages for the form or the API. */
public class InvalidSourceException extends Exception {
    private final List<String> problems;

    public InvalidSourceException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidSourceException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
