package vn.langnghe.web.pages;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

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
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        String query = returnQuery(faces.getExternalContext().getRequestParameterMap().get(RETURN_PARAM));
        if (query != null) {
            // a bookmarkable page (the search) keeps its state in the URL: open the same URL again in the
            // new language rather than re-rendering the postback, whose address has lost the query string
            String viewId = faces.getViewRoot().getViewId();
            String path = viewId.endsWith(".xhtml") && EXTENSIONLESS.contains(viewId) ? viewId.substring(0, viewId.length() - 6) : viewId;
            try {
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + path + "?" + query);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The request parameter a bookmarkable page's language links carry its query string in. */
    static final String RETURN_PARAM = "ln-return";
    /** Views mapped without their extension (web.xml). */
    static final Set<String> EXTENSIONLESS = Set.of("/search.xhtml", "/post.xhtml");
    private static final Pattern QUERY = Pattern.compile("[A-Za-z0-9%&=+._~:/*!'(),;@?-]{1,4000}");

    /**
     * The query string to return with, only as a browser sends one (percent-encoded, no line breaks, no
     * fragment), so the redirect can only lead to the same page with other parameters; null otherwise.
     */
    static String returnQuery(String posted) {
        return posted != null && QUERY.matcher(posted).matches() ? posted : null;
    }
}
