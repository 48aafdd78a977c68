package vn.langnghe.tools.demo;

import java.util.List;

/**
 * Hand-picked places of Ho Chi Minh City used to fill template slots. Unit codes are the codes of the
 * new (2025) wards and communes; area codes are the pre-2025 districts that residents still name.
 */
final class DemoPlaces {

    /** A district-level area: code and the names people use for it (several spellings). */
    record Area(String code, List<String> vi, List<String> en) {
    }

    /** A place that fills a slot; {@code unit} is set only for wards and communes. */
    record Place(String vi, String en, List<String> areas, String unit) {
    }

    static final List<Area> AREAS = List.of(
            area("q1", "Quận 1;Q1;Q.1;quận 1", "District 1;D1"),
            area("q3", "Quận 3;Q3;Q.3", "District 3;D3"),
            area("q4", "Quận 4;Q4", "District 4"),
            area("q5", "Quận 5;Q5", "District 5;Cholon"),
            area("q6", "Quận 6;Q6", "District 6"),
            area("q7", "Quận 7;Q7;Q.7", "District 7;D7"),
            area("q8", "Quận 8;Q8", "District 8"),
            area("q10", "Quận 10;Q10", "District 10"),
            area("q11", "Quận 11;Q11", "District 11"),
            area("q12", "Quận 12;Q12", "District 12"),
            area("binh_tan", "Bình Tân;quận Bình Tân", "Binh Tan"),
            area("binh_thanh", "Bình Thạnh;quận Bình Thạnh", "Binh Thanh"),
            area("go_vap", "Gò Vấp;quận Gò Vấp", "Go Vap"),
            area("phu_nhuan", "Phú Nhuận;quận Phú Nhuận", "Phu Nhuan"),
            area("tan_binh", "Tân Bình;quận Tân Bình", "Tan Binh"),
            area("tan_phu", "Tân Phú;quận Tân Phú", "Tan Phu"),
            area("thu_duc", "Thủ Đức;TP Thủ Đức;Thủ Đức cũ", "Thu Duc;Thu Duc City"),
            area("binh_chanh", "Bình Chánh;huyện Bình Chánh", "Binh Chanh"),
            area("can_gio", "Cần Giờ;huyện Cần Giờ", "Can Gio"),
            area("cu_chi", "Củ Chi;huyện Củ Chi", "Cu Chi"),
            area("hoc_mon", "Hóc Môn;huyện Hóc Môn", "Hoc Mon"),
            area("nha_be", "Nhà Bè;huyện Nhà Bè", "Nha Be"),
            area("binh_duong", "Bình Dương;Dĩ An;Thủ Dầu Một;Thuận An", "Binh Duong;Di An"),
            area("ba_ria_vung_tau", "Vũng Tàu;Bà Rịa", "Vung Tau;Ba Ria"));

