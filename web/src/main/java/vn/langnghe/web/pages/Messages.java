package vn.langnghe.web.pages;

import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** Texts of the current locale for messages built in Java. */
final class Messages {
    private Messages() {
    }

    static String get(FacesContext faces, String key) {
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    static ResourceBundle bundle(FacesContext faces) {
        return faces.getApplication().getResourceBundle(faces, "msg");
    }
}
