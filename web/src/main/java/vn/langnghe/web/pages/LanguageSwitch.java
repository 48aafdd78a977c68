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
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private Locale locale;

    /**
     * Vietnamese until the user picks English, whatever the browser asks for: the city's staff share
     * machines set up in English, and the product's words were chosen in Vietnamese first.
     */
    public Locale getLocale() {
        return locale == null ? VIETNAMESE : locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public void use(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : VIETNAMESE;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
