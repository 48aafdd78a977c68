package vn.langnghe.web.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The error page of the servlet container (web.xml maps the error codes here). Some bad requests are
 * refused before any JAX-RS mapper sees them (a Content-Type whose charset does not exist, a body the
 * container cannot read...); Payara would answer those with its own HTML page, which names the server
 * version. Under {@code /api/} the answer is {@code application/problem+json} like every other API answer; elsewhere a short page
 * in Vietnamese and English.
 */
@WebServlet("/container-error")
public class ContainerErrorPage extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** Status → {Vietnamese, English}. */
    private static final Map<Integer, String[]> TEXT = Map.of(
            400, new String[] {"Yêu cầu không hợp lệ", "bad request"},
            404, new String[] {"Không tìm thấy trang", "not found"},
            405, new String[] {"Phương thức không được hỗ trợ", "method not allowed"},
            413, new String[] {"Nội dung gửi lên quá lớn", "request too large"},
            414, new String[] {"Địa chỉ quá dài", "address too long"},
            415, new String[] {"Kiểu nội dung không được hỗ trợ", "unsupported media type"},
            500, new String[] {"Lỗi máy chủ", "internal server error"},
            503, new String[] {"Dịch vụ tạm thời không sẵn sàng", "service unavailable"});

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse rsp) throws IOException {
        Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? req.getRequestURI() : uri.toString();
        String[] text = TEXT.getOrDefault(status, new String[] {"Lỗi", "error"});
        rsp.setStatus(status);
        rsp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (path.startsWith(req.getContextPath() + "/api/")) {
            rsp.setContentType(ApiProblem.MEDIA_TYPE);
            rsp.getWriter().write(ApiProblem.body(ProblemType.forStatus(status), text[1], null)
                    .add("status", status).build().toString());
        } else {
            rsp.setContentType("text/html");
            rsp.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Lắng Nghe – "
                    + status + "</title></head><body><h1>" + status + " – " + text[0] + "</h1><p lang=\"en\">"
                    + Character.toUpperCase(text[1].charAt(0)) + text[1].substring(1) + "</p><p><a href=\""
                    + req.getContextPath() + "/\">Lắng Nghe</a></p></body></html>");
        }
    }
}
