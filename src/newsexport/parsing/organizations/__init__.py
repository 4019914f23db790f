"""Organisations: a known full name, or a head ('Bộ', 'Ban', 'Công an', 'UBND') with the rest of a name.

Heads are read in both tone placements ('Tòa án', 'Toà án'). A head written in lower case names a body only with what
follows it ('phòng Cảnh sát hình sự Công an tỉnh X', 'cơ quan CSĐT', 'trường THPT ...'; not 'Văn phòng', 'thị trường',
'cơ quan công an'). A company's legal form may be followed by its trade in lower case ('Công ty cổ phần cảng Quy
Nhơn'); after the proper name of a school or a company, a lowercase word the sentence goes on from is its verb ('Công
ty Thiên Thanh khai thác ...').

Bare provincial bodies ('Công an tỉnh', 'Ban Dân vận tỉnh ủy') take the place the article is speaking of (the nearest
place of that level before them, else the article's main one) and keep the bare form as an alias. 'Trung ương MTTQ
Việt Nam' is only ever a short form of the body with the shortest name ending with it; with no such body, 'Ủy viên
Trung ương Đảng Cộng sản Trung Quốc' names the party. A bare name that is the beginning of two different bodies ('Ban
Dân vận') is ambiguous and left out. A name with abbreviations ('UBND tỉnh X', 'Trung tâm TDTT Q. Bình Thạnh') is an
alias of the written-out name in the same article.

Not organisations: generic mentions ('lực lượng công an', 'Công an cấp xã', 'TAND khu vực', 'Mặt trận Tổ quốc xã,
phường'), a head alone ('Tòa án nhân dân', 'Ban Biên tập'), and a head inside a capitalised place name ('An Hội
Đông'). A name stops before a head that opens the next sentence ('... Trung ương Ban đã'), before a dash between a
country and another party ('Bộ Quốc phòng Mỹ - Nhật'), though it goes on over fields or names joined by a dash
('Trường Đại học Kinh tế - Luật'), and after a numbered regional unit with its city ('Phòng THADS Khu vực 2 -
TP.HCM').

How the package fits together: ``patterns`` holds the word lists and the compiled name grammar; ``finding.candidates``
reads every organisation-like mention of the article's lines with it, cut to where its name ends (``extent``), with
football clubs (``clubs``), 'X Group' companies (``groups``) and companies named by a foreign brand after a lowercase
head (``enterprises``) added; ``resolution.find_organizations`` resolves the candidates into organisations (bare
bodies to their place, short names to their body), ``merging`` joining the forms of one body; ``found`` holds the
dataclasses passed between the steps and turns the organisations found into the record's (``without_cited_media``,
``without_facilities``, ``without_offices_of_a_post``, ``to_models``). The names below are the package's surface:
the underscored names its modules import from one another are private to the package.
"""

from newsexport.parsing.organizations.finding import candidates
from newsexport.parsing.organizations.found import (Candidate, FoundOrganization, to_models, without_cited_media,
                                                    without_facilities, without_offices_of_a_post)
from newsexport.parsing.organizations.resolution import find_organizations

__all__ = ["Candidate", "FoundOrganization", "candidates", "find_organizations", "to_models", "without_cited_media",
           "without_facilities", "without_offices_of_a_post"]
