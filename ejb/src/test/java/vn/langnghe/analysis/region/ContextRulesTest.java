package vn.langnghe.analysis.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The context rules of issue 17, each in both directions: the trap is left out, the place is kept. */
class ContextRulesTest {
    private static final RegionMatcher M = RegionMatcher.load();

    private static String areas(String text) {
        return String.join(",", M.find(text).stream().map(RegionMatch::area).distinct().toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "anh Tân Bình nói đúng đó|",
        "chị Bình Dương ơi cho em hỏi|",
        "cô Phú Nhuận dạy toán hay lắm|",
        "ông Bình Chánh hàng xóm mới mất xe|",
        "em Thủ Đức à, mai nộp báo cáo nha|",
        "bác Gò Vấp ơi|",
        "bạn Long An đăng nhầm nhóm|",
        "Mr Binh Duong will call you|",
        "Ms. Tan Binh called back|",
        "Anh Tân Bình ơi, Tân Bình có cúp nước không|tan_binh",
        "nhà anh ở Tân Bình|tan_binh",
        "quận Tân Bình ngập|tan_binh",
        "chị ở quận Phú Nhuận hả|phu_nhuan",
        "phường Phú Nhuận làm hồ sơ nhanh|phu_nhuan",
        "anh em Thủ Đức ơi ngập chưa|thu_duc",
        "anh chị Tân Bình cẩn thận|tan_binh",
        "bà con Gò Vấp lưu ý|go_vap",
        "các bác Gò Vấp cho hỏi|go_vap",
        "quê chị Bình Dương|binh_duong",
        "Quận nào ngập? Có Tân Bình, Gò Vấp|tan_binh,go_vap",
        "chỉ Tân Bình bị cúp điện|tan_binh",
        "co Phu Nhuan bi ngap khong|phu_nhuan",
        "anh Bà Điểm|",
        "Bà Điểm ngập|hoc_mon",
    })
    void personNamesAreNotPlaces(String text, String expected) {
        assertEquals(expected == null ? "" : expected, areas(text), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "TP.HCM mưa lớn|hcmc",
        "TP HCM mưa lớn|hcmc",
        "TPHCM kẹt xe|hcmc",
        "tp.hcm ngap|hcmc",
        "Tp Hồ Chí Minh nắng nóng|hcmc",
        "thành phố cần làm gì với kẹt xe|hcmc",
        "UBND thành phố vừa ra văn bản|hcmc",
        "toàn thành phố có 20 điểm ngập|hcmc",
        "Lãnh đạo của thành phố cần vào cuộc|hcmc",
        "Chủ tịch thành phố chỉ đạo|hcmc",
        "Sài Gòn mưa|hcmc",
        "Saigon traffic|hcmc",
        "HCMC flooding|hcmc",
        "Ho Chi Minh City metro|hcmc",
        "thành phố mang tên Bác lại ngập|hcmc",
        "người Sài thành|hcmc",
        "Sì Gòn nóng quá|hcmc",
        "nguoi Sai Thanh than troi|hcmc",
        "ghi sai thành 2 lần|",
        "ghi sai thanh 2 lan|",
        "dân SG khổ quá|hcmc",
        "TP ngập nặng sau mưa|hcmc",
        "toàn TP có 20 điểm ngập|hcmc",
        "tp đi rồi|",
        "đi sg chơi|",
        "thành phố Thủ Đức ngập|thu_duc",
        "thành phố Vũng Tàu đông khách|ba_ria_vung_tau",
        "thành phố Thủ Dầu Một kẹt xe|binh_duong",
        "UBND thành phố Thủ Đức thông báo|thu_duc",
        "UBND TP Thủ Đức|thu_duc",
        "UBND TP. Bảo Lộc họp|",
        "thành phố Paris đẹp quá|",
        "các thành phố lớn đều kẹt xe|",
        "5 thành phố trực thuộc trung ương|",
        "thành phố khác không như vậy|",
        "Thành phố Hà Nội cấm xe máy|",
        "Singapore (SG) is hot|",
        "tư tưởng Hồ Chí Minh|",
        "vào Hồ Chí Minh làm việc|hcmc",
        "Đường Hồ Chí Minh đoạn qua Tây Nguyên sạt lở|",
        "đường ở Hồ Chí Minh ngập hết|hcmc",
    })
    void theCityAsAWhole(String text, String expected) {
        assertEquals(expected == null ? "" : expected, areas(text), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BR-VT mưa lớn|ba_ria_vung_tau",
        "BRVT có đường mới|ba_ria_vung_tau",
        "BR - VT kẹt xe|ba_ria_vung_tau",
        "Bà Rịa - Vũng Tàu mưa to|ba_ria_vung_tau",
        "Bà Rịa–Vũng Tàu mưa to|ba_ria_vung_tau",
        "Bà Rịa-VT mưa|ba_ria_vung_tau",
        "Vung Tau dong khach|ba_ria_vung_tau",
        "xe khách đi Vũng Tầu|ba_ria_vung_tau",
        "Ba Ria ket xe|ba_ria_vung_tau",
        "Côn Đảo mất điện|ba_ria_vung_tau",
        "Con Dao mat dien|ba_ria_vung_tau",
        "Long Hải đông|ba_ria_vung_tau",
        "kẹt xe ở ngã ba Vũng Tàu|",
        "Q.PN ngập|phu_nhuan",
        "quận PN ngập|phu_nhuan",
        "QPN kẹt xe|phu_nhuan",
        "Phu Nhuan ngap|phu_nhuan",
        "PHÚ NHUẬN CÚP ĐIỆN|phu_nhuan",
        "P.N ngập|",
        "PN ơi|",
    })
    void baRiaVungTauAndPhuNhuan(String text, String expected) {
        assertEquals(expected == null ? "" : expected, areas(text), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Côn Đảo mất điện|26732",
        "Chợ Bến Thành đông|26743",
        "Kẹt xe trước Bệnh viện Chợ Rẫy|27343",
        "landmark 81 mở cửa|26956",
    })
    void landmarksAndConDaoCarryUnits(String text, String unit) {
        assertEquals(List.of(unit), M.find(text).get(0).units(), text);
    }
}
