package vn.langnghe.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExportDownloadServletTest {
    @Test
    void theFileNameHasAnAsciiFallbackAndTheUtf8Form() {
        assertEquals("attachment; filename=\"langnghe-2026-12-07-1530.xlsx\"; filename*=UTF-8''langnghe-2026-12-07-1530.xlsx",
                ExportDownloadServlet.contentDisposition("langnghe-2026-12-07-1530.xlsx"));
        // diacritics, quotes and spaces never break the header
        assertEquals("attachment; filename=\"xu_t__d___li_u_.csv\"; "
                        + "filename*=UTF-8''xu%E1%BA%A5t%20%22d%E1%BB%AF%22%20li%E1%BB%87u%20.csv",
                ExportDownloadServlet.contentDisposition("xuất \"dữ\" liệu .csv"));
    }
}
