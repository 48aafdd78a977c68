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

    public Locale getLocale() {
        if (locale == null) {
            locale = fromBrowser(FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestHeaderMap().get("Accept-Language"));
        }
        return locale;
    }

    /**
     * The first of Vietnamese or English in the browser's preferences; Vietnamese when the browser
     * names neither (or sends nothing: the server's own default locale must not decide).
     */
    static Locale fromBrowser(String acceptLanguage) {
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String lang = range.getRange().split("-")[0];
                    if (lang.equals("vi")) {
                        return VIETNAMESE;
                    }
                    if (lang.equals("en")) {
                        return Locale.ENGLISH;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                return VIETNAMESE;
            }
        }
        return VIETNAMESE;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public void use(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : VIETNAMESE;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }

    /** The language chosen or taken from the browser so far, or null: for servlets outside Faces. */
    public Locale chosen() {
        return locale;
    }
}
