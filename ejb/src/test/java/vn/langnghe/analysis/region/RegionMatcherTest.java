package vn.langnghe.analysis.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionMatcherTest {
    private static final RegionMatcher M = RegionMatcher.load();

    static List<String> areas(String text) {
        return M.find(text).stream().map(RegionMatch::area).toList();
    }

    @Test
    void loadIsCached() {
        assertSame(M, RegionMatcher.load());
    }

    @Test
    void numberedDistrictsAreWholeTokens() {
        assertEquals(List.of("q10"), areas("Kẹt xe ở Q10 quá trời"));
        assertEquals(List.of("q12"), areas("quan 12 ngap nuoc"));
        assertEquals(List.of("q11"), areas("Quận 11 mưa to"));
        assertEquals(List.of("q10"), areas("nhà ở quận 10 gần chợ"));
        assertEquals(List.of("q1", "q7"), areas("Q1 và Q.7 đều kẹt"));
        assertEquals(List.of("q1"), areas("Đi Q.1 ăn tối"));
        assertEquals(List.of("q1"), areas("q 1 hôm nay đông"));
        assertEquals(List.of("q12"), areas("Q.12 ngập"));
        assertEquals(List.of(), areas("Tôi có 1 con mèo và 12 con cá"));
        assertEquals(List.of("thu_duc", "thu_duc", "thu_duc"), areas("Quận 2 với quận 9 giờ là Thủ Đức"));
    }

    @Test
    void binhTanBinhThanhTanBinhTanPhu() {
        assertEquals(List.of("binh_tan"), areas("Quận Bình Tân mất điện"));
        assertEquals(List.of("binh_thanh"), areas("Quận Bình Thạnh mất điện"));
        assertEquals(List.of("tan_binh"), areas("Quận Tân Bình mất điện"));
        assertEquals(List.of("tan_phu"), areas("Quận Tân Phú mất điện"));
        assertEquals(List.of("binh_tan"), areas("binh tan mat dien"));
        assertEquals(List.of("binh_thanh"), areas("binh thanh mat dien"));
        assertEquals(List.of("tan_binh"), areas("tan binh mat dien"));
        assertEquals(List.of("tan_phu"), areas("TAN PHU MAT DIEN"));
        assertEquals(List.of("binh_tan", "binh_thanh", "tan_binh", "tan_phu"),
                areas("Bình Tân, Bình Thạnh, Tân Bình và Tân Phú đều mưa"));
        assertEquals(List.of("binh_tan", "binh_thanh", "tan_binh", "tan_phu"),
                areas("q binh tan, q.binh thanh, Q.Tan Binh, quan tan phu"));
    }

    @Test
    void otherProvincesAreNotRegions() {
        assertEquals(List.of(), areas("Hà Nội mưa lớn"));
        assertEquals(List.of(), areas("Biên Hòa kẹt xe kinh khủng"));
        assertEquals(List.of(), areas("Về quê Long An, Cần Thơ, Đà Nẵng chơi"));
        assertEquals(List.of(), areas("Thành phố Hà Nội cấm xe máy"));
        assertEquals(List.of(), areas("kẹt xe ở ngã ba Vũng Tàu"));
        assertEquals(List.of("hcmc"), areas("Từ Sài Gòn ra Hà Nội mất 2 tiếng bay"));
    }

    @Test
    void wardSaiGonIsNotTheCity() {
        List<RegionMatch> m = M.find("Mưa ngập phường Sài Gòn chiều nay");
        assertEquals(1, m.size());
        assertEquals("q1", m.get(0).area());
        assertEquals(List.of("26740"), m.get(0).units());
        assertEquals("phường Sài Gòn", m.get(0).text());
        assertEquals(List.of("hcmc"), areas("Sài Gòn mưa quá"));
        assertEquals(List.of("hcmc"), areas("Saigon traffic is crazy"));
        assertEquals(List.of("hcmc"), areas("TP.HCM nắng nóng"));
        assertEquals(List.of("hcmc"), areas("tphcm nang nong"));
        assertEquals(List.of("hcmc"), areas("HCMC flooding again"));
        assertEquals(List.of("hcmc"), areas("thành phố nắng nóng kỷ lục"));
    }

    @Test
    void oldWardMapsToNewUnits() {
        for (String t : List.of("phường 12 Gò Vấp", "P.12 Gò Vấp", "P12 Q.Gò Vấp", "phuong 12, quan go vap", "F12 GV")) {
            List<RegionMatch> m = M.find("Nhà tôi ở " + t + " bị cúp nước");
            if (t.equals("F12 GV")) {
                // "GV" without a quận prefix is too vague: nothing is read
                assertTrue(m.isEmpty(), t);
                continue;
            }
            assertEquals(1, m.size(), t);
            assertEquals("go_vap", m.get(0).area(), t);
            assertEquals(List.of("26882"), m.get(0).units(), t);
            assertEquals(t, m.get(0).text());
        }
        List<RegionMatch> m = M.find("phường Đa Kao quận 1");
        assertEquals(1, m.size());
        assertEquals("q1", m.get(0).area());
        assertEquals(List.of("26737", "26740"), m.get(0).units());
        assertEquals(List.of(), areas("phường 12 bị cúp điện")); // no district: not readable
    }

    @Test
    void thuDuc() {
        assertEquals(List.of("thu_duc"), areas("TP Thủ Đức kẹt xe"));
        assertEquals(List.of("thu_duc"), areas("tp thu duc ket xe"));
        assertEquals(List.of("thu_duc"), areas("TP.Thủ Đức"));
        assertEquals(List.of("thu_duc"), areas("Thu Duc City traffic"));
        assertEquals(List.of("thu_duc"), areas("thành phố Thủ Đức"));
        assertEquals("thành phố Thủ Đức", M.find("thành phố Thủ Đức").get(0).text());
    }

    @Test
    void abbreviationBtOnlyWithPrefix() {
        assertEquals(List.of("binh_thanh"), areas("nhà ở quận BT"));
        assertEquals(List.of("binh_thanh"), areas("Q.BT ngập"));
        assertEquals(List.of("binh_thanh"), areas("q bt mưa"));
        assertEquals(List.of(), areas("BT về muộn quá"));
        assertEquals(List.of(), areas("bt ve muon"));
        assertEquals(List.of("go_vap"), areas("Q.GV kẹt xe"));
        assertEquals(List.of(), areas("GV dạy hay quá"));
    }

    @Test
    void formerProvincesAndTheirDistricts() {
        assertEquals(List.of("binh_duong"), areas("Thủ Dầu Một mưa lớn"));
        assertEquals(List.of("binh_duong"), areas("Dĩ An kẹt xe"));
        assertEquals(List.of("binh_duong"), areas("thuan an ngap"));
        assertEquals(List.of("binh_duong"), areas("Bình Dương nắng"));
        assertEquals(List.of("ba_ria_vung_tau"), areas("cuối tuần đi Vũng Tàu"));
        assertEquals(List.of("ba_ria_vung_tau"), areas("Bà Rịa"));
        assertEquals(List.of("ba_ria_vung_tau"), areas("du lịch Côn Đảo"));
        assertEquals(List.of("ba_ria_vung_tau"), areas("Bà Rịa - Vũng Tàu"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Đi chợ Bến Thành mua đồ|q1",
        "ben thanh market|q1",
        "BEN THANH đông quá|q1",
        "Landmark 81 lên đèn|binh_thanh",
        "kẹt cứng cầu Sài Gòn|binh_thanh",
        "vòng xoay Dân Chủ ngập|q3",
        "đường Nguyễn Hữu Cảnh lại ngập|binh_thanh",
        "nguyen huu canh ngap|binh_thanh",
        "sân bay Tân Sơn Nhất đông nghẹt|tan_binh",
        "Tan Son Nhat airport delays|tan_binh",
        "đi chơi Đầm Sen|q11",
        "khu du lịch Suối Tiên|thu_duc",
        "Bệnh viện Chợ Rẫy quá tải|q5",
        "BV Chợ Rẫy|q5",
        "Nhà thờ Đức Bà đang trùng tu|q1",
        "Dinh Độc Lập|q1",
        "Thảo Cầm Viên cuối tuần|q1",
        "bến xe Miền Tây|binh_tan",
        "bến xe Miền Đông mới|thu_duc",
        "Phú Mỹ Hưng|q7",
        "cầu Phú Mỹ kẹt xe|q7",
        "ngã tư Hàng Xanh|binh_thanh",
        "Bệnh viện Nhi Đồng 1|q10",
        "Aeon Mall Tân Phú|tan_phu",
        "Aeon Mall Bình Tân|binh_tan",
        "xa lộ Hà Nội kẹt xe|thu_duc",
        "địa đạo Củ Chi|cu_chi",
        "rừng Sác Cần Giờ|can_gio",
        "khu du lịch Đại Nam|binh_duong",
        "tượng Chúa Kitô Vua|ba_ria_vung_tau",
        "Bùi Viện đông vui|q1",
        "chợ Bình Tây|q6",
        "khu công nghiệp Tân Bình|tan_phu",
        "cầu Thủ Thiêm|thu_duc",
        "Hồ Con Rùa|q3",
    })
    void landmarks(String text, String area) {
        assertEquals(List.of(area), areas(text), text);
    }

    @Test
    void english() {
        assertEquals(List.of("q1"), areas("traffic jam near Ben Thanh market"));
        assertEquals(List.of("q7"), areas("Living in District 7 is nice"));
        assertEquals(List.of("q1"), areas("D1 rooftop bars"));
        assertEquals(List.of("thu_duc"), areas("Thu Duc City metro"));
        assertEquals(List.of("binh_thanh"), areas("Binh Thanh District"));
    }

    @Test
    void offsetsAndText() {
        String s = "Kẹt xe ở Q.10 và chợ Bến Thành";
        List<RegionMatch> m = M.find(s);
        assertEquals(2, m.size());
        assertEquals("Q.10", m.get(0).text());
        assertEquals("Q.10", s.substring(m.get(0).start(), m.get(0).end()));
        assertEquals("chợ Bến Thành", m.get(1).text());
        assertEquals(List.of(new RegionMatch("q10", List.of(), "Q10", 9, 12),
                new RegionMatch("go_vap", List.of("26882"), "phường 12 Gò Vấp", 14, 30)),
                M.find("Kẹt xe ở Q10, phường 12 Gò Vấp cúp nước"));
        assertTrue(M.find("").isEmpty());
        assertTrue(M.find(null).isEmpty());
        assertFalse(M.find("Bến Thành").isEmpty());
    }

    @Test
    void decomposedInputWorks() {
        String nfd = java.text.Normalizer.normalize("Quận Bình Thạnh", java.text.Normalizer.Form.NFD);
        List<RegionMatch> m = M.find(nfd);
        assertEquals(List.of("binh_thanh"), m.stream().map(RegionMatch::area).toList());
        assertEquals(nfd, m.get(0).text());
    }

    @Test
    void fast() {
        String post = "Sáng nay kẹt xe kinh khủng ở vòng xoay Dân Chủ, Q3, rồi qua cầu Sài Gòn về TP Thủ Đức mất "
                + "cả tiếng. Chiều mưa lớn, đường Nguyễn Hữu Cảnh lại ngập, phường 12 Gò Vấp cúp điện. Bạn tôi ở "
                + "Bình Tân nói chợ Bến Thành vẫn đông, còn Hà Nội thì nắng. Ai ở quan 12 hay Q.BT cho hỏi với!!";
        for (int i = 0; i < 20_000; i++) {
            M.find(post);
        }
        int n = 50_000;
        long t0 = System.nanoTime();
        int total = 0;
        for (int i = 0; i < n; i++) {
            total += M.find(post).size();
        }
        double us = (System.nanoTime() - t0) / 1000.0 / n;
        System.out.printf("RegionMatcher: %.1f µs per %d-char post (%d matches)%n", us, post.length(), total / n);
        assertTrue(us < 200, "too slow: " + us + " µs");
    }
}
