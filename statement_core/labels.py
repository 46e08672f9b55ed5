"""Interface wording in both reading languages, shared by the site, the PDF and the exports.

One entry per key, the two languages side by side, so a key is written once and never missing in a language;
no key is put together at run time (tests/test_labels.py checks that every key is used, by its name).
Wording that depends on a value of the data (a language, a status, a kind of agreement, a reading mode) is in
CHOICES, by that value: `choice(language, "status", agreement.status)`.
"""

from __future__ import annotations

import functools

from statement_core.cache import Settled

Texts = dict[str, str]  # {"vi": ..., "en": ...}

LABELS: dict[str, Texts] = {
    "clause": {"vi": "Khoản", "en": "Clause"},
    "reading_mode": {"vi": "Chế độ đọc", "en": "Reading mode"},
    "swap_columns": {"vi": "Đổi chỗ hai cột", "en": "Swap columns"},
    "switch_to_dark": {"vi": "Chuyển sang chế độ tối", "en": "Switch to dark mode"},
    "switch_to_light": {"vi": "Chuyển sang chế độ sáng", "en": "Switch to light mode"},
    "copy_citation": {"vi": "Sao chép trích dẫn", "en": "Copy citation"},
    "copy_text": {"vi": "Sao chép văn bản", "en": "Copy text"},
    "copied_citation": {"vi": "Đã sao chép trích dẫn khoản {number}", "en": "Citation of clause {number} copied"},
    "copied_text": {"vi": "Đã sao chép văn bản khoản {number}", "en": "Text of clause {number} copied"},
    "copy_failed": {
        "vi": "Không sao chép được; hãy chọn văn bản rồi tự sao chép",
        "en": "Could not copy; select the text and copy it by hand",
    },
    "mode_announcement": {"vi": "Chế độ đọc: {mode}", "en": "Reading mode: {mode}"},
    "swapped_announcement": {"vi": "Đã đổi chỗ hai cột", "en": "Columns swapped"},
    "unswapped_announcement": {"vi": "Hai cột đã trở về thứ tự ban đầu", "en": "Columns back in their usual order"},
    "clauses": {"vi": "khoản", "en": "clauses"},
    "home": {"vi": "Trang chủ", "en": "Home"},
    "documents": {"vi": "Các văn kiện", "en": "Documents"},
    "full_text": {"vi": "Toàn văn", "en": "Full text"},
    "full_text_intro": {
        "vi": "Toàn bộ {count} khoản theo thứ tự của văn bản gốc, để đọc liền mạch và để in.",
        "en": "All {count} clauses in the order of the original, for reading straight through and for print.",
    },
    "timeline": {"vi": "Dòng thời gian các văn kiện", "en": "Timeline of agreements"},
    "timeline_intro": {
        "vi": "Các hiệp định, điều ước, tuyên bố và sự kiện được Tuyên bố chung nhắc đến, theo thứ tự thời gian. Mục chưa có ngày (đang đàm phán hoặc sẽ xây dựng) được liệt kê sau cùng.",
        "en": "The agreements, treaties, declarations and events the Joint Statement refers to, in date order. Entries without a date (under negotiation or still to be drawn up) come last.",
    },
    "pending": {"vi": "Chưa có ngày", "en": "Not yet dated"},
    "glossary": {"vi": "Thuật ngữ và chữ viết tắt", "en": "Glossary and acronyms"},
    "coverage": {"vi": "Báo chí đưa tin", "en": "Press coverage"},
    "downloads": {"vi": "Tải về và dữ liệu mở", "en": "Downloads and open data"},
    "about": {"vi": "Giới thiệu và nguồn", "en": "About and sources"},
    "contents": {"vi": "Mục lục", "en": "Contents"},
    "place_date": {"vi": "Làm tại {place}, ngày {date}", "en": "Done at {place} on {date}"},
    "place_and_date": {"vi": "Nơi ký, ngày ký", "en": "Place and date"},
    "authentic_languages": {"vi": "Văn bản xác thực", "en": "Authentic texts"},
    "russian_unavailable": {
        "vi": "Trang này chưa có văn bản tiếng Nga (văn bản xác thực); chúng tôi không tự dịch hay phỏng đoán văn bản này.",
        "en": "The authentic Russian text is not published here yet; we do not translate or reconstruct it.",
    },
    "chapter_count": {"vi": "{count} khoản", "en": "{count} clauses"},
    "agreements_cited": {"vi": "Văn kiện được dẫn", "en": "Agreements cited"},
    "press_covered": {"vi": "Báo chí đưa tin ({count} đoạn)", "en": "Press coverage ({count})"},
    "press_none": {"vi": "Báo chí không đưa tin khoản này.", "en": "The press did not report this clause."},
    "press_paragraph": {"vi": "Đoạn {number}", "en": "Paragraph {number}"},
    "press_attribution": {
        "vi": "{title}, {publisher}, {date} (tiếng Anh; bản tóm tắt, không phải bản dịch)",
        "en": "{title}, {publisher}, {date} (a summary, not a translation)",
    },
    "cited_in": {"vi": "Được dẫn tại", "en": "Cited in"},
    "also_cited_in": {"vi": "Cũng được dẫn tại", "en": "Also cited in"},
    "note": {"vi": "Ghi chú", "en": "Note"},
    "signatories": {"vi": "Người ký", "en": "Signatories"},
    "previous": {"vi": "Trước", "en": "Previous"},
    "next": {"vi": "Tiếp", "en": "Next"},
    "chapter": {"vi": "Chương", "en": "Chapter"},
    "offline_bundle": {
        "vi": "Gói HTML để đọc không cần mạng: giải nén rồi mở tệp index.html",
        "en": "Offline HTML bundle: unzip and open index.html, no network needed",
    },
    "downloads_intro": {
        "vi": "Mọi tệp được tạo từ cùng dữ liệu với trang web. Tên tệp PDF và gói HTML ghi ấn bản của bản dịch; tệp SHA256SUMS ghi ấn bản, ngày tạo và mã phiên bản nguồn của cả bộ tệp. Kiểm tra tệp tải về bằng lệnh sha256sum -c SHA256SUMS.",
        "en": "Every file is generated from the same data as this site. The PDFs and the HTML bundle are named by the edition of the translation; SHA256SUMS gives the edition, build date and source commit of the whole set. Verify downloads with sha256sum -c SHA256SUMS.",
    },
    "print_editions": {"vi": "Bản in (PDF)", "en": "Print editions (PDF)"},
    "open_data": {"vi": "Dữ liệu mở", "en": "Open data"},
    "file": {"vi": "Tệp", "en": "File"},
    "size": {"vi": "Dung lượng", "en": "Size"},
    "checksum": {"vi": "SHA-256", "en": "SHA-256"},
    "format": {"vi": "Định dạng", "en": "Format"},
    "all_downloads": {"vi": "Tất cả tệp tải về và dữ liệu mở", "en": "All downloads and open data"},
    "glossary_intro": {
        "vi": "Chữ viết tắt và thuật ngữ trong Tuyên bố chung. Trong văn bản, di chuột hoặc đưa tiêu điểm vào một thuật ngữ có gạch chân bằng dấu chấm để xem giải nghĩa.",
        "en": "Acronyms and terms used in the Joint Statement. In the text, hover over or focus a term with a dotted underline to see its meaning.",
    },
    "coverage_intro": {
        "vi": "Báo chí tiếng Anh đưa tin về Tuyên bố chung dưới dạng tóm tắt: gộp, tách và bỏ qua một số khoản. Trang này đối chiếu từng đoạn tin với các khoản mà đoạn đó đưa tin.",
        "en": "The English press report summarises the Joint Statement: it merges, splits and leaves out clauses. This page maps each press paragraph to the clauses it reports.",
    },
    "coverage_summary": {
        "vi": "Báo chí đưa tin {reported} trong số {total} khoản, qua {paragraphs} đoạn tin.",
        "en": "The press reported {reported} of {total} clauses in {paragraphs} paragraphs.",
    },
    "coverage_unreported": {"vi": "Các khoản báo chí không đưa tin", "en": "Clauses the press did not report"},
    "coverage_merged": {"vi": "Đoạn tin gộp nhiều khoản, khoản tách thành nhiều đoạn", "en": "Merged paragraphs and split clauses"},
    "coverage_paragraphs": {"vi": "Từng đoạn tin", "en": "Paragraph by paragraph"},
    "coverage_split": {"vi": "Khoản được đưa tin trong nhiều đoạn", "en": "Clauses reported across several paragraphs"},
    "coverage_merged_paragraph": {"vi": "gộp nhiều khoản", "en": "merges several clauses"},
    "reports": {"vi": "Đưa tin", "en": "Reports"},
    "paragraphs": {"vi": "đoạn", "en": "paragraphs"},
    "expansion": {"vi": "Tên đầy đủ", "en": "Full name"},
    "definition": {"vi": "Giải nghĩa", "en": "Meaning"},
    "in_other_language": {"vi": "Tiếng Anh", "en": "Vietnamese"},
    "related_agreement": {"vi": "Văn kiện liên quan", "en": "Related agreement"},
    "translation_notice": {
        "vi": "Cột tiếng Anh là bản dịch không chính thức của chúng tôi; chỉ văn bản tiếng Việt và tiếng Nga là xác thực.",
        "en": "The English column is our unofficial translation; only the Vietnamese and Russian texts are authentic.",
    },
    "pdf_unofficial": {
        "vi": "Bản dịch không chính thức — không phải văn bản xác thực",
        "en": "Unofficial translation — not an authentic text",
    },
    "pdf_texts_status": {"vi": "Tình trạng các văn bản", "en": "Status of the texts"},
    "pdf_appendix": {"vi": "Phụ lục {letter}", "en": "Appendix {letter}"},
    "pdf_colophon": {"vi": "Thông tin xuất bản", "en": "Colophon"},
    "pdf_compiled_by": {"vi": "Biên soạn", "en": "Compiled by"},
    "pdf_build_date": {"vi": "Ngày tạo bản in", "en": "Build date"},
    "pdf_source_commit": {"vi": "Mã phiên bản nguồn (commit)", "en": "Source commit"},
    "pdf_version": {"vi": "Phiên bản", "en": "Version"},
    "pdf_web_edition": {"vi": "Bản trực tuyến", "en": "Web edition"},
    "pdf_data_sources": {"vi": "Nguồn dữ liệu", "en": "Data sources"},
    "pdf_source_authentic": {
        "vi": "{name}: văn bản chính thức, chép nguyên văn ({file}).",
        "en": "{name}: the official text, copied verbatim ({file}).",
    },
    "pdf_source_translation": {
        "vi": "{name}: bản dịch không chính thức của dự án, ngày {date} ({translator}).",
        "en": "{name}: the project's unofficial translation of {date} ({translator}).",
    },
    "pdf_source_registries": {
        "vi": "Danh mục văn kiện và thuật ngữ: do dự án biên soạn từ văn bản ({files}).",
        "en": "Agreements and glossary: compiled by the project from the text ({files}).",
    },
    "pdf_links_note": {
        "vi": "Số khoản là liên kết tới chính khoản đó trên bản trực tuyến.",
        "en": "Clause numbers link to that clause in the web edition.",
    },
    "pdf_rights": {
        "vi": "Văn bản Tuyên bố chung thuộc phạm vi công cộng; bản dịch tiếng Anh và dữ liệu do dự án biên soạn.",
        "en": "The text of the Joint Statement is in the public domain; the English translation and data are compiled by the project.",
    },
    "pdf_keywords": {
        "vi": "Việt Nam, Belarus, Tuyên bố chung, Đối tác chiến lược",
        "en": "Viet Nam, Belarus, Joint Statement, Strategic Partnership",
    },
    "pdf_date": {"vi": "Ngày", "en": "Date"},
    # Phone layout and keyboard shortcuts (issue 15).
    "mode_stacked_short": {"vi": "Xếp chồng", "en": "Stacked"},
    "clause_actions": {"vi": "Các thao tác cho {clause}", "en": "Actions for {clause}"},
    "shortcuts": {"vi": "Phím tắt", "en": "Keyboard shortcuts"},
    "shortcuts_intro": {
        "vi": "Dùng trên máy tính có bàn phím; không có tác dụng khi đang gõ trong ô nhập.",
        "en": "For computers with a keyboard; they do nothing while you type in a field.",
    },
    "shortcuts_close": {"vi": "Đóng", "en": "Close"},
    "shortcut_next_clause": {
        "vi": "Khoản tiếp theo (địa chỉ trang đổi theo khoản đó)",
        "en": "Next clause (the address points to it)",
    },
    "shortcut_previous_clause": {"vi": "Khoản trước", "en": "Previous clause"},
    "shortcut_next_chapter": {"vi": "Chương tiếp theo", "en": "Next chapter"},
    "shortcut_previous_chapter": {"vi": "Chương trước", "en": "Previous chapter"},
    "shortcut_swap_columns": {"vi": "Đổi chỗ hai cột", "en": "Swap columns"},
    "shortcut_next_mode": {"vi": "Chế độ đọc tiếp theo", "en": "Next reading mode"},
    "shortcut_copy_citation": {
        "vi": "Sao chép trích dẫn của khoản đang xem",
        "en": "Copy the citation of the clause you are reading",
    },
    "shortcut_show_shortcuts": {"vi": "Mở danh sách phím tắt này", "en": "Show this list of shortcuts"},
    "shortcut_search": {"vi": "Tìm kiếm", "en": "Search"},
    "shortcut_theme_pages": {
        "vi": "Trang trước, trang sau trong danh mục",
        "en": "Previous, next page in the navigation",
    },
    "shortcut_first_clause": {"vi": "Đây là khoản đầu tiên trên trang", "en": "This is the first clause on the page"},
    "shortcut_last_clause": {"vi": "Đây là khoản cuối cùng trên trang", "en": "This is the last clause on the page"},
    "shortcut_first_chapter": {"vi": "Đây là chương đầu tiên", "en": "This is the first chapter"},
    "shortcut_last_chapter": {"vi": "Đây là chương cuối cùng", "en": "This is the last chapter"},
    # Search (issue 14)
    "search": {"vi": "Tìm kiếm", "en": "Search"},
    "search_button": {"vi": "Tìm trong văn bản", "en": "Search the text"},
    "search_title": {"vi": "Tìm trong Tuyên bố chung", "en": "Search the Joint Statement"},
    "search_placeholder": {"vi": "Tìm trong văn bản…", "en": "Search the text…"},
    "search_close": {"vi": "Đóng", "en": "Close"},
    "search_loading": {"vi": "Đang tải chỉ mục tìm kiếm…", "en": "Loading the search index…"},
    "search_hint": {
        "vi": "Gõ một từ hoặc cụm từ, có dấu hoặc không dấu (ví dụ: hop tac kinh te). Tìm được cả từ tiếng Anh.",
        "en": "Type a word or phrase. Vietnamese words work with or without accents (e.g. hop tac).",
    },
    "search_none": {"vi": "Không có kết quả cho “{query}”.", "en": "No results for “{query}”."},
    "search_count": {"vi": "{count} kết quả", "en": "{count} results"},
    "search_count_one": {"vi": "1 kết quả", "en": "1 result"},
    "search_found_in_vi": {"vi": "Tìm thấy trong văn bản tiếng Việt", "en": "Found in the Vietnamese text"},
    "search_found_in_en": {"vi": "Tìm thấy trong bản dịch tiếng Anh", "en": "Found in the English translation"},
    "search_language_vi": {"vi": "Tiếng Việt", "en": "Vietnamese"},
    "search_language_en": {"vi": "Tiếng Anh", "en": "English"},
    "search_error": {
        "vi": "Không tải được chỉ mục tìm kiếm; hãy tải lại trang.",
        "en": "The search index could not be loaded; reload the page.",
    },
    # Search that never leaves a reader empty-handed (issue 22)
    "search_partial": {"vi": "Chỉ khớp một số từ", "en": "Matching only some of the words"},
    "search_none_whole": {
        "vi": "Không có kết quả nào chứa đủ các từ trong “{query}”; có {count} kết quả chứa một số từ.",
        "en": "No result has every word of “{query}”; {count} have some of them.",
    },
    "search_browse": {"vi": "Bạn có thể xem:", "en": "Try browsing:"},
    # Segment exports (issue 17): the note beside each segment in the XLIFF file.
    "xliff_unit_note": {
        "vi": "Khoản {clause}, phân đoạn {position}/{count}: {topic}",
        "en": "Clause {clause}, segment {position} of {count}: {topic}",
    },
    # Citations (issue 18)
    "cite": {"vi": "Trích dẫn", "en": "Cite"},
    "cite_statement": {"vi": "Trích dẫn văn kiện này", "en": "Cite this statement"},
    "cite_dialog_title": {"vi": "Trích dẫn", "en": "Cite"},
    "cite_close": {"vi": "Đóng", "en": "Close"},
    "cite_loading": {"vi": "Đang tải các dạng trích dẫn…", "en": "Loading the citation styles…"},
    "cite_load_failed": {
        "vi": "Không tải được dữ liệu trích dẫn. Hãy tải lại trang hoặc dùng các tệp tải về bên dưới.",
        "en": "The citation data could not be loaded. Reload the page or use the downloads below.",
    },
    "cite_copy": {"vi": "Sao chép", "en": "Copy"},
    "cite_copied": {"vi": "Đã sao chép", "en": "Copied"},
    "cite_copied_announcement": {"vi": "Đã sao chép: {style}", "en": "Copied: {style}"},
    "cite_style_short": {"vi": "Dạng ngắn", "en": "Short form"},
    "cite_fixed_locale": {
        "vi": "{style} là chuẩn trích dẫn của Anh nên luôn dùng tiếng Anh cho các từ như “para”.",
        "en": "{style} is a British style and always uses English terms such as “para”.",
    },
    "cite_downloads": {
        "vi": "Dùng cho phần mềm quản lý tài liệu tham khảo (Zotero, Mendeley, EndNote)",
        "en": "For reference managers (Zotero, Mendeley, EndNote)",
    },
    "citation_short_form": {"vi": "{title}, khoản {locator}", "en": "{title}, cl. {locator}"},
    "citation_publisher": {
        "vi": "Dự án Tuyên bố chung Việt Nam – Belarus song ngữ",
        "en": "Viet Nam – Belarus Joint Statement project",
    },
    "citation_translation_note": {
        "vi": "Bản dịch tiếng Anh không chính thức; văn bản xác thực là tiếng Việt và tiếng Nga.",
        "en": "Unofficial English translation; the authentic texts are in Vietnamese and Russian.",
    },
    "citation_document_type": {"vi": "Tuyên bố chung", "en": "Joint statement"},
    "citation_chapter_note": {
        "vi": "Chương do dự án sắp xếp để dễ đọc; văn bản gốc chỉ đánh số các khoản.",
        "en": "Chapters are the project's grouping for reading; the original numbers its clauses only.",
    },
    # Versions of the translation (issue 21, reading): history, edition pages, Changes page and feed.
    "history_mark": {
        "vi": "Bản dịch tiếng Anh đã được sửa ở ấn bản {edition}",
        "en": "Translation revised in edition {edition}",
    },
    "history_legend": {
        "vi": "Chữ gạch ngang: cách dịch cũ; chữ gạch dưới: cách dịch hiện hành.",
        "en": "Struck through: the earlier wording; underlined: the current wording.",
    },
    "history_revision": {
        "vi": "Khoản {locator}, sửa ở ấn bản {edition} ({date})",
        "en": "Cl. {locator}, revised in edition {edition} ({date})",
    },
    "history_reason": {"vi": "Lý do", "en": "Reason"},
    "history_reason_published": {"vi": "Lý do đã công bố", "en": "Reason, as published"},
    "history_erratum": {"vi": "Đính chính ngày {date}", "en": "Erratum of {date}"},
    "history_read_edition": {
        "vi": "Đọc khoản này trong ấn bản {edition}",
        "en": "Read this clause in edition {edition}",
    },
    "diff_deleted": {"vi": "đã xóa", "en": "deleted"},
    "diff_inserted": {"vi": "đã thêm", "en": "inserted"},
    "edition_title": {"vi": "Ấn bản {number} của bản dịch", "en": "Edition {number} of the translation"},
    "edition_old_banner": {
        "vi": "Đây là ấn bản {number} ({date}) của bản dịch tiếng Anh, không phải ấn bản hiện hành. Văn bản tiếng Việt là văn bản xác thực và không thay đổi.",
        "en": "This is edition {number} ({date}) of the English translation, not the current edition. The Vietnamese text is authentic and does not change.",
    },
    "edition_current_banner": {
        "vi": "Đây là ấn bản {number} ({date}), ấn bản hiện hành của bản dịch tiếng Anh.",
        "en": "This is edition {number} ({date}), the current edition of the English translation.",
    },
    "edition_read_current": {
        "vi": "Đọc văn bản hiện hành (ấn bản {number})",
        "en": "Read the current text (edition {number})",
    },
    "edition_summary": {"vi": "Ấn bản {number}, ngày {date}", "en": "Edition {number}, {date}"},
    "changes": {"vi": "Những thay đổi của bản dịch", "en": "Changes to the translation"},
    "changes_intro": {
        "vi": "Các ấn bản của bản dịch tiếng Anh, từ mới đến cũ, kèm từng chỗ sửa và lý do. Văn bản tiếng Việt là văn bản xác thực và không bao giờ thay đổi.",
        "en": "The editions of the English translation, newest first, with each correction and its reason. The Vietnamese text is authentic and never changes.",
    },
    "changes_first_edition": {"vi": "Ấn bản đầu tiên được công bố.", "en": "The first published edition."},
    "changes_read_edition": {"vi": "Đọc toàn văn ấn bản {number}", "en": "Read the whole of edition {number}"},
    "changes_feed": {
        "vi": "Nguồn tin Atom: những thay đổi của bản dịch",
        "en": "Atom feed: changes to the translation",
    },
    "changes_feed_entry": {
        "vi": "Khoản {clause} ({topic}): sửa ở ấn bản {edition}",
        "en": "Clause {clause} ({topic}): revised in edition {edition}",
    },
    "citation_edition": {
        "vi": "ấn bản {number} của bản dịch tiếng Anh, {date}",
        "en": "edition {number} of the English translation, {date}",
    },
    "pdf_translation_edition": {"vi": "Bản dịch tiếng Anh", "en": "English translation"},
    "pdf_translation_edition_value": {"vi": "ấn bản {number}, {date}", "en": "edition {number}, {date}"},
    # Offline reading and the installable app (issue 16).
    "app_short_name": {"vi": "Tuyên bố VN–BY", "en": "VN–BY Statement"},
    "offline_heading": {"vi": "Đọc không cần mạng", "en": "Reading without a network"},
    "offline_intro": {
        "vi": "Sau lần truy cập đầu tiên, trình duyệt lưu toàn bộ trang: cả hai ngôn ngữ, tìm kiếm, dòng thời gian, thuật ngữ và dữ liệu mở. Khi mất mạng, mọi trang vẫn mở được. Các tệp PDF chỉ được lưu khi bạn mở chúng hoặc khi bạn chọn lưu ở dưới.",
        "en": "After your first visit the browser keeps the whole site: both languages, search, the timeline, the glossary and the open data. With no network, every page still opens. The PDFs are kept only once you open them, or when you choose to keep them below.",
    },
    "offline_install": {
        "vi": "Trên điện thoại, chọn “Thêm vào màn hình chính” trong menu của trình duyệt để mở trang như một ứng dụng.",
        "en": "On a phone, choose “Add to Home Screen” in the browser menu to open the site like an app.",
    },
    "offline_no_script": {
        "vi": "Cần JavaScript và một trình duyệt hỗ trợ service worker; nếu không, hãy dùng gói HTML để đọc không cần mạng ở dưới.",
        "en": "This needs JavaScript and a browser with service workers; otherwise use the offline HTML bundle below.",
    },
    "offline_saving": {"vi": "Đang lưu để đọc không cần mạng…", "en": "Saving for reading without a network…"},
    "offline_saved": {
        "vi": "Đã lưu để đọc không cần mạng: {size}, phiên bản ngày {date}.",
        "en": "Available without a network: {size}, version of {date}.",
    },
    "offline_failed": {
        "vi": "Chưa lưu được để đọc không cần mạng; trình duyệt sẽ thử lại ở lần truy cập sau.",
        "en": "Could not save for reading without a network; the browser will try again on your next visit.",
    },
    "offline_details": {"vi": "Chi tiết", "en": "Details"},
    "offline_update": {
        "vi": "Đã có phiên bản mới của trang (ngày {date}).",
        "en": "A newer version of the site is available ({date}).",
    },
    "offline_reload": {"vi": "Tải lại", "en": "Reload"},
    "offline_later": {"vi": "Để sau", "en": "Later"},
    "offline_keep_pdfs": {"vi": "Lưu cả {count} tệp PDF ({size})", "en": "Also keep the {count} PDFs ({size})"},
    "offline_pdfs_saving": {"vi": "Đang lưu các tệp PDF…", "en": "Saving the PDFs…"},
    "offline_pdfs_saved": {
        "vi": "Đã lưu {count} tệp PDF để đọc không cần mạng ({size}).",
        "en": "{count} PDFs kept for reading without a network ({size}).",
    },
    "offline_pdfs_failed": {
        "vi": "Không lưu được các tệp PDF; hãy thử lại khi có mạng.",
        "en": "Could not save the PDFs; try again when you are online.",
    },
    # Segments (issue 17, reading)
    "segment_hint": {
        "vi": "Trong một khoản: phím mũi tên chuyển giữa các câu và mục liệt kê; phím Enter hiện câu tương ứng ở ngôn ngữ kia (trình đọc màn hình sẽ đọc câu đó).",
        "en": "Within a clause: arrow keys move between its sentences and list items; Enter shows the matching segment in the other language (a screen reader reads it out).",
    },
    "segment_cite": {"vi": "Trích dẫn khoản {locator}", "en": "Cite cl. {locator}"},
    "segment_close": {"vi": "Đóng", "en": "Close"},
    "segment_subject": {
        "vi": "Khoản {clause}, phân đoạn {position}: {topic}",
        "en": "Clause {clause}, segment {position}: {topic}",
    },
    "cite_parts": {"vi": "Trích dẫn", "en": "Cite"},
    "cite_whole_clause": {"vi": "toàn bộ khoản {clause}", "en": "the whole of clause {clause}"},
    # Sharing (issue 23): the Share action, the per-clause share pages and the image cards
    "share": {"vi": "Chia sẻ", "en": "Share"},
    "share_title": {"vi": "{statement} – khoản {locator}: {topic}", "en": "{statement} – clause {locator}: {topic}"},
    "share_copied": {"vi": "Đã sao chép liên kết tới khoản {locator}", "en": "Link to clause {locator} copied"},
    "share_page_title": {"vi": "Khoản {locator} – {topic}", "en": "Clause {locator} – {topic}"},
    "share_page_link": {
        "vi": "Đọc khoản {locator} trong chương “{chapter}”",
        "en": "Read clause {locator} in the chapter “{chapter}”",
    },
    "card_home": {"vi": "Song ngữ Việt – Anh, đối chiếu từng khoản", "en": "Vietnamese–English, clause by clause"},
    # issue 31: readers suggest corrections of the translation; the page on how we translate
    "suggest": {"vi": "Đề xuất sửa bản dịch", "en": "Suggest a correction"},
    "more_actions": {"vi": "Các thao tác khác cho {clause}", "en": "More actions for {clause}"},
    "suggest_title": {"vi": "Đề xuất sửa bản dịch tiếng Anh", "en": "Suggest a correction to the English"},
    "suggest_intro": {
        "vi": "Bản tiếng Anh là bản dịch không chính thức của dự án; văn bản tiếng Việt là bản xác thực và không bao giờ thay đổi. Đề xuất gửi qua GitHub được xem xét công khai, còn đề xuất gửi qua thư điện tử thì không; chúng tôi công bố mọi chỗ sửa đã chấp nhận, kèm lý do, trong ấn bản tiếp theo.",
        "en": "The English is the project's unofficial translation; the Vietnamese text is authentic and never changes. Suggestions sent on GitHub are reviewed in public, e-mailed ones are not; an accepted correction is published, with its reason, in the next edition.",
    },
    "suggest_segment": {"vi": "Phân đoạn", "en": "Segment"},
    "suggest_segment_option": {"vi": "Khoản {locator}: {words}", "en": "Clause {locator}: {words}"},
    "suggest_current": {"vi": "Bản tiếng Anh hiện hành, ấn bản {edition}", "en": "Current English, edition {edition}"},
    "suggest_vietnamese": {"vi": "Văn bản tiếng Việt", "en": "Vietnamese text"},
    "suggest_wording": {"vi": "Cách dịch đề xuất (không bắt buộc)", "en": "Your suggested wording (optional)"},
    "suggest_reason": {"vi": "Lý do (không bắt buộc)", "en": "Why (optional)"},
    "suggest_choices": {"vi": "Gửi đề xuất", "en": "Send the suggestion"},
    "suggest_form": {"vi": "Mở biểu mẫu đã điền sẵn trên GitHub", "en": "Open the prefilled form on GitHub"},
    "suggest_form_note": {
        "vi": "cần tài khoản GitHub; đề xuất được công khai",
        "en": "needs a GitHub account; suggestions are public",
    },
    "suggest_email": {"vi": "Gửi qua thư điện tử", "en": "Send by e-mail"},
    "suggest_email_note": {"vi": "không cần tài khoản; không công khai", "en": "no account needed; not public"},
    "suggest_copy": {"vi": "Sao chép đề xuất", "en": "Copy the suggestion"},
    "suggest_copy_note": {"vi": "để gửi sau hoặc qua kênh khác", "en": "to send later or elsewhere"},
    "suggest_copied": {"vi": "Đã sao chép đề xuất cho khoản {locator}", "en": "Suggestion for clause {locator} copied"},
    "suggest_offline": {
        "vi": "Thiết bị đang không có mạng: hãy sao chép đề xuất hoặc gửi qua thư điện tử; biểu mẫu trên GitHub cần có mạng.",
        "en": "You are offline: copy the suggestion or send it by e-mail; the form on GitHub needs a network.",
    },
    "suggest_close": {"vi": "Đóng", "en": "Close"},
    "suggest_issue_title": {"vi": "Sửa bản dịch khoản {locator}", "en": "Correction to clause {locator}"},
    "suggest_field_segment": {"vi": "Phân đoạn", "en": "Segment"},
    "suggest_field_edition": {"vi": "Ấn bản", "en": "Edition"},
    "suggest_field_current": {"vi": "Bản tiếng Anh hiện hành", "en": "Current English"},
    "suggest_field_vietnamese": {"vi": "Tiếng Việt", "en": "Vietnamese"},
    "suggest_field_suggestion": {"vi": "Cách dịch đề xuất", "en": "Suggested wording"},
    "suggest_field_reason": {"vi": "Lý do", "en": "Reason"},
    "suggest_field_page": {"vi": "Địa chỉ trang", "en": "Page address"},
    "translation_page": {"vi": "Cách chúng tôi dịch và đính chính", "en": "How we translate and correct"},
    "translation_page_link": {
        "vi": "Cách chúng tôi dịch và đính chính bản dịch",
        "en": "How we translate and correct the translation",
    },
    # issue 30: search that forgives (a typo corrected, words related to the reader's)
    "search_corrected": {"vi": "Hiển thị kết quả cho {query}", "en": "Showing results for {query}"},
    "search_also_matching": {"vi": "Tìm cả từ liên quan: {words}", "en": "Also matching: {words}"},
    # issue 32: listening (the Listen control, the player, its shortcuts and messages)
    "listen": {"vi": "Nghe", "en": "Listen"},
    "listen_whole_chapter": {"vi": "cả chương", "en": "the whole chapter"},
    "listen_whole_text": {"vi": "toàn văn", "en": "the full text"},
    "listen_player": {"vi": "Đọc thành tiếng", "en": "Read aloud"},
    "listen_play": {"vi": "Phát", "en": "Play"},
    "listen_pause": {"vi": "Tạm dừng", "en": "Pause"},
    "listen_previous_segment": {"vi": "Câu trước", "en": "Previous sentence"},
    "listen_next_segment": {"vi": "Câu tiếp theo", "en": "Next sentence"},
    "listen_previous_clause": {"vi": "Khoản trước", "en": "Previous clause"},
    "listen_next_clause": {"vi": "Khoản tiếp theo", "en": "Next clause"},
    "listen_speed": {"vi": "Tốc độ", "en": "Speed"},
    "listen_voice": {"vi": "Giọng đọc", "en": "Voice"},
    "listen_settings": {"vi": "Tốc độ và giọng đọc", "en": "Speed and voice"},
    "listen_follow": {"vi": "Cuộn theo câu đang đọc", "en": "Follow the reading"},
    "listen_close": {"vi": "Tắt đọc thành tiếng", "en": "Close the player"},
    "listen_segment_link": {"vi": "Khoản {locator}", "en": "Cl. {locator}"},
    "listen_reading": {
        "vi": "Đang đọc bằng {language}, bắt đầu từ khoản {locator}.",
        "en": "Reading in {language} from cl. {locator}.",
    },
    "listen_paused": {"vi": "Đã tạm dừng.", "en": "Paused."},
    "listen_finished": {"vi": "Đã đọc xong.", "en": "Finished reading."},
    "listen_closed": {"vi": "Đã tắt đọc thành tiếng.", "en": "Player closed."},
    "listen_speed_announcement": {"vi": "Tốc độ {speed}.", "en": "Speed {speed}."},
    "listen_no_voice": {
        "vi": "Thiết bị này không có giọng đọc {language}.",
        "en": "This device has no {language} voice.",
    },
    "listen_offer_other": {"vi": "Nghe bằng {language}", "en": "Listen in {language}"},
    "listen_not_playing": {
        "vi": "Chưa bật đọc thành tiếng: hãy nhấn Nghe ở một khoản.",
        "en": "The player is not open: press Listen on a clause.",
    },
    "listen_loading_failed": {"vi": "Không tải được chức năng đọc thành tiếng.", "en": "Could not load the player."},
    "shortcut_listen": {
        "vi": "Nghe từ khoản đang xem; tạm dừng hoặc phát tiếp",
        "en": "Listen from the current clause; pause or resume",
    },
    "shortcut_listen_previous_segment": {"vi": "Khi nghe: câu trước", "en": "While listening: previous sentence"},
    "shortcut_listen_next_segment": {"vi": "Khi nghe: câu tiếp theo", "en": "While listening: next sentence"},
    "shortcut_listen_previous_clause": {"vi": "Khi nghe: khoản trước", "en": "While listening: previous clause"},
    "shortcut_listen_next_clause": {"vi": "Khi nghe: khoản tiếp theo", "en": "While listening: next clause"},
    # The theme's own controls, which Material's templates name in one language only (hooks/theme_labels.py,
    # hooks/theme_html_fixes.py).
    "theme_drawer_toggle": {"vi": "Mở danh mục", "en": "Open navigation"},
    "theme_search_toggle": {"vi": "Tìm kiếm", "en": "Search"},
    "theme_generator": {"vi": "Xây dựng bằng", "en": "Made with"},  # before "Material for MkDocs", in the footer
    # Material's own Vietnamese reads "Trở lại mục lục" (back to the contents) on its back-to-top button and
    # "Bỏ qua" (ignore) on its skip link: hooks/theme_labels.py gives the theme these instead.
    "theme_skip_to_content": {"vi": "Chuyển đến nội dung", "en": "Skip to content"},
    "theme_back_to_top": {"vi": "Lên đầu trang", "en": "Back to top"},
}

