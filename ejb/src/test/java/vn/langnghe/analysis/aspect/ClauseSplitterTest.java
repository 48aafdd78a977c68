package vn.langnghe.analysis.aspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseSplitterTest {
    private final ClauseSplitter splitter = new ClauseSplitter();

    @Test
    void contrastMarkersCutAndAreLeftOut() {
        assertEquals(List.of("metro chạy tốt", "xe buýt thì tệ"), splitter.split("metro chạy tốt nhưng xe buýt thì tệ"));
        assertEquals(List.of("Bác sĩ tận tình", "thủ tục rườm rà"), splitter.split("Bác sĩ tận tình, nhưng mà thủ tục rườm rà"));
        assertEquals(List.of("Đường đẹp", "xe tải chạy ẩu"), splitter.split("Đường đẹp, tuy nhiên xe tải chạy ẩu"));
        assertEquals(List.of("The metro is great", "the buses are awful"), splitter.split("The metro is great but the buses are awful"));
        assertEquals(List.of("Staff were helpful", "the portal crashed"), splitter.split("Staff were helpful while the portal crashed"));
        assertEquals(List.of("Park is lovely", "the landfill stinks"), splitter.split("Park is lovely, whereas the landfill stinks"));
    }

    @Test
    void sentencesAndSemicolonsCut() {
        assertEquals(List.of("Kẹt xe cả tiếng", "Chán thật sự"), splitter.split("Kẹt xe cả tiếng. Chán thật sự!"));
        assertEquals(List.of("Xe buýt mới chạy êm", "trạm chờ thì ngập"), splitter.split("Xe buýt mới chạy êm; trạm chờ thì ngập"));
        assertEquals(List.of("dòng một", "dòng hai"), splitter.split("dòng một\ndòng hai"));
    }

    @Test
    void ambiguousWordsCutOnlyAfterAComma() {
        assertEquals(List.of("Điện lực sửa nhanh", "nước thì cúp hai ngày"), splitter.split("Điện lực sửa nhanh, còn nước thì cúp hai ngày"));
        assertEquals(List.of("Đường vẫn còn ngập"), splitter.split("Đường vẫn còn ngập"), "còn = still");
        assertEquals(List.of("Pháo hoa đẹp", "rác đầy đường"), splitter.split("Pháo hoa đẹp, mà rác đầy đường"));
        assertEquals(List.of("Mưa 10 phút mà ngập tới gối"), splitter.split("Mưa 10 phút mà ngập tới gối"));
        assertEquals(List.of("I waited for a while at the stop"), splitter.split("I waited for a while at the stop"));
    }

    @Test
    void aConcessiveOpenerCutsAtItsComma() {
        assertEquals(List.of("Mặc dù metro chạy tốt", "xe buýt vẫn tệ"), splitter.split("Mặc dù metro chạy tốt, xe buýt vẫn tệ"));
        assertEquals(List.of("Although the doctor was kind", "the wait was awful"),
                splitter.split("Although the doctor was kind, the wait was awful"));
        assertEquals(List.of("Tuy nhiên, đường vẫn ngập"), splitter.split("Tuy nhiên, đường vẫn ngập"), "not a concessive");
    }

    @Test
    void numbersWebAddressesAndUnaccentedTextStayWhole() {
        assertEquals(List.of("Giá xăng tăng 1.200 đồng, lên 23.5 nghìn"), splitter.split("Giá xăng tăng 1.200 đồng, lên 23.5 nghìn"));
        assertEquals(List.of("Đọc trên vnexpress.net rồi"), splitter.split("Đọc trên vnexpress.net rồi"));
        assertEquals(List.of("metro chay nhanh", "xe buyt cho lau qua"), splitter.split("metro chay nhanh nhung xe buyt cho lau qua"));
        assertEquals(List.of("metro ổn", "bus tệ"), splitter.split("metro ổn nma bus tệ"));
    }

    @Test
    void emojiAndPunctuationStayWithTheirClauseAndNothingIsBlank() {
        assertEquals(List.of("Kẹt xe quá 😡"), splitter.split("Kẹt xe quá. 😡"));
        assertEquals(List.of("Lại ngập 🙃 mưa 10 phút là thành sông"), splitter.split("Lại ngập 🙃 mưa 10 phút là thành sông"));
        assertEquals(List.of(), splitter.split("  "));
        assertEquals(List.of(), splitter.split(null));
        assertEquals(List.of("ok"), splitter.split("... ok !!!"));
    }
}
