package vn.langnghe.harvest.connector;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The problems of one connector config, as the admin form and {@code /api/v1/sources} show them. They
 * are found by the Bean Validation constraints on the config record's components and by the few rules
 * between fields that a factory writes in code ({@link ConnectorFactory#checkInCode}); either
 * way they are listed in the order of the record's components, so the same config always gives the
 * same list.
 */
public final class ConfigProblems {
    /** A problem that is about no one component (a constraint on the record as a whole) comes last. */
    private static final String WHOLE_RECORD = "";

    private final Record config;
    private final List<String> order;
    private final Map<String, Set<String>> found = new LinkedHashMap<>();

    private ConfigProblems(Record config) {
        this.config = config;
        this.order = Arrays.stream(config.getClass().getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /** The problems that the record's constraints of the default group find. */
    public static ConfigProblems of(Record config) {
        return new ConfigProblems(config).check();
    }

    /**
     * Checks the record's constraints of {@code groups} (the default group when none): how a rule that
     * holds only in one mode, such as a URL that is needed only when the source reads the web, stays
     * declared on its field.
     */
    public ConfigProblems check(Class<?>... groups) {
        Set<ConstraintViolation<Record>> violations = Bean.VALIDATOR.validate(config, groups);
        // a set has no order: sorted, so that two problems of one field always come in the same order
        violations.stream().sorted(Comparator.comparing(ConfigProblems::message))
                .forEach(v -> put(component(v.getPropertyPath()), message(v)));
        return this;
    }

    /**
     * The one form of a violation for admins: the field, then what is wrong with it, e.g.
     * {@code pageSize must be between 1 and 500}.
     */
    public static String message(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.isEmpty() ? violation.getMessage() : path + " " + violation.getMessage();
    }

    /**
     * Adds a problem that code found, as the whole sentence the admin reads (it need not start with the
     * field's name: "a hashtag is needed for the TAG timeline"); {@code component} places it in the list.
     */
    public void add(String component, String message) {
        if (!order.contains(component)) {
            throw new IllegalArgumentException(config.getClass().getSimpleName() + " has no component " + component);
        }
        put(component, message);
    }

    private void put(String component, String message) {
        found.computeIfAbsent(component, k -> new LinkedHashSet<>()).add(message);
    }

    /** Whether a problem with {@code component} was found already (so a rule need not say it twice). */
    public boolean has(String component) {
        return found.containsKey(component);
    }

    /** Every problem, in the order of the record's components; empty when the config is usable. */
    public List<String> messages() {
        List<String> out = new ArrayList<>();
        for (String component : order) {
            out.addAll(found.getOrDefault(component, Set.of()));
        }
        out.addAll(found.getOrDefault(WHOLE_RECORD, Set.of()));
        return out;
    }

    private static String component(Path path) {
        var nodes = path.iterator();
        String name = nodes.hasNext() ? nodes.next().getName() : null;
        return name == null ? WHOLE_RECORD : name;
    }

    @Override
    public String toString() {
        return messages().toString();
    }

    /**
     * The validator, built once on first use. {@link Validation#buildDefaultValidatorFactory()} finds
     * Payara's Hibernate Validator in the server and the test-scoped one in unit tests; connectors and
     * factories are also created outside CDI, so it is not injected.
     */
    private static final class Bean {
        static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    }
}
