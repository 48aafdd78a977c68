package vn.langnghe.web.pages;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The interface language of a session: Vietnamese unless the user picks English. */
@Named
@SessionScoped
public class LanguageSwitch implements Serializable {
    private static final long serialVersionUID = 1L;
    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            locale = requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public void use(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
