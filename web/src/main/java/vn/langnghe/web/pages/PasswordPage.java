package vn.langnghe.web.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Optional;
import java.util.Set;
import vn.langnghe.account.Account;
import vn.langnghe.account.AccountService;
import vn.langnghe.account.PasswordPolicy;
import vn.langnghe.account.PasswordProblem;
import vn.langnghe.account.UnitService;

/**
 * "My account": who the signed-in account is (unit, roles, the data scope it sees, the personal-data
 * clearance), then the change of its own password (current password, new one twice). An account with
 * a generated password is kept here until it has chosen its own.
 */
@Named
@RequestScoped
public class PasswordPage {
    @EJB
    AccountService accounts;

    @EJB
    UnitService units;

    private Account me;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    /** The password was generated: the page says why the account is here. */
    public boolean isChangeRequired() {
        return caller().flatMap(accounts::find).map(Account::isMustChangePassword).orElse(false);
    }

    /** The signed-in account, read once per request. */
    public Account getMe() {
        if (me == null) {
            me = caller().flatMap(accounts::find).orElse(null);
        }
        return me;
    }

    public String getRoleNames() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Account a = getMe();
        return a == null ? "" : String.join(", ", a.getRoles().stream().sorted()
                .map(r -> Messages.get(faces, "role." + r.group())).toList());
    }

    public String getScope() {
        Account a = getMe();
        return a == null ? "" : ScopeText.describe(FacesContext.getCurrentInstance(), a.getUnit().scope(), units.scopeCodes());
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public void change() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        String username = caller().orElseThrow(() -> new IllegalStateException("the page needs a signed-in account"));
        if (!text(newPassword).equals(text(repeatedPassword))) {
            error(faces, Messages.get(faces, "password.mismatch"));
            return;
        }
        Set<PasswordProblem> problems = accounts.changePassword(username, text(currentPassword).toCharArray(),
                text(newPassword).toCharArray());
        if (!problems.isEmpty()) {
            problems.forEach(p -> error(faces, message(faces, p)));
            return;
        }
        ExternalContext ext = faces.getExternalContext();
        ext.redirect(ext.getRequestContextPath() + "/dashboard.xhtml");
    }

    private static String message(FacesContext faces, PasswordProblem problem) {
        return MessageFormat.format(Messages.get(faces, problem.messageKey()), String.valueOf(PasswordPolicy.MIN_LENGTH));
    }

    private static void error(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static Optional<String> caller() {
        return Optional.ofNullable(FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal())
                .map(java.security.Principal::getName);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String s) { currentPassword = s; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String s) { newPassword = s; }
    public String getRepeatedPassword() { return repeatedPassword; }
    public void setRepeatedPassword(String s) { repeatedPassword = s; }
}
