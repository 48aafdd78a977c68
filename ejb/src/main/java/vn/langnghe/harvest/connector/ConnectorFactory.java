package vn.langnghe.harvest.connector;

import java.util.List;

/**
 * Names a platform and opens connectors for it. Implementations are CDI beans
 * ({@code @ApplicationScoped}), so a new platform is found without changing any other code.
 *
 * @param <C> the config record; its components (String, int, long, boolean, enum) are what the admin
 *            form shows and what {@code /api/v1/sources} accepts as {@code config}
 */
public interface ConnectorFactory<C extends Record> {

    /** Stable type name stored with each source, e.g. {@code youtube}; lower case, no spaces. */
    String type();

    /** Human name of the platform for the admin page, e.g. "YouTube Data API v3". */
    String displayName();

    Class<C> configType();

    /** A config with sane defaults (the real API endpoint, page sizes), shown when a source is added. */
    C defaultConfig();

    /** Names of the secrets this platform needs (API key, access token...); empty when none. */
    List<String> credentialNames();

    /**
     * Opens a connector. The config has been validated by {@link #validate}; credentials hold every
     * name of {@link #credentialNames()} that the admin filled in.
     */
    Connector open(C config, Credentials credentials, ConnectorContext context);

    /**
     * Problems with a config, as messages for the admin form and the API, in the order of the record's
     * components; empty when it is usable. The constraints declared on the record's components (Bean
     * Validation: {@code @Between}, {@code @HttpUrl}, {@code @Pattern}...) are checked first, then
     * {@link #checkInCode}. Factories do not override this: what a field must hold is declared on
     * the field.
     */
    default List<String> validate(C config) {
        ConfigProblems problems = ConfigProblems.of(config);
        checkInCode(config, problems);
        return problems.messages();
    }

    /**
     * The few rules that annotations on one field cannot say, written in code: rules between fields ("a
     * hashtag is needed for the TAG timeline"), the constraint groups of the chosen mode ({@link
     * ConfigProblems#check}), or a parser that words its own problems. Runs after the record's
     * constraints, so a rule can leave alone a field that has a problem already.
     */
    default void checkInCode(C config, ConfigProblems problems) {
    }
}
