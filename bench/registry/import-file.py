#!/usr/bin/env python3
"""import-file.py: writes an alliance spreadsheet (.csv) of N cooperatives in the format the import accepts.

    bench/registry/import-file.py --rows 45000 --out /tmp/coops.csv [--seed 17] [--prefix 9999]

The file is what a provincial alliance exports from its own spreadsheet: UTF-8 with a byte-order mark, CRLF line
ends, the 15 columns of API.md under their Vietnamese labels in mixed case (the app's ImportColumn aliases, which
../shared/perf/perf-import folds the same way), founding dates as dd/mm/yyyy or ISO yyyy-mm-dd, statuses, kinds
and sectors in Vietnamese or English, provinces as a code or a name, names with commas and quotes (quoted as CSV
does), realistic communes. Numbers are plain digits so that psql \\copy loads the same file into a typed table.
Registration numbers are <prefix><6 digits> (default prefix 9999, the number perf-import rewrites per run); rows
that carry no report leave the report columns blank. The same --seed gives the same file byte for byte.
Python 3 standard library only.
"""
import argparse
import csv
import io
import random
import sys
from pathlib import Path

# Vietnamese labels of the 15 columns in the file's order, in the mixed case real sheets have.
HEADER = ['Mã số HTX', 'Tên', 'Loại hình', 'Mã tỉnh', 'Xã/Phường', 'Lĩnh vực', 'Tình trạng', 'Ngày thành lập',
          'Số thành viên', 'Vốn điều lệ', 'Năm báo cáo', 'Doanh thu', 'Lợi nhuận', 'Số lao động',
          'Thu nhập bình quân người lao động']
HEADER_VARIANTS = [str.upper, str.lower, lambda s: s, lambda s: s.title()]

