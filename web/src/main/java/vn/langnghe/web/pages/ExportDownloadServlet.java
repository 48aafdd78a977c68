package vn.langnghe.web.pages;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;
import java.util.ResourceBundle;
import vn.langnghe.export.ExportJob;
import vn.langnghe.export.ExportJobs;

/**
 * The file of a finished export, for the account that asked for it only (a job of another account, one
 * already downloaded or expired all answer 404 with the same words). Analysts and admins only (web.xml
 * and here: a viewer never exports). The file is deleted once it has been sent whole.
 */
@WebServlet("/export/download")
public class ExportDownloadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @EJB
    ExportJobs jobs;

    @jakarta.inject.Inject
    LanguageSwitch languages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Principal caller = request.getUserPrincipal();
        if (caller == null || !(request.isUserInRole("analyst") || request.isUserInRole("admin"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Optional<ExportJob> job = jobs.download(caller.getName(), request.getParameter("job"));
        if (job.isEmpty()) {
            ResourceBundle texts = ResourceBundle.getBundle("vn.langnghe.web.messages", languages.getLocale());
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain; charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write(texts.getString("export.download.gone"));
            return;
        }
        ExportJob j = job.get();
        response.setContentType(j.format().contentType());
        response.setHeader("Content-Disposition", contentDisposition(j.fileName()));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLengthLong(jobs.size(j));
        jobs.send(j, response.getOutputStream());
    }

    /** An attachment with an ASCII name for old clients and the UTF-8 name (RFC 6266 / 5987) for the rest. */
    static String contentDisposition(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