    /** New wards and communes (code, name as written, area). */
    static final List<Place> WARDS = List.of(
            ward("26740", "phường Sài Gòn", "q1"),
            ward("26743", "phường Bến Thành", "q1"),
            ward("26737", "phường Tân Định", "q1"),
            ward("26758", "phường Cầu Ông Lãnh", "q1"),
            ward("27142", "phường Nhiêu Lộc", "q3"),
            ward("27154", "phường Bàn Cờ", "q3"),
            ward("27139", "phường Xuân Hòa", "q3"),
            ward("27265", "phường Khánh Hội", "q4"),
            ward("27259", "phường Xóm Chiếu", "q4"),
            ward("27343", "phường Chợ Lớn", "q5"),
            ward("27316", "phường An Đông", "q5"),
            ward("27367", "phường Bình Tây", "q6"),
            ward("27349", "phường Phú Lâm", "q6"),
            ward("27475", "phường Tân Hưng", "q7"),
            ward("27478", "phường Tân Thuận", "q7"),
            ward("27487", "phường Tân Mỹ", "q7"),
            ward("27418", "phường Chánh Hưng", "q8"),
            ward("27427", "phường Phú Định", "q8"),
            ward("27190", "phường Vườn Lài", "q10"),
            ward("27163", "phường Hòa Hưng", "q10"),
            ward("27238", "phường Minh Phụng", "q11"),
            ward("27226", "phường Phú Thọ", "q11"),
            ward("26791", "phường Đông Hưng Thuận", "q12"),
            ward("26782", "phường Tân Thới Hiệp", "q12"),
            ward("27442", "phường Bình Tân", "binh_tan"),
            ward("27448", "phường Bình Trị Đông", "binh_tan"),
            ward("27460", "phường An Lạc", "binh_tan"),
            ward("26944", "phường Gia Định", "binh_thanh"),
            ward("26956", "phường Thạnh Mỹ Tây", "binh_thanh"),
            ward("26929", "phường Bình Thạnh", "binh_thanh"),
            ward("26884", "phường Gò Vấp", "go_vap"),
            ward("26876", "phường An Nhơn", "go_vap"),
            ward("26890", "phường Hạnh Thông", "go_vap"),
            ward("27073", "phường Phú Nhuận", "phu_nhuan"),
            ward("27058", "phường Cầu Kiệu", "phu_nhuan"),
            ward("26968", "phường Tân Sơn Nhất", "tan_binh"),
            ward("27004", "phường Tân Bình", "tan_binh"),
            ward("26983", "phường Bảy Hiền", "tan_binh"),
            ward("27031", "phường Tân Phú", "tan_phu"),
            ward("27013", "phường Tây Thạnh", "tan_phu"),
            ward("26824", "phường Thủ Đức", "thu_duc"),
            ward("26842", "phường Tăng Nhơn Phú", "thu_duc"),
            ward("27094", "phường An Khánh", "thu_duc"),
            ward("27112", "phường Cát Lái", "thu_duc"),
            ward("26833", "phường Long Bình", "thu_duc"),
            ward("26809", "phường Hiệp Bình", "thu_duc"),
            ward("27637", "xã Bình Chánh", "binh_chanh"),
            ward("27601", "xã Vĩnh Lộc", "binh_chanh"),
            ward("27664", "xã Cần Giờ", "can_gio"),
            ward("27673", "xã An Thới Đông", "can_gio"),
            ward("27553", "xã Củ Chi", "cu_chi"),
            ward("27541", "xã Phú Hòa Đông", "cu_chi"),
            ward("27559", "xã Hóc Môn", "hoc_mon"),
            ward("27592", "xã Bà Điểm", "hoc_mon"),
            ward("27655", "xã Nhà Bè", "nha_be"),
            ward("27658", "xã Hiệp Phước", "nha_be"),
            ward("25942", "phường Dĩ An", "binh_duong"),
            ward("25747", "phường Thủ Dầu Một", "binh_duong"),
            ward("25978", "phường Thuận An", "binh_duong"),
            ward("26506", "phường Vũng Tàu", "ba_ria_vung_tau"),
            ward("26560", "phường Bà Rịa", "ba_ria_vung_tau"));

    static final List<Place> ROADS = List.of(
            road("Nguyễn Hữu Cảnh", null, "binh_thanh"),
            road("Điện Biên Phủ", null, "binh_thanh,q3"),
            road("Xô Viết Nghệ Tĩnh", null, "binh_thanh"),
            road("Ung Văn Khiêm", null, "binh_thanh"),
            road("Phạm Văn Đồng", null, "go_vap,thu_duc"),
            road("Quang Trung", null, "go_vap"),
            road("Nguyễn Oanh", null, "go_vap"),
            road("Cộng Hòa", null, "tan_binh"),
            road("Trường Chinh", null, "tan_binh,tan_phu"),
            road("Lũy Bán Bích", null, "tan_phu"),
            road("Kinh Dương Vương", null, "binh_tan"),
            road("Tỉnh lộ 10", "Provincial Road 10", "binh_tan"),
            road("Nguyễn Văn Linh", null, "q7"),
            road("Huỳnh Tấn Phát", null, "q7,nha_be"),
            road("Nguyễn Thị Thập", null, "q7"),
            road("Lê Văn Lương", null, "nha_be"),
            road("Xa lộ Hà Nội", "Hanoi Highway", "thu_duc"),
            road("Lê Văn Việt", null, "thu_duc"),
            road("Kha Vạn Cân", null, "thu_duc"),
            road("Võ Văn Ngân", null, "thu_duc"),
            road("Mai Chí Thọ", null, "thu_duc"),
            road("Võ Văn Kiệt", null, "q1,q5"),
            road("Nguyễn Huệ", null, "q1"),
            road("Lê Lợi", null, "q1"),
            road("Hai Bà Trưng", null, "q1,q3"),
            road("Nam Kỳ Khởi Nghĩa", null, "q3"),
            road("Cách Mạng Tháng 8", null, "q3,q10"),
            road("3 Tháng 2", "3 Thang 2 Street", "q10,q11"),
            road("Lý Thường Kiệt", null, "q10"),
            road("Hồng Bàng", null, "q5,q6"),
            road("Phạm Thế Hiển", null, "q8"),
            road("Tạ Quang Bửu", null, "q8"),
            road("Hoàng Văn Thụ", null, "phu_nhuan,tan_binh"),
            road("Phan Đăng Lưu", null, "phu_nhuan"),
            road("Nguyễn Văn Trỗi", null, "phu_nhuan"),
            road("Tô Ký", null, "q12"),
            road("Nguyễn Văn Quá", null, "q12"),
            road("Quốc lộ 22", "Highway 22", "hoc_mon,cu_chi"),
            road("Quốc lộ 1A", "Highway 1A", "binh_tan,binh_chanh"),
            road("Nguyễn Tất Thành", null, "q4"),
            road("Hoàng Diệu", null, "q4"),
            road("Rừng Sác", null, "can_gio"),
            road("Đại lộ Bình Dương", "Binh Duong Avenue", "binh_duong"),
            road("Thùy Vân", null, "ba_ria_vung_tau"));

