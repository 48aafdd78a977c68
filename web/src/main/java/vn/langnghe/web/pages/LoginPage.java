package vn.langnghe.web.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Optional;
import vn.langnghe.account.AccountService;
import vn.langnghe.web.security.SignInRateLimit;

/** The sign-in screen. */
@Named
@RequestScoped
public class LoginPage {
    @Inject
    SecurityContext securityContext;

    @EJB
    AccountService accounts;

    @Inject
    SignInRateLimit rateLimit;

    private String username;
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        // the identity store refuses these anyway; asking first lets the page say why
        Optional<Duration> wait = rateLimit.retryAfter(username);
        if (wait.isPresent()) {
            long seconds = SignInRateLimit.seconds(wait.get());
            ext.setResponseStatus(429);
            ext.setResponseHeader("Retry-After", Long.toString(seconds));
            String text = MessageFormat.format(Messages.get(faces, "login.tooManyFailures"), Long.toString(seconds));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) ext.getRequest(), (HttpServletResponse) ext.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.trim(),
                                new Password(password == null ? "" : password)))
                        .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SEND_FAILURE -> {
                // Forget the failed attempt's state (kept in the session by the form mechanism): without
                // this, the next request for a protected page gets an empty answer instead of the login page.
                ext.invalidateSession();
                String text = Messages.get(faces, "login.failed");
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            }
            default -> ext.redirect(ext.getRequestContextPath() + "/dashboard.xhtml");
        }
    }

    public void logout() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        if (ext.getUserPrincipal() != null) {
            accounts.signedOut(ext.getUserPrincipal().getName());
        }
        ((HttpServletRequest) ext.getRequest()).logout();
        ext.invalidateSession();
        ext.redirect(ext.getRequestContextPath() + "/login.xhtml");
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