# The 34 provinces (src/main/resources/data/provinces-2025.csv) with communes of each, as people write them.
PROVINCES = {
    '01': ('Hà Nội', ['Xã Sóc Sơn', 'Xã Ba Vì', 'Phường Long Biên', 'Xã Mê Linh', 'Xã Chương Mỹ', 'Xã Ứng Hòa']),
    '04': ('Cao Bằng', ['Xã Trùng Khánh', 'Xã Quảng Hòa', 'Xã Bảo Lạc', 'Phường Thục Phán']),
    '08': ('Tuyên Quang', ['Xã Đồng Văn', 'Xã Mèo Vạc', 'Xã Hoàng Su Phì', 'Xã Lâm Bình', 'Phường Minh Xuân']),
    '11': ('Điện Biên', ['Xã Mường Ảng', 'Xã Tủa Chùa', 'Phường Điện Biên Phủ', 'Xã Mường Nhé']),
    '12': ('Lai Châu', ['Xã Sìn Hồ', 'Xã Tam Đường', 'Xã Phong Thổ', 'Phường Tân Phong']),
    '14': ('Sơn La', ['Xã Mộc Châu', 'Xã Yên Châu', 'Xã Thuận Châu', 'Phường Chiềng Cơi']),
    '15': ('Lào Cai', ['Xã Bắc Hà', 'Xã Mường Khương', 'Xã Bát Xát', 'Xã Y Tý', 'Phường Sa Pa', 'Xã Văn Bàn',
                       'Xã Mù Cang Chải', 'Xã Trạm Tấu', 'Xã Lục Yên']),
    '19': ('Thái Nguyên', ['Xã Tân Cương', 'Xã Định Hóa', 'Xã Phú Lương', 'Phường Phan Đình Phùng']),
    '20': ('Lạng Sơn', ['Xã Bình Gia', 'Xã Văn Quan', 'Xã Lộc Bình', 'Phường Đông Kinh']),
    '22': ('Quảng Ninh', ['Xã Bình Liêu', 'Xã Đầm Hà', 'Xã Tiên Yên', 'Phường Móng Cái 1']),
    '24': ('Bắc Ninh', ['Xã Lục Ngạn', 'Xã Yên Thế', 'Phường Kinh Bắc', 'Xã Tân Yên']),
    '25': ('Phú Thọ', ['Xã Thanh Sơn', 'Xã Tam Đảo', 'Phường Việt Trì', 'Xã Mai Châu']),
    '31': ('Hải Phòng', ['Xã Tiên Lãng', 'Xã Vĩnh Bảo', 'Xã Thanh Hà', 'Phường Hải An']),
    '33': ('Hưng Yên', ['Xã Khoái Châu', 'Xã Văn Giang', 'Phường Phố Hiến', 'Xã Vũ Thư']),
    '37': ('Ninh Bình', ['Xã Kim Sơn', 'Xã Gia Viễn', 'Phường Hoa Lư', 'Xã Hải Hậu']),
    '38': ('Thanh Hóa', ['Xã Quan Hóa', 'Xã Mường Lát', 'Xã Ngọc Lặc', 'Xã Thọ Xuân', 'Phường Hạc Thành']),
    '40': ('Nghệ An', ['Xã Thanh Chương', 'Xã Con Cuông', 'Xã Tương Dương', 'Xã Quỳ Châu', 'Xã Kỳ Sơn',
                       'Xã Quế Phong', 'Xã Nam Đàn', 'Xã Quỳnh Lưu', 'Xã Nghĩa Đàn', 'Xã Anh Sơn', 'Phường Vinh Hưng']),
    '42': ('Hà Tĩnh', ['Xã Hương Khê', 'Xã Vũ Quang', 'Xã Can Lộc', 'Phường Thành Sen']),
    '44': ('Quảng Trị', ['Xã Khe Sanh', 'Xã Lệ Thủy', 'Xã Bố Trạch', 'Phường Đồng Hới']),
    '46': ('Huế', ['Xã A Lưới', 'Xã Phong Điền', 'Phường Thuận Hóa', 'Xã Phú Vang']),
    '48': ('Đà Nẵng', ['Xã Hòa Vang', 'Xã Đại Lộc', 'Phường Hội An', 'Xã Trà My']),
    '51': ('Quảng Ngãi', ['Xã Ba Tơ', 'Xã Sơn Hà', 'Phường Cẩm Thành', 'Xã Đắk Tô']),
    '52': ('Gia Lai', ['Xã Chư Sê', 'Xã Đak Đoa', 'Phường Pleiku', 'Xã Tây Sơn']),
    '56': ('Khánh Hòa', ['Xã Cam Lâm', 'Xã Khánh Vĩnh', 'Phường Nha Trang', 'Xã Ninh Phước']),
    '66': ('Đắk Lắk', ['Xã Krông Pắc', 'Xã Ea Kar', 'Phường Buôn Ma Thuột', 'Xã Sơn Hòa']),
    '68': ('Lâm Đồng', ['Xã Bảo Lâm', 'Xã Di Linh', 'Phường Xuân Hương - Đà Lạt', 'Xã Đắk Mil']),
    '75': ('Đồng Nai', ['Xã Xuân Lộc', 'Xã Bù Đăng', 'Phường Trấn Biên', 'Xã Định Quán']),
    '79': ('Hồ Chí Minh', ['Xã Củ Chi', 'Xã Cần Giờ', 'Phường Bến Thành', 'Xã Long Hải']),
    '80': ('Tây Ninh', ['Xã Tân Biên', 'Xã Đức Hòa', 'Phường Tân Ninh', 'Xã Cần Giuộc']),
    '82': ('Đồng Tháp', ['Xã Cái Bè', 'Xã Tháp Mười', 'Phường Cao Lãnh', 'Xã Chợ Gạo']),
    '86': ('Vĩnh Long', ['Xã Trà Ôn', 'Xã Mỏ Cày', 'Phường Thanh Đức', 'Xã Cầu Ngang']),
    '91': ('An Giang', ['Xã Tri Tôn', 'Xã Tịnh Biên', 'Phường Long Xuyên', 'Xã Phú Quốc']),
    '92': ('Cần Thơ', ['Xã Phong Điền', 'Xã Long Mỹ', 'Phường Ninh Kiều', 'Xã Kế Sách']),
    '96': ('Cà Mau', ['Xã Năm Căn', 'Xã Đầm Dơi', 'Phường An Xuyên', 'Xã Hồng Dân']),
}
# weight of each province: more co-ops in the big agricultural provinces
BIG = {'40': 5, '38': 4, '15': 3, '01': 3, '79': 2, '66': 2, '91': 2, '82': 2}

KINDS = [('HTX', 60), ('hợp tác xã', 15), ('Hợp tác xã', 8), ('THT', 8), ('tổ hợp tác', 5), ('LHHTX', 2),
         ('liên hiệp hợp tác xã', 2)]
SECTORS = [('nông nghiệp', 40), ('agriculture', 8), ('Lâm nghiệp', 5), ('forestry', 2), ('thủy sản', 6),
           ('fishery', 2), ('tiểu thủ công nghiệp', 6), ('handicraft', 2), ('dịch vụ', 8), ('services', 2),
           ('tín dụng', 2), ('credit', 1), ('vận tải', 4), ('transport', 1), ('thương mại', 4), ('trade', 1),
           ('xây dựng', 2), ('construction', 1), ('môi trường', 2), ('environment', 1), ('khác', 2), ('other', 1)]
STATUSES = [('đang hoạt động', 48), ('Đang hoạt động', 10), ('active', 15), ('ACTIVE', 3), ('tạm ngừng', 5),
            ('suspended', 2), ('ngừng hoạt động', 5), ('inactive', 1), ('giải thể', 4), ('dissolved', 2),
            ('phá sản', 1), ('bankrupt', 1), ('', 3)]