# Wording by a value of the data: group -> value -> texts.
CHOICES: dict[str, dict[str, Texts]] = {
    "cite_style": {
        "chicago-note": {"vi": "Chicago (ấn bản 18), chú thích", "en": "Chicago (18th ed.), note"},
        "chicago-bibliography": {"vi": "Chicago (ấn bản 18), thư mục", "en": "Chicago (18th ed.), bibliography"},
        "apa-reference": {
            "vi": "APA (ấn bản 7), danh mục tài liệu tham khảo",
            "en": "APA (7th ed.), reference list",
        },
        "apa-in-text": {"vi": "APA (ấn bản 7), trích dẫn trong bài", "en": "APA (7th ed.), in-text citation"},
        "oscola-note": {"vi": "OSCOLA (ấn bản 4), chú thích", "en": "OSCOLA (4th ed.), footnote"},
    },
    "cite_download": {
        "ris": {"vi": "RIS", "en": "RIS"},
        "bib": {"vi": "BibTeX", "en": "BibTeX"},
        "csl": {"vi": "CSL-JSON", "en": "CSL-JSON"},
    },
    "lang": {
        "vi": {"vi": "tiếng Việt", "en": "Vietnamese"},
        "en": {"vi": "tiếng Anh", "en": "English"},
        "ru": {"vi": "tiếng Nga", "en": "Russian"},
    },
    "column": {
        "vi": {"vi": "Tiếng Việt", "en": "Vietnamese"},
        "en": {"vi": "Tiếng Anh", "en": "English"},
        "ru": {"vi": "Tiếng Nga", "en": "Russian"},
    },
    "status": {
        "authentic": {"vi": "văn bản xác thực", "en": "authentic text"},
        "unofficial-translation": {"vi": "bản dịch không chính thức", "en": "unofficial translation"},
        "authentic-unavailable": {
            "vi": "văn bản xác thực — chưa có bản để hiển thị",
            "en": "authentic text — not available to display",
        },
        "in-force": {"vi": "có hiệu lực", "en": "in force"},
        "signed": {"vi": "đã ký", "en": "signed"},
        "adopted": {"vi": "đã thông qua", "en": "adopted"},
        "held": {"vi": "đã diễn ra", "en": "held"},
        "pending": {"vi": "chưa hình thành", "en": "pending"},
    },
    "kind": {
        "event": {"vi": "sự kiện", "en": "event"},
        "bilateral-agreement": {"vi": "hiệp định song phương", "en": "bilateral agreement"},
        "multilateral-agreement": {"vi": "điều ước đa phương", "en": "multilateral agreement"},
        "declaration": {"vi": "tuyên bố", "en": "declaration"},
        "plan": {"vi": "kế hoạch", "en": "plan"},
        "acronym": {"vi": "chữ viết tắt", "en": "acronym"},
        "term": {"vi": "thuật ngữ", "en": "term"},
    },
    "download_pdf": {
        "vi-en": {"vi": "PDF song ngữ Việt – Anh (A4)", "en": "Bilingual Vietnamese – English PDF (A4)"},
        "vi": {"vi": "PDF tiếng Việt (A4)", "en": "Vietnamese PDF (A4)"},
        "en": {"vi": "PDF tiếng Anh, bản dịch không chính thức (A4)", "en": "English PDF, unofficial translation (A4)"},
    },
    "pdf_edition": {
        "vi-en": {"vi": "Bản song ngữ Việt – Anh", "en": "Vietnamese–English bilingual edition"},
        "vi": {"vi": "Văn bản tiếng Việt", "en": "Vietnamese text"},
        "en": {"vi": "Bản dịch tiếng Anh không chính thức", "en": "Unofficial English translation"},
    },
    "mode": {
        "side": {"vi": "Song song", "en": "Side by side"},
        "vi": {"vi": "Chỉ tiếng Việt", "en": "Vietnamese only"},
        "en": {"vi": "Chỉ tiếng Anh", "en": "English only"},
        "stacked": {"vi": "Xếp chồng (Việt trên Anh)", "en": "Stacked (Vietnamese above English)"},
    },
}


def label(language: str, key: str, **values: object) -> str:
    text = LABELS[key][language]
    return text.format(**values) if values else text


def choice(language: str, group: str, value: str) -> str:
    """The wording for a value of the data: choice("en", "status", "in-force") is "in force"."""
    return CHOICES[group][value][language]


@functools.cache
def labels_in(language: str) -> Settled[str]:
    """Every label in one language, for a template (`labels.copy_citation`): made once per language and read-only,
    so every page shares it and the theme-render key digests it once (hooks/page_render_cache.py)."""
    return Settled({key: texts[language] for key, texts in LABELS.items()})


def choices_in(language: str) -> dict[str, dict[str, str]]:
    """Every choice in one language, for a template (`choices.kind[term.kind]`)."""
    return {group: {value: texts[language] for value, texts in values.items()} for group, values in CHOICES.items()}
