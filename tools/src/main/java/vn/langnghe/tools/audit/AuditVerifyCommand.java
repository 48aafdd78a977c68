package vn.langnghe.tools.audit;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import vn.langnghe.audit.AuditVerifier;

/**
 * {@code bin/langnghe audit verify}: walks the audit trail's hash chain and names the first broken row.
 * Arguments: the JDBC URL and user; the password comes from {@code LANGNGHE_DB_PASSWORD} (never the
 * command line, which other users can see). Exit status 0 when the trail is intact, 1 when it was
 * tampered with, 2 when it could not be checked.
 */
public final class AuditVerifyCommand {
    static final int INTACT = 0;
    static final int BROKEN = 1;
    static final int UNCHECKED = 2;

    /** H2's "database already in use" (the running platform holds the file). */
    private static final int H2_FILE_IN_USE = 90020;

    private AuditVerifyCommand() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: AuditVerifyCommand <jdbc-url> [user]   (password in LANGNGHE_DB_PASSWORD)");
            System.exit(UNCHECKED);
        }
        String password = System.getenv().getOrDefault("LANGNGHE_DB_PASSWORD", "");
        System.exit(run(args[0], args.length > 1 ? args[1] : "", password, System.out, System.err));
    }

    static int run(String url, String user, String password, PrintStream out, PrintStream err) {
        try (Connection c = DriverManager.getConnection(neverCreate(url), user, password)) {
            c.setReadOnly(true);
            AuditVerifier.Result result = new AuditVerifier().verify(c);
            if (result.intact()) {
                out.println("audit trail intact: " + result.verifiedUpTo() + " events in the chain, last hash "
                        + result.lastHash());
                return INTACT;
            }
            out.println("audit trail BROKEN: " + result.firstBreak().orElseThrow());
            out.println("events up to seq " + result.verifiedUpTo() + " are intact");
            return BROKEN;
        } catch (SQLException e) {
            err.println("audit trail not checked: " + e.getMessage());
            if (e.getErrorCode() == H2_FILE_IN_USE) {
                err.println("the platform has the H2 database open: stop it first (bin/langnghe stop), or run it with"
                        + " LANGNGHE_DB_URL ending in ;AUTO_SERVER=TRUE (see docs/operations.md)");
            }
            return UNCHECKED;
        }
    }

    /** Opening a missing H2 file would create an empty database: say that it is missing instead. */
    static String neverCreate(String url) {
        return url.startsWith("jdbc:h2:") && !url.toUpperCase().contains("IFEXISTS") ? url + ";IFEXISTS=TRUE" : url;
    }
}