# what a co-op is named after: its trade, then its place
TRADES = ['Nông nghiệp', 'Nông nghiệp dịch vụ', 'Dịch vụ nông nghiệp tổng hợp', 'Chè', 'Chè Shan tuyết', 'Quế, Hồi',
          'Mật ong', 'Dược liệu', 'Thổ cẩm', 'Rau an toàn', 'Cam, Bưởi', 'Lúa gạo', 'Gạo nếp cái hoa vàng',
          'Nấm', 'Chăn nuôi', 'Thủy sản', 'Nuôi trồng thủy sản', 'Vận tải', 'Điện nước', 'Môi trường',
          'Tín dụng nhân dân', 'Thương mại dịch vụ', 'Xây dựng', 'Mây tre đan', 'Cà phê', 'Mắc ca', 'Lâm nghiệp',
          'Du lịch cộng đồng', 'Sản xuất, kinh doanh', 'Nông lâm nghiệp']
EXTRAS = ['', '', '', '', ' số 1', ' số 2', ' Xanh', ' Hữu cơ', ' "Sạch"', ' Công nghệ cao', ' Đồng bào Mông',
          ' Phụ nữ', ', Dịch vụ', ' Thanh niên', ' Tuần Giáo', ' Hòa Bình']


def pick(rng, weighted):
    values, weights = zip(*weighted)
    return rng.choices(values, weights)[0]


def name(rng, kind, commune):
    trade = rng.choice(TRADES)
    place = commune.split(' ', 1)[1] if ' ' in commune else commune
    head = {'THT': 'Tổ hợp tác', 'tổ hợp tác': 'Tổ hợp tác', 'LHHTX': 'Liên hiệp HTX',
            'liên hiệp hợp tác xã': 'Liên hiệp hợp tác xã'}.get(kind, rng.choice(['HTX', 'Hợp tác xã', 'HTX']))
    return f'{head} {trade} {place}{rng.choice(EXTRAS)}'


def founded(rng, kind):
    y = rng.randint(1996, 2025) if kind not in ('THT', 'tổ hợp tác') else rng.randint(2010, 2025)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    style = rng.random()
    if style < 0.55:
        return f'{d:02d}/{m:02d}/{y}'
    if style < 0.65:
        return f'{d}/{m}/{y}'
    if style < 0.95:
        return f'{y}-{m:02d}-{d:02d}'
    return ''


def members_of(rng, kind):
    if kind in ('THT', 'tổ hợp tác'):
        return rng.randint(2, 40)
    if kind in ('LHHTX', 'liên hiệp hợp tác xã'):
        return rng.randint(3, 25)
    # HTX: most are small, a few large (credit funds have thousands); mean about 110
    return max(5, int(rng.lognormvariate(4.2, 1.0)))


def row(rng, i, prefix, provinces):
    code = rng.choices(provinces, [BIG.get(c, 1) for c in provinces])[0]
    pname, communes = PROVINCES[code]
    commune = rng.choice(communes)
    kind = pick(rng, KINDS)
    members = members_of(rng, kind)
    capital = rng.randint(5, 5000) * 10_000_000 if rng.random() < 0.9 else ''
    cells = [f'{prefix}{i:06d}', name(rng, kind, commune), kind,
             code if rng.random() < 0.8 else pname, commune, pick(rng, SECTORS), pick(rng, STATUSES),
             founded(rng, kind), members if rng.random() < 0.97 else '', capital]
    if rng.random() < 0.9:
        year = 2024 if rng.random() < 0.75 else 2025
        revenue = int(rng.lognormvariate(21.0, 1.1)) // 1000 * 1000
        profit = int(revenue * rng.uniform(-0.08, 0.15)) // 1000 * 1000
        workers = max(1, int(members * rng.uniform(0.1, 0.9)))
        income = rng.randint(24, 120) * 1_000_000
        cells += [year, revenue, profit, workers, income if rng.random() < 0.95 else '']
    else:
        cells += ['', '', '', '', '']
    return cells


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--rows', type=int, required=True, help='data rows (1..999999)')
    ap.add_argument('--out', required=True, help='where to write the .csv')
    ap.add_argument('--seed', type=int, default=20261205, help='random seed (default 20261205)')
    ap.add_argument('--prefix', default='9999', help='4 digits that start every registration number (default 9999)')
    a = ap.parse_args()
    if not 1 <= a.rows <= 999_999:
        sys.exit('--rows must be 1..999999')
    if not (len(a.prefix) == 4 and a.prefix.isdigit()):
        sys.exit('--prefix must be 4 digits')
    rng = random.Random(a.seed)
    header = [rng.choice(HEADER_VARIANTS)(h) for h in HEADER]
    provinces = sorted(PROVINCES)
    numbers = list(range(1, a.rows + 1))
    rng.shuffle(numbers)  # sheets are sorted by commune or name, not by registration number
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n')
    w.writerow(header)
    for i in numbers:
        w.writerow(row(rng, i, a.prefix, provinces))
    Path(a.out).write_bytes(b'\xef\xbb\xbf' + buf.getvalue().encode('utf-8'))


if __name__ == '__main__':
    main()
