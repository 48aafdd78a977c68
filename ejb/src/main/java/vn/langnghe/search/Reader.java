package vn.langnghe.search;

import java.util.Objects;
import vn.langnghe.account.Account;
import vn.langnghe.account.DataScope;

/**
 * Who is reading the index: the account's name and unit, the unit's data scope and whether the unit may
 * see authors' personal data. Taken from the signed-in account on the server, never from a request, so
 * nothing a client sends can widen what it sees.
 */
public record Reader(String username, String unitCode, DataScope scope, boolean personalDataClearance) {
    public Reader {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(scope, "scope");
    }

    public static Reader of(Account account) {
        return new Reader(account.getUsername(), account.getUnit().getCode(), account.getUnit().scope(),
                account.getUnit().hasPersonalDataClearance());
    }
}
