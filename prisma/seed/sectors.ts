// Sectors (lĩnh vực) of the procedure catalogue, with the legal basis used by default for
// their procedures.

export type SectorSeed = { code: string; name: string; nameEn: string; legalBasis: string };

export const SECTORS: SectorSeed[] = [
  { code: "HT", name: "Hộ tịch", nameEn: "Civil status", legalBasis: "Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP; Thông tư 04/2020/TT-BTP" },
  { code: "LLTP", name: "Lý lịch tư pháp", nameEn: "Judicial records", legalBasis: "Luật Lý lịch tư pháp 2009; Nghị định 111/2010/NĐ-CP; Thông tư 244/2016/TT-BTC" },
  { code: "CT", name: "Chứng thực", nameEn: "Authentication", legalBasis: "Nghị định 23/2015/NĐ-CP; Nghị định 07/2025/NĐ-CP; Thông tư 226/2016/TT-BTC" },
  { code: "HKD", name: "Thành lập và hoạt động của hộ kinh doanh", nameEn: "Household businesses", legalBasis: "Luật Doanh nghiệp 2020; Nghị định 168/2025/NĐ-CP; Thông tư 47/2019/TT-BTC" },
  { code: "DN", name: "Thành lập và hoạt động doanh nghiệp", nameEn: "Enterprise registration", legalBasis: "Luật Doanh nghiệp 2020; Nghị định 168/2025/NĐ-CP; Thông tư 68/2025/TT-BTC" },
  { code: "DT", name: "Đầu tư tại Việt Nam", nameEn: "Investment", legalBasis: "Luật Đầu tư 2020; Nghị định 31/2021/NĐ-CP; Nghị định 35/2022/NĐ-CP" },
  { code: "XD", name: "Hoạt động xây dựng", nameEn: "Construction", legalBasis: "Luật Xây dựng 2014 (sửa đổi 2020); Nghị định 175/2024/NĐ-CP; Thông tư 38/2022/TT-BTC" },
  { code: "DB", name: "Đường bộ", nameEn: "Road transport", legalBasis: "Luật Đường bộ 2024; Luật Trật tự, an toàn giao thông đường bộ 2024; Nghị định 158/2024/NĐ-CP" },
  { code: "DD", name: "Đất đai", nameEn: "Land", legalBasis: "Luật Đất đai 2024; Nghị định 101/2024/NĐ-CP; Nghị định 151/2025/NĐ-CP" },
  { code: "MT", name: "Môi trường", nameEn: "Environment", legalBasis: "Luật Bảo vệ môi trường 2020; Nghị định 08/2022/NĐ-CP; Nghị định 05/2025/NĐ-CP" },
  { code: "NN", name: "Nông nghiệp và an toàn thực phẩm", nameEn: "Agriculture and food safety", legalBasis: "Luật An toàn thực phẩm 2010; Nghị định 15/2018/NĐ-CP; Thông tư 17/2024/TT-BNNPTNT" },
  { code: "LTHH", name: "Lưu thông hàng hóa trong nước", nameEn: "Domestic trade", legalBasis: "Luật Thương mại 2005; Nghị định 105/2017/NĐ-CP; Nghị định 17/2020/NĐ-CP; Nghị định 81/2018/NĐ-CP" },
  { code: "KCB", name: "Khám bệnh, chữa bệnh", nameEn: "Medical practice", legalBasis: "Luật Khám bệnh, chữa bệnh 2023; Nghị định 96/2023/NĐ-CP; Thông tư 59/2023/TT-BTC" },
  { code: "DUOC", name: "Dược phẩm", nameEn: "Pharmacy", legalBasis: "Luật Dược 2016 (sửa đổi 2024); Nghị định 54/2017/NĐ-CP; Thông tư 277/2016/TT-BTC" },
  { code: "BTXH", name: "Bảo trợ xã hội", nameEn: "Social protection", legalBasis: "Luật Người khuyết tật 2010; Nghị định 20/2021/NĐ-CP; Nghị định 76/2024/NĐ-CP" },
  { code: "GD", name: "Giáo dục và Đào tạo", nameEn: "Education", legalBasis: "Luật Giáo dục 2019; Thông tư 50/2021/TT-BGDĐT; Thông tư 21/2019/TT-BGDĐT" },
  { code: "VHDL", name: "Văn hóa và Du lịch", nameEn: "Culture and tourism", legalBasis: "Luật Du lịch 2017; Nghị định 168/2017/NĐ-CP; Nghị định 54/2019/NĐ-CP" },
  { code: "TNTG", name: "Tín ngưỡng, tôn giáo", nameEn: "Belief and religion", legalBasis: "Luật Tín ngưỡng, tôn giáo 2016; Nghị định 95/2023/NĐ-CP" },
  { code: "LDVL", name: "Lao động, việc làm", nameEn: "Labour and employment", legalBasis: "Bộ luật Lao động 2019; Luật Việc làm 2013; Nghị định 152/2020/NĐ-CP; Nghị định 28/2015/NĐ-CP" },
  { code: "NCC", name: "Người có công và thi đua khen thưởng", nameEn: "Veterans and awards", legalBasis: "Pháp lệnh Ưu đãi người có công với cách mạng 2020; Nghị định 131/2021/NĐ-CP; Luật Thi đua, khen thưởng 2022" },
  { code: "KHCN", name: "Khoa học và công nghệ", nameEn: "Science and technology", legalBasis: "Luật Khoa học, công nghệ và đổi mới sáng tạo 2025; Luật Năng lượng nguyên tử 2008; Nghị định 142/2020/NĐ-CP" },
  { code: "NGV", name: "Ngoại vụ", nameEn: "Foreign affairs", legalBasis: "Quyết định 45/2006/QĐ-TTg; Quyết định 09/2023/QĐ-TTg" },
];