    /** Junctions, bridges, stations: traffic spots. */
    static final List<Place> SPOTS = List.of(
            spot("vòng xoay Dân Chủ", "Dan Chu roundabout", "q3"),
            spot("ngã tư Hàng Xanh", "Hang Xanh intersection", "binh_thanh"),
            spot("cầu Sài Gòn", "Saigon Bridge", "binh_thanh,thu_duc"),
            spot("bến xe Miền Đông", "Mien Dong bus station", "binh_thanh"),
            spot("ga metro Bến Thành", "Ben Thanh metro station", "q1"),
            spot("ga Suối Tiên", "Suoi Tien station", "thu_duc"),
            spot("nút giao An Phú", "An Phu interchange", "thu_duc"),
            spot("cầu Thủ Thiêm 2", "Thu Thiem 2 Bridge", "q1,thu_duc"),
            spot("hầm Thủ Thiêm", "Thu Thiem tunnel", "q1,thu_duc"),
            spot("sân bay Tân Sơn Nhất", "Tan Son Nhat airport", "tan_binh"),
            spot("nhà ga T3 Tân Sơn Nhất", "Tan Son Nhat Terminal 3", "tan_binh"),
            spot("vòng xoay Lăng Cha Cả", "Lang Cha Ca roundabout", "tan_binh"),
            spot("ngã sáu Gò Vấp", "Go Vap six-way junction", "go_vap"),
            spot("ngã tư An Sương", "An Suong intersection", "q12,hoc_mon"),
            spot("bến xe Miền Tây", "Mien Tay bus station", "binh_tan"),
            spot("vòng xoay An Lạc", "An Lac roundabout", "binh_tan"),
            spot("cầu Kênh Tẻ", "Kenh Te Bridge", "q4,q7"),
            spot("cầu Phú Mỹ", "Phu My Bridge", "q7,thu_duc"),
            spot("ngã tư Thủ Đức", "Thu Duc intersection", "thu_duc"),
            spot("cảng Cát Lái", "Cat Lai port", "thu_duc"),
            spot("cầu vượt Nguyễn Văn Linh", "Nguyen Van Linh flyover", "q7,binh_chanh"),
            spot("ngã tư Bảy Hiền", "Bay Hien intersection", "tan_binh"),
            spot("ngã sáu Phù Đổng", "Phu Dong six-way junction", "q1"),
            spot("ngã tư Phú Nhuận", "Phu Nhuan intersection", "phu_nhuan"));

