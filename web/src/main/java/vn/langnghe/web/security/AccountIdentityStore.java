package vn.langnghe.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import vn.langnghe.account.AccountService;
import vn.langnghe.account.Role;

/**
 * Checks usernames and passwords against the accounts table; an account's roles become its groups.
 * Every sign-in passes here (the page's form mechanism and the API's Basic), so this is where the
 * sign-in rate limit is enforced: over the limit the password is not even checked.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {
    @EJB
    AccountService accounts;

    @Inject
    SignInRateLimit rateLimit;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        if (rateLimit.retryAfter(username).isPresent()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        CredentialValidationResult result = accounts.authenticate(username, credential.getPassword().getValue())
                .map(a -> new CredentialValidationResult(a.getUsername(),
                        a.getRoles().stream().map(Role::group).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            rateLimit.failed(username);
        }
        return result;
    }
}
