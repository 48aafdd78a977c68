package vn.langnghe.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the {@code admin} account on first start (and, with the demo, an analyst of the seeded unit
 * of phường Sài Gòn, whose data scope is former District 1, the ward itself and city-wide posts). A password that was not given in configuration is generated and
 * written once to {@code initial-logins.txt} in the data directory, readable by the owner only;
 * {@code bin/langnghe} prints that file and deletes it, and the account must change it at its first
 * sign-in. Passwords are never logged.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class AccountBootstrap {
    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());
    public static final String ADMIN = "admin";
    public static final String DEMO_ANALYST = "phantich.q1";
    /** Phường Sài Gòn (26740) in the V5 units seed. */
    static final String DEMO_WARD = "ward-26740";

    @EJB
    AccountService accounts;

    @Inject
    @ConfigProperty(name = "langnghe.data.dir")
    String dataDir;

    @Inject
    @ConfigProperty(name = "langnghe.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "langnghe.demo.password")
    Optional<String> demoPassword;

    @Inject
    @ConfigProperty(name = "langnghe.demo.enabled")
    boolean demoEnabled;

    @PostConstruct
    void createMissingAccounts() {
        StringBuilder logins = new StringBuilder();
        Unit admins = accounts.findOrCreateUnit("city-admin", "Ban quản trị Lắng Nghe", UnitKind.ADMIN, null);
        if (accounts.find(ADMIN).isEmpty()) {
            logins.append(create(ADMIN, "Quản trị viên", admins, EnumSet.of(Role.ADMIN, Role.ANALYST),
                    adminPassword, "LANGNGHE_ADMIN_PASSWORD"));
        }
        if (demoEnabled && accounts.find(DEMO_ANALYST).isEmpty()) {
            Unit ward = accounts.findUnit(DEMO_WARD).orElseThrow(() -> new IllegalStateException(
                    "unit " + DEMO_WARD + " is missing: the V5 units seed has not run"));
            logins.append(create(DEMO_ANALYST, "Chuyên viên phường Sài Gòn", ward, EnumSet.of(Role.ANALYST),
                    demoPassword, "LANGNGHE_DEMO_PASSWORD"));
        }
        if (!logins.isEmpty()) {
            writeInitialLogins(logins.toString());
        }
    }

    private String create(String username, String displayName, Unit unit, EnumSet<Role> roles,
                          Optional<String> configured, String envName) {
        Optional<String> chosen = configured.filter(p -> !p.isBlank());
        // A password from configuration was chosen by the operator and stays; a generated one is shown
        // in initial-logins.txt, so its account must replace it at its first sign-in.
        String password = chosen.orElseGet(PasswordHasher::generate);
        accounts.create("system", username, displayName, password.toCharArray(), chosen.isEmpty(), unit, roles);
        LOG.info(() -> "Created account " + username + " (" + roles + ") in unit " + unit.getCode());
        return chosen.isPresent()
                ? username + "\t(password from " + envName + ")\n"
                : username + "\t" + password + "\n";
    }

    private void writeInitialLogins(String text) {
        Path file = Path.of(dataDir, "initial-logins.txt");
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            LOG.info(() -> "Initial logins written to " + file + " (shown once by bin/langnghe, then deleted)");
        } catch (IOException | UnsupportedOperationException e) {
            throw new IllegalStateException("Cannot write the initial logins to " + file + ": " + e.getMessage(), e);
        }
    }
}
