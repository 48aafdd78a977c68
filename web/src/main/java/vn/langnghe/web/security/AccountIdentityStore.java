package vn.langnghe.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import vn.langnghe.account.AccountService;
import vn.langnghe.account.Role;

/** Checks usernames and passwords against the accounts table; an account's roles become its groups. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {
    @EJB
    AccountService accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return accounts.authenticate(credential.getCaller(), credential.getPassword().getValue())
                .map(a -> new CredentialValidationResult(a.getUsername(),
                        a.getRoles().stream().map(Role::group).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