    static final List<Place> LANDMARKS = List.of(
            spot("phố đi bộ Nguyễn Huệ", "Nguyen Hue walking street", "q1"),
            spot("phố Tây Bùi Viện", "Bui Vien street", "q1"),
            spot("Nhà thờ Đức Bà", "Notre-Dame Cathedral", "q1"),
            spot("bến Bạch Đằng", "Bach Dang pier", "q1"),
            spot("Thảo Cầm Viên", "Saigon Zoo", "q1"),
            spot("hồ Con Rùa", "Turtle Lake", "q3"),
            spot("Landmark 81", "Landmark 81", "binh_thanh"),
            spot("công viên Gia Định", "Gia Dinh Park", "go_vap"),
            spot("Đầm Sen", "Dam Sen park", "q11"),
            spot("Phú Mỹ Hưng", "Phu My Hung", "q7"),
            spot("cầu Ánh Sao", "Starlight Bridge", "q7"),
            spot("khu du lịch Suối Tiên", "Suoi Tien theme park", "thu_duc"),
            spot("rừng Sác Cần Giờ", "Can Gio mangrove forest", "can_gio"),
            spot("biển Cần Giờ", "Can Gio beach", "can_gio"),
            spot("địa đạo Củ Chi", "Cu Chi tunnels", "cu_chi"),
            spot("Bãi Sau Vũng Tàu", "Back Beach in Vung Tau", "ba_ria_vung_tau"),
            spot("Công viên Thủ Thiêm", "Thu Thiem park", "thu_duc"),
            spot("phố người Hoa Chợ Lớn", "Cholon Chinatown", "q5"));

    static final List<Place> MARKETS = List.of(
            spot("chợ Bến Thành", "Ben Thanh Market", "q1"),
            spot("chợ Tân Định", "Tan Dinh Market", "q1"),
            spot("chợ Bà Chiểu", "Ba Chieu Market", "binh_thanh"),
            spot("chợ Bình Tây", "Binh Tay Market", "q6"),
            spot("chợ Hạnh Thông Tây", "Hanh Thong Tay Market", "go_vap"),
            spot("chợ Phạm Văn Hai", "Pham Van Hai Market", "tan_binh"),
            spot("chợ Bà Hoa", "Ba Hoa Market", "tan_binh"),
            spot("chợ Hồ Thị Kỷ", "Ho Thi Ky Market", "q10"),
            spot("chợ Thủ Đức", "Thu Duc Market", "thu_duc"),
            spot("chợ đầu mối Bình Điền", "Binh Dien wholesale market", "q8"),
            spot("chợ đầu mối Hóc Môn", "Hoc Mon wholesale market", "hoc_mon"),
            spot("chợ Dĩ An", "Di An Market", "binh_duong"),
            spot("chợ Xóm Chiếu", "Xom Chieu Market", "q4"));

    static final List<Place> HOSPITALS = List.of(
            spot("Bệnh viện Chợ Rẫy", "Cho Ray Hospital", "q5"),
            spot("Bệnh viện Nhi Đồng 1", "Children's Hospital 1", "q10"),
            spot("Bệnh viện Nhi Đồng 2", "Children's Hospital 2", "q1"),
            spot("Bệnh viện Nhân dân 115", "People's Hospital 115", "q10"),
            spot("Bệnh viện Từ Dũ", "Tu Du Hospital", "q1"),
            spot("Bệnh viện Nhân dân Gia Định", "Gia Dinh People's Hospital", "binh_thanh"),
            spot("Bệnh viện Thủ Đức", "Thu Duc Hospital", "thu_duc"),
            spot("Bệnh viện Nhi Đồng Thành phố", "City Children's Hospital", "binh_chanh"),
            spot("Bệnh viện Quận 7", "District 7 Hospital", "q7"));

    private DemoPlaces() {
    }

    static Area areaByCode(String code) {
        for (Area a : AREAS) {
            if (a.code().equals(code)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown area " + code);
    }

    private static Area area(String code, String vi, String en) {
        return new Area(code, List.of(vi.split(";")), List.of(en.split(";")));
    }

    private static Place ward(String unit, String vi, String area) {
        String bare = vi.substring(vi.indexOf(' ') + 1);
        String en = DemoText.stripDiacritics(bare) + (vi.startsWith("xã") ? " commune" : " ward");
        return new Place(vi, en, List.of(area), unit);
    }

    private static Place road(String vi, String en, String areas) {
        return new Place(vi, en != null ? en : DemoText.stripDiacritics(vi) + " Street", List.of(areas.split(",")), null);
    }

    private static Place spot(String vi, String en, String areas) {
        return new Place(vi, en, List.of(areas.split(",")), null);
    }
}
