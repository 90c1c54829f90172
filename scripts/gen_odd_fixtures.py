import unicodedata
# Rebuilds the generated fixtures (odd encodings, error inputs) byte for byte.
# Run from the fixtures folder: (cd fixtures && python3 ../scripts/gen_odd_fixtures.py)
NB='\u00a0'; ZW='\u200b'
text = f"""Liên minh HTX hai tỉnh Thanh Hoá và Hoà Bình ký kết chương trình phối hợp giai đoạn 2022 – 2025

Ngày{NB}12/8/2022, tại thành phố Thanh Hoá, Liên minh HTX tỉnh Thanh Hoá và Liên minh HTX tỉnh Hoà Bình ký kết chương trình phối hợp công tác giai đoạn 2022 – 2025.{ZW}

Theo chương trình, hai bên phối hợp tuyên truyền chính sách phát triển kinh tế tập thể, hỗ trợ hợp tác xã liên kết sản xuất, tiêu thụ các sản phẩm thế mạnh như gạo, cam, bưởi, thuỷ sản và dược liệu;{ZW} tổ chức đoàn học tập kinh nghiệm và kết nối giao thương giữa hợp tác xã hai tỉnh, bảo đảm hài hoà lợi ích giữa các bên.

Phát biểu tại lễ ký kết, ông Lê Trọng Thuỷ, Chủ tịch Liên minh HTX tỉnh Thanh Hoá cho biết, toàn tỉnh hiện có hơn 1.100 hợp tác xã, nhiều hợp tác xã đã tham gia chuỗi giá trị nông sản. Bà Quách Thị Hoà, Chủ tịch Liên minh HTX tỉnh Hoà Bình đề nghị hai bên sớm tổ chức hội chợ sản phẩm hợp tác xã tại thành phố Hoà Bình.

Dịp này, đoàn công tác tỉnh Hoà Bình đã tham quan mô hình trồng rau an toàn của HTX{NB}Nông nghiệp Dịch vụ Thiệu Hoà{ZW} và mô hình nuôi trồng thuỷ sản của HTX Thuỷ sản Nga Thuỷ.

Tin, ảnh:{NB}Lê Thanh Hoà
"""
nfd = unicodedata.normalize('NFD', text)
data = b'\xef\xbb\xbf' + nfd.replace('\n', '\r\n').encode('utf-8')
open('odd_chars_nfd_crlf.txt','wb').write(data)

text2 = """Khánh Hòa: Hợp tác xã yến sào hoàn thiện chuỗi sản phẩm OCOP

14:20 | 07/06/2023

Sáng 6/6, Liên minh HTX tỉnh Khánh Hòa tổ chức đoàn khảo sát tình hình sản xuất, kinh doanh tại HTX Yến sào Ninh Hòa và HTX Nông nghiệp Diên Thọ.

HTX Yến sào Ninh Hòa hiện có 21 thành viên, quản lý hơn 40 nhà nuôi yến, sản phẩm tổ yến tinh chế và nước yến của hợp tác xã đã đạt chuẩn OCOP 4 sao. HTX Nông nghiệp Diên Thọ cung ứng dịch vụ thủy lợi, giống và vật tư cho hơn 600 hộ thành viên.

Bà Hồ Thị Kim Liên, Phó Chủ tịch Liên minh HTX tỉnh Khánh Hòa đề nghị các hợp tác xã chủ động đăng ký tham gia Hội chợ sản phẩm hợp tác xã dự kiến tổ chức từ ngày 20 đến 23/7 tại thành phố Nha Trang.

Trần Minh Nhật
"""
open('odd_utf16.txt','wb').write(b'\xff\xfe' + text2.encode('utf-16-le'))

open('err_empty.txt','wb').write(b'')
import struct
b = b'\x89PNG\r\n\x1a\n' + b'\x00\x00\x00\x0dIHDR' + struct.pack('>II', 64, 64) + b'\x08\x06\x00\x00\x00'
b += bytes((i*37 + 11) % 256 for i in range(480)) + b'\x00'*32 + b'\xff\xd8\xff\xe0\x00\x10JFIF\x00' + b'\x00\xd8\x00\xdc'*8
open('err_binary.txt','wb').write(b)
