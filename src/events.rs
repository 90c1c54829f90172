//! Events: what the article reports as having taken place, one item per type, with its date.
//!
//! Triggers are data (`data/events.tsv`). They are read only where an article reports its
//! own events: the title, the lead (first two sentences of the first paragraph), sentences
//! that carry an event date, and sentences that continue the main event ("Dịp này", "Nhân
//! dịp này", "Kết hợp", "Cũng trong", "Trong khuôn khổ"). Sentences about the future (sẽ, dự
//! kiến, sắp, phấn đấu, mục tiêu) and proposals report nothing. In a sentence every strong
//! trigger counts (signing, award, membership), but only the first weak one (conference,
//! trade promotion, visit, …): "hội nghị triển khai Kế hoạch … về việc tham gia Hội chợ" is a
//! conference. "Hội nghị xúc tiến thương mại" is a trade promotion, not a conference.
//!
//! A type's date is the event date of the first sentence (after the title) that mentions it
//! and has one; else the main date (the first event date of the lead). Issuing a document
//! (`other`) takes the document's date.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::dates::{DateFact, Role};

struct Trigger {
    kind: &'static str,
    strong: bool,
    /// Counts in any body sentence when told in the past ("đã ký kết giao ước thi đua").
    past: bool,
    re: Regex,
}

static TRIGGERS: LazyLock<Vec<Trigger>> = LazyLock::new(|| {
    include_str!("../data/events.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut c = l.split('\t');
            let kind = c.next()?;
            let strength = c.next()?;
            let re = Regex::new(&format!("(?i){}", c.next()?)).ok()?;
            Some(Trigger {
                kind,
                strong: strength != "weak",
                past: strength == "past",
                re,
            })
        })
        .collect()
});

static FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:sẽ|dự\s+kiến|sắp\s+tới|sắp\s+diễn|chuẩn\s+bị|phấn\s+đấu|mục\s+tiêu|đề\s+nghị|đề\s+xuất)")
        .expect("future regex")
});
static CONTINUES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\p{Lu}{2,8}\s*-\s*)?(?:dịp\s+này|nhân\s+dịp\s+này|nhân\s+dịp|kết\s+hợp|cũng\s+trong|cũng\s+tại|cũng\s+nằm\s+trong|trong\s+khuôn\s+khổ|tiếp\s+đó|sau\s+đó|ngay\s+sau|kết\s+thúc\s+(?:hội\s+nghị|buổi\s+lễ|đại\s+hội|lễ|hội\s+đàm|buổi\s+làm\s+việc|chuyến\s+thăm|hội\s+thảo|t[ọo]a\s+đàm))")
        .expect("continues regex")
});

/// A speaker's verb: what follows it is what was said.
static SPEECH_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[\s,])(?:ghi\s+nhận|nhấn\s+mạnh|cho\s+biết|cho\s+rằng|đánh\s+giá\s+cao|khẳng\s+định|mong\s+muốn|chia\s+sẻ|kiến\s+nghị)[\s,:]")
        .expect("speech regex")
});

/// "đã", "vừa" right before a trigger: it took place.
static PAST_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:đã|vừa|đã\s+được)\s+$").expect("past regex"));

/// Any phrase that can open a continuing sentence, anywhere in a paragraph (a cheap test).
static MAY_CONTINUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)dịp|kết\s+hợp|kết\s+thúc|cũng\s+(?:trong|tại|nằm)|khuôn\s+khổ|tiếp\s+đó|sau\s+đó|ngay\s+sau|(?:tại|trong)\s+(?:hội\s+nghị|hội\s+thảo|t[ọo]a\s+đàm|diễn\s+đàn|buổi\s+lễ|lễ|đại\s+hội|phiên)|(?:hội\s+nghị|hội\s+thảo|buổi\s+lễ|đại\s+hội)\s+(?:đã|cũng)\s")
        .expect("may-continue regex")
});

/// "Tại hội nghị, …", "Hội nghị đã trao …": what was done there (strong triggers) counts,
/// what was talked about (a speaker's topics) does not. Group 1 or 2 names the event
/// referred to.
static AT_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:(?:ngay|cũng)\s+)?(?:tại|trong)\s+(hội\s+nghị|hội\s+thảo|t[ọo]a\s+đàm|diễn\s+đàn|buổi\s+lễ|lễ|đại\s+hội|phiên)|(hội\s+nghị|hội\s+thảo|buổi\s+lễ|đại\s+hội)\s+(?:đã|cũng)\s)")
        .expect("at-event regex")
});

/// Words before a weak trigger that make it the frame of the sentence's event, not the event:
/// "Sáng 6/11, trong khuôn khổ hội chợ, Liên minh tổ chức Hội thảo …".
static FRAME_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:trong\s+khuôn\s+khổ|bên\s+lề|nhân\s+dịp|tham\s+gia|tham\s+dự)(?:\s+(?:của|các|chương\s+trình))?\s+$")
        .expect("frame regex")
});

/// An event found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventFact {
    pub kind: &'static str,
    pub date: Option<String>,
    pub span: Range<usize>,
}

struct Mention {
    kind: &'static str,
    span: Range<usize>,
    own_date: Option<String>,
    from_title: bool,
}

fn is_strong(kind: &str) -> bool {
    TRIGGERS.iter().any(|t| t.kind == kind && t.strong)
}

fn triggers_in(text: &str, r: Range<usize>, all_weak: bool) -> Vec<(&'static str, Range<usize>)> {
    let s = &text[r.clone()];
    let mut found: Vec<(&'static str, Range<usize>, bool)> = Vec::new();
    for t in TRIGGERS.iter() {
        for m in t.re.find_iter(s) {
            if !crate::text::starts_word(text, r.start + m.start()) {
                continue;
            }
            found.push((t.kind, r.start + m.start()..r.start + m.end(), t.strong));
        }
    }
    found.sort_by_key(|f| f.1.start);
    // The sentence's main event is its first weak trigger that is not a frame ("trong khuôn
    // khổ hội chợ"), or the first one when all are frames.
    let framed = |span: &Range<usize>| {
        FRAME_BEFORE.is_match(crate::text::tail(&text[r.start..span.start], 40))
    };
    // By position in `found`: two weak triggers may start at the same word ("Diễn đàn kết nối
    // giao thương" is a trade promotion, not also a conference).
    let main_weak = found
        .iter()
        .position(|f| !f.2 && !framed(&f.1))
        .or_else(|| found.iter().position(|f| !f.2));
    found
        .into_iter()
        .enumerate()
        .filter(|(i, (_, _, strong))| *strong || all_weak || Some(*i) == main_weak)
        .map(|(_, (kind, span, _))| (kind, span))
        .collect()
}

/// "ký Quyết định số 1187/QĐ-TTg ngày 3/10/2024 tặng Bằng khen": the date of the decision
/// that confers the honour, right before the award trigger.
fn decision_date(text: &str, dates: &[DateFact], trigger: &Range<usize>) -> Option<String> {
    dates
        .iter()
        .rev()
        .find(|d| d.span.end <= trigger.start && trigger.start - d.span.end <= 30)
        .filter(|d| {
            d.role == Role::Reference && !text[d.span.end..trigger.start].contains(['.', ';'])
        })
        .map(|d| d.value.clone())
}

/// Extracts events from the title and body, given the dates found in the body.
pub fn extract(
    text: &str,
    title: Option<&Range<usize>>,
    body: &[Range<usize>],
    dates: &[DateFact],
) -> Vec<EventFact> {
    let date_in = |r: &Range<usize>, role: Role| {
        dates
            .iter()
            .find(|d| d.role == role && r.start <= d.span.start && d.span.end <= r.end)
            .map(|d| d.value.clone())
    };
    let mut mentions: Vec<Mention> = Vec::new();
    if let Some(t) = title {
        if !FUTURE.is_match(&text[t.clone()]) {
            for (kind, span) in triggers_in(text, t.clone(), true) {
                mentions.push(Mention {
                    kind,
                    span,
                    own_date: None,
                    from_title: true,
                });
            }
        }
    }
    let mut main_date: Option<String> = None;
    // The event date of the last sentence that had one.
    let mut last_date: Option<String> = None;
    // When the lead states no date (a summary paragraph), the first event date of the next
    // paragraph is the main date.
    let fallback_date: Option<String> = body.iter().take(2).find_map(|p| date_in(p, Role::Event));
    for (pi, para) in body.iter().enumerate() {
        // A paragraph after the first with no date and no sentence that continues the event
        // has no zone sentence: skip it without splitting it.
        if pi > 0
            && !dates.iter().any(|d| {
                d.role == Role::Event && para.start <= d.span.start && d.span.end <= para.end
            })
            && !MAY_CONTINUE.is_match(&text[para.clone()])
        {
            continue;
        }
        for (si, sentence) in crate::text::sentences(text, para.clone())
            .into_iter()
            .enumerate()
        {
            let lead = pi == 0 && si < 2;
            let s = &text[sentence.clone()];
            let event_date = date_in(&sentence, Role::Event);
            if lead && main_date.is_none() {
                main_date.clone_from(&event_date);
            }
            let at_event = !lead && event_date.is_none() && AT_EVENT.is_match(s);
            let continues = CONTINUES.is_match(s);
            let zone = lead || event_date.is_some() || continues || at_event;
            if event_date.is_some() {
                last_date.clone_from(&event_date);
            }
            if !zone {
                continue;
            }
            // "Ngày 18/6, … hội đàm …. Kết thúc hội đàm, hai bên đã ký …": on the date of the
            // sentence it continues.
            let continued_date = if continues
                && event_date.is_none()
                && !lead
                && crate::text::prefix(s, 12)
                    .to_lowercase()
                    .starts_with("kết thúc")
            {
                last_date.clone()
            } else {
                None
            };
            // "Tại hội thảo, … đã được ký kết": on the date of the hội thảo mentioned last.
            let at_date = if at_event {
                AT_EVENT.captures(s).and_then(|c| {
                    let m = c.get(1).or(c.get(2))?;
                    let noun = m.as_str().to_lowercase();
                    let named = mentions
                        .iter()
                        .rev()
                        .filter(|x| !x.from_title && x.own_date.is_some())
                        .find(|x| text[x.span.clone()].to_lowercase().contains(&noun))
                        .and_then(|x| x.own_date.clone());
                    // "Ngay tại lễ khai mạc, …": the first day of the event's range.
                    let opening = || {
                        s[m.end()..]
                            .trim_start()
                            .starts_with("khai mạc")
                            .then(|| main_date.as_deref()?.split('/').next().map(str::to_owned))?
                    };
                    // "Phiên trù bị diễn ra chiều 5/8; phiên chính thức sáng 6/8 …. Tại phiên
                    // chính thức, …": the date given after the same words earlier.
                    let phrase = s[m.start()..]
                        .split([',', ';', '.'])
                        .next()
                        .unwrap_or("")
                        .trim_end()
                        .to_lowercase();
                    let earlier = || {
                        // Within the last few paragraphs, case aside.
                        let mut from = sentence.start.saturating_sub(3000);
                        while !text.is_char_boundary(from) {
                            from += 1;
                        }
                        let before = text[from..sentence.start].to_lowercase();
                        // Lower-casing keeps the length of Vietnamese letters, so positions
                        // in `before` are positions in the text.
                        if before.len() != sentence.start - from {
                            return None;
                        }
                        let at = from + before.rfind(&phrase)? + phrase.len();
                        dates
                            .iter()
                            .find(|d| {
                                d.role == Role::Event
                                    && d.span.start >= at
                                    && d.span.start <= at + 20
                            })
                            .map(|d| d.value.clone())
                    };
                    named.or_else(opening).or_else(earlier)
                })
            } else {
                None
            };
            let future = FUTURE.is_match(s);
            for (kind, span) in triggers_in(text, sentence.clone(), false) {
                if at_event && !is_strong(kind) {
                    continue;
                }
                // "bà X ghi nhận Liên minh … dẫn đầu về … xúc tiến thương mại": a speaker's
                // topic, not an event.
                if !lead
                    && !is_strong(kind)
                    && SPEECH_BEFORE.is_match(&text[sentence.start..span.start])
                {
                    continue;
                }
                // A future word elsewhere in the sentence ("sản lượng dự kiến") does not undo
                // a trigger told in the past: "đã ký kết", "đã trao Quyết định kết nạp" ("đã"
                // earlier in the trigger's clause).
                let clause_start = text[sentence.start..span.start]
                    .rfind([';', ','])
                    .map_or(sentence.start, |k| sentence.start + k);
                let past = PAST_BEFORE
                    .is_match(crate::text::tail(&text[sentence.start..span.start], 12))
                    || text[clause_start..span.start].contains(" đã ");
                if future && !past {
                    continue;
                }
                // Issuing a document takes the document's date; an anniversary ("lễ kỷ niệm
                // 79 năm …  (11/4/1946 - 11/4/2025)") is held on its own date.
                let issuing = kind == "other" && !text[span.clone()].starts_with(['l', 'L']);
                let own_date = if issuing {
                    date_in(&sentence, Role::Reference).or(event_date.clone())
                } else {
                    // The date nearest before the trigger ("…Hội chợ … từ 30/9 đến 2/10,
                    // chiều 30/9, … ký kết"), else the first one after it.
                    let in_sentence: Vec<&DateFact> = dates
                        .iter()
                        .filter(|d| {
                            d.role == Role::Event
                                && sentence.start <= d.span.start
                                && d.span.end <= sentence.end
                        })
                        .collect();
                    // Within the trigger's clause (between semicolons): "…(5.7); trao tặng
                    // Kỷ niệm chương" does not take the 5.7 of the clause before.
                    let clause_start = text[sentence.start..span.start]
                        .rfind(';')
                        .map_or(sentence.start, |k| sentence.start + k + 1);
                    in_sentence
                        .iter()
                        .rev()
                        .find(|d| d.span.end <= span.start && d.span.start >= clause_start)
                        .or(in_sentence.first())
                        .map(|d| d.value.clone())
                        .or_else(|| at_date.clone())
                        .or_else(|| continued_date.clone())
                        .or_else(|| (kind == "award").then(|| decision_date(text, dates, &span))?)
                };
                mentions.push(Mention {
                    kind,
                    span,
                    own_date,
                    from_title: false,
                });
            }
        }
    }
    // Triggers that count anywhere in the body when told in the past.
    for para in body {
        for t in TRIGGERS.iter().filter(|t| t.past) {
            for m in t.re.find_iter(&text[para.clone()]) {
                let start = para.start + m.start();
                if PAST_BEFORE.is_match(crate::text::tail(&text[para.start..start], 12)) {
                    mentions.push(Mention {
                        kind: t.kind,
                        span: start..para.start + m.end(),
                        own_date: None,
                        from_title: false,
                    });
                }
            }
        }
    }
    let mut out: Vec<EventFact> = Vec::new();
    for m in &mentions {
        if out.iter().any(|e| e.kind == m.kind) {
            continue;
        }
        let own = mentions
            .iter()
            .filter(|x| x.kind == m.kind && !x.from_title)
            .find_map(|x| x.own_date.clone());
        let from_own = own.is_some();
        let mut date = own
            .or_else(|| main_date.clone())
            .or_else(|| fallback_date.clone());
        // A signing, an award, an admission is done on one day of a multi-day fair or
        // congress: a fair's signings at its opening, a congress's honours at its closing
        // session.
        if let Some(d) = date
            .as_deref()
            .filter(|d| d.contains('/') && is_strong(m.kind))
        {
            if !from_own {
                let closing = m.kind == "award" && mentions.iter().any(|x| x.kind == "congress");
                let day = if closing {
                    d.rsplit('/').next()
                } else {
                    d.split('/').next()
                };
                date = day.map(str::to_owned);
            }
        }
        // A later mention that gives the whole range of the same event ("Sáng 14/3, … khai
        // giảng lớp tập huấn…. Lớp tập huấn diễn ra từ ngày 14 đến 16/3") gives its date.
        if let Some(d) = date.as_ref().filter(|_| !is_strong(m.kind)) {
            let range = mentions
                .iter()
                .filter(|x| x.kind == m.kind)
                .filter_map(|x| x.own_date.as_ref())
                .find(|v| v.starts_with(&format!("{d}/")));
            if let Some(r) = range {
                date = Some(r.clone());
            }
        }
        // Prefer a body mention's span over the title's.
        let span = mentions
            .iter()
            .find(|x| x.kind == m.kind && !x.from_title)
            .map_or(m.span.clone(), |x| x.span.clone());
        out.push(EventFact {
            kind: m.kind,
            date,
            span,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates;

    fn run(title: &str, body: &str) -> Vec<(&'static str, Option<String>)> {
        let text = format!("{title}\n{body}");
        let t = 0..title.len();
        let b = title.len() + 1..text.len();
        let (d, _) = dates::extract(&text, std::slice::from_ref(&b), &dates::Context::default());
        let title_r = (!title.is_empty()).then_some(t);
        extract(&text, title_r.as_ref(), &[b], &d)
            .into_iter()
            .map(|e| (e.kind, e.date))
            .collect()
    }

    #[test]
    fn ok_anniversary_on_its_own_date_document_on_its_date() {
        let ev = run("", "Sáng 10/4, Liên minh HTX tỉnh tổ chức Lễ kỷ niệm 79 năm Ngày Hợp tác xã Việt Nam (11/4/1946 - 11/4/2025).");
        assert_eq!(ev, vec![("other", Some("--04-10".into()))]);
        let ev = run("", "Ngày 26/9/2025, UBND tỉnh ban hành Quyết định số 2150/QĐ-UBND ngày 25/9/2025 về việc hợp nhất.");
        assert_eq!(ev, vec![("other", Some("2025-09-25".into()))]);
    }

    #[test]
    fn ok_told_in_the_past_despite_a_later_proposal() {
        let ev = run("", "Ngày 28/3/2016, HTX tổ chức Đại hội thành viên. Tại Đại hội, bà Nguyễn Thị Bích Ngọc đã trao Quyết định kết nạp HTX là thành viên của Liên minh HTX tỉnh; đồng thời đề nghị HTX phát huy vai trò.");
        assert!(
            ev.contains(&("membership", Some("2016-03-28".into()))),
            "{ev:?}"
        );
        // Without "đã" a proposal in the sentence leaves the trigger in the future.
        let ev = run("", "Ngày 12/5/2024, Liên minh HTX tỉnh thông báo. Các HTX có nhu cầu tham gia đoàn khảo sát thị trường đăng ký trước ngày 20/5; dự kiến đoàn sẽ khởi hành trong tháng 6.");
        assert!(ev.iter().all(|(k, _)| *k != "visit"), "{ev:?}");
    }

    #[test]
    fn ok_sentence_closing_a_dated_meeting_takes_its_date() {
        let ev = run("", "Từ ngày 17 đến 21/6/2024, đoàn công tác Liên minh HTX Việt Nam thăm và làm việc tại Hàn Quốc. Ngày 18/6/2024, đoàn đã có buổi hội đàm với NACF. Kết thúc hội đàm, hai bên đã ký Bản ghi nhớ hợp tác giai đoạn 2024 - 2027.");
        assert_eq!(
            ev,
            vec![
                ("visit", Some("2024-06-17/2024-06-21".into())),
                ("signing", Some("2024-06-18".into()))
            ]
        );
    }

    #[test]
    fn ok_award_by_decision_on_the_decisions_date() {
        let ev = run("", "Phó Thủ tướng Lê Minh Tuấn vừa ký Quyết định số 1187/QĐ-TTg ngày 3/10/2024 tặng Bằng khen của Thủ tướng Chính phủ cho 3 tập thể.");
        assert_eq!(ev, vec![("award", Some("2024-10-03".into()))]);
        // A ceremony's own date wins over the decision's.
        let ev = run("", "Sáng 10/10/2024, Liên minh HTX tỉnh trao Quyết định số 1187/QĐ-TTg ngày 3/10/2024 tặng Bằng khen cho 3 tập thể.");
        assert_eq!(ev, vec![("award", Some("2024-10-10".into()))]);
    }

    #[test]
    fn ok_trade_forum_is_one_event_and_memorandum_signed() {
        let ev = run("", "Ngày 14/10/2025, Liên minh HTX Việt Nam và Bộ Nông nghiệp và Lâm nghiệp Lào đã ký Biên bản ghi nhớ về hợp tác. Ngày 15/10/2025, đoàn dự Diễn đàn kết nối giao thương nông sản HTX Việt Nam - Lào.");
        assert_eq!(
            ev,
            vec![
                ("signing", Some("2025-10-14".into())),
                ("trade_promotion", Some("2025-10-15".into()))
            ]
        );
    }

    #[test]
    fn ok_meeting_as_subject_of_what_it_did() {
        let ev = run("", "Ngày 27/6/2025, Liên minh HTX tỉnh tổ chức Hội nghị tổng kết hoạt động nhiệm kỳ. Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo. Hội nghị đã trao Giấy khen cho 15 tập thể.");
        assert_eq!(
            ev,
            vec![
                ("conference", Some("2025-06-27".into())),
                ("award", Some("2025-06-27".into()))
            ]
        );
        // A new member's contribution is not an admission.
        let ev = run("", "Ngày 5/3/2023, HTX tổ chức Đại hội thành viên thường niên. Đại hội cũng thống nhất mức góp vốn tối thiểu của thành viên mới là 10 triệu đồng.");
        assert_eq!(ev, vec![("congress", Some("2023-03-05".into()))]);
    }

    #[test]
    fn ok_signed_at_the_opening_on_the_first_day() {
        let ev = run("", "Hội chợ HTX vùng ĐBSCL diễn ra từ 27/11 đến 1/12/2024 tại TP Cần Thơ. Hội chợ có 250 gian hàng. Ngay tại lễ khai mạc, 12 HTX đã ký biên bản ghi nhớ tiêu thụ sản phẩm với các doanh nghiệp.");
        assert_eq!(
            ev,
            vec![
                ("trade_promotion", Some("2024-11-27/2024-12-01".into())),
                ("signing", Some("2024-11-27".into()))
            ]
        );
    }

    #[test]
    fn ok_speakers_topic_is_no_event() {
        let ev = run("", "Trong hai ngày 16 và 17/10/2025, Liên minh HTX thành phố tổ chức Đại hội đại biểu lần thứ VI. Đại biểu thảo luận nhiều nội dung. Tại phiên chính thức sáng 17/10/2025, bà Nguyễn Thu Trang ghi nhận Liên minh là đơn vị dẫn đầu về xúc tiến thương mại.");
        assert_eq!(ev, vec![("congress", Some("2025-10-16/2025-10-17".into()))]);
    }

    #[test]
    fn ok_at_a_session_dated_earlier() {
        let ev = run("", "Trong 2 ngày 5 - 6/8/2025, Liên minh HTX tỉnh tổ chức Đại hội đại biểu nhiệm kỳ 2025 - 2030. Phiên trù bị diễn ra chiều 5/8/2025; phiên chính thức sáng 6/8/2025 có 215 đại biểu. Tại phiên chính thức, ông Lê Đình Khang trao Cờ thi đua cho 3 đơn vị.");
        assert_eq!(
            ev,
            vec![
                ("congress", Some("2025-08-05/2025-08-06".into())),
                ("award", Some("2025-08-06".into()))
            ]
        );
    }

    #[test]
    fn ok_one_day_of_a_multi_day_event() {
        // A fair's signing on its opening day.
        let ev = run("", "Từ ngày 5 đến 7/3/2025, Liên minh HTX thành phố tổ chức Hội chợ sản phẩm HTX. Hội chợ có 120 gian hàng. Dịp này, Liên minh HTX thành phố và Liên minh HTX tỉnh đã ký kết chương trình phối hợp.");
        assert_eq!(
            ev,
            vec![
                ("trade_promotion", Some("2025-03-05/2025-03-07".into())),
                ("signing", Some("2025-03-05".into()))
            ]
        );
        // A congress's honours at its closing.
        let ev = run("", "Trong 2 ngày 16 - 17/10/2025, Liên minh HTX thành phố tổ chức Đại hội đại biểu lần thứ VI. Đại hội có 300 đại biểu. Dịp này, Liên minh HTX thành phố vinh dự đón nhận Cờ thi đua của Liên minh HTX Việt Nam.");
        assert_eq!(
            ev,
            vec![
                ("congress", Some("2025-10-16/2025-10-17".into())),
                ("award", Some("2025-10-17".into()))
            ]
        );
        // A signing dated on its own keeps its day though the fair's range mentions it again.
        let ev = run("", "Ngày 12/11/2025, Liên minh HTX thành phố ký kết chương trình phối hợp với Liên minh HTX 3 tỉnh. Hội chợ có 60 gian hàng. Song song với lễ ký kết, phiên chợ nông sản HTX diễn ra từ ngày 12 đến 14/11/2025.");
        assert_eq!(ev[0], ("signing", Some("2025-11-12".into())));
    }

    #[test]
    fn ok_founding_congress_founds_and_meets() {
        let ev = run("", "Ngày 12.9.2017, tại Hội trường UBND xã, Ban sáng lập tổ chức Đại hội thành lập HTX Dịch vụ nông nghiệp Hải Anh Xanh.");
        assert_eq!(
            ev,
            vec![
                ("establishment", Some("2017-09-12".into())),
                ("congress", Some("2017-09-12".into()))
            ]
        );
    }

    #[test]
    fn ok_framed_trigger_is_not_the_main_event() {
        let ev = run("", "Tối 5/11, Sở Công Thương khai mạc Hội chợ nông sản tỉnh Đồng Tháp. Sáng 6/11, trong khuôn khổ hội chợ, Liên minh HTX tỉnh tổ chức Hội thảo về sản phẩm OCOP. Tại hội thảo, 14 biên bản ghi nhớ đã được ký kết giữa các HTX với doanh nghiệp.");
        assert_eq!(
            ev,
            vec![
                ("trade_promotion", Some("--11-05".into())),
                ("conference", Some("--11-06".into())),
                ("signing", Some("--11-06".into())),
            ]
        );
        // Without a frame the first weak trigger stays the sentence's event.
        let ev = run(
            "",
            "Sáng 6/11, Liên minh HTX tỉnh tổ chức hội chợ và hội thảo về sản phẩm OCOP.",
        );
        assert_eq!(ev, vec![("trade_promotion", Some("--11-06".into()))]);
    }

    #[test]
    fn ok_signing_award_membership_share_the_main_date() {
        let ev = run("", "Ngày 30 tháng 9 năm 2022, Liên minh HTX hai tỉnh ký kết chương trình hợp tác. Hội nghị kết hợp trao quyết định công nhận thành viên cho các HTX mới, trao cờ thi đua và bằng khen cho các tập thể.");
        assert_eq!(
            ev,
            vec![
                ("signing", Some("2022-09-30".into())),
                ("membership", Some("2022-09-30".into())),
                ("award", Some("2022-09-30".into())),
            ]
        );
    }

    #[test]
    fn ok_trade_promotion_conference_is_not_a_conference() {
        let ev = run(
            "Tổng kết phong trào thi đua năm 2023 và Tổ chức Hội nghị xúc tiến thương mại",
            "Ngày 18/11/2023 tại tỉnh Hà Nam, các Liên minh Tổng kết phong trào thi đua năm 2023; ký giao ước thi đua năm 2024.\nĐoạn hai.\nNgày 19/11/2023, Tổ chức Hội nghị xúc tiến thương mại, đánh giá kết quả ký kết kết nối cung, cầu.",
        );
        assert_eq!(
            ev,
            vec![
                ("conference", Some("2023-11-18".into())),
                ("trade_promotion", Some("2023-11-19".into())),
                ("signing", Some("2023-11-18".into())),
            ]
        );
    }

    #[test]
    fn ok_issuing_a_decision_takes_its_date() {
        let ev = run("", "Thủ tướng Chính phủ vừa ban hành Quyết định số 1318/QĐ-TTg ngày 22.7.2021 phê duyệt Kế hoạch.");
        assert_eq!(ev, vec![("other", Some("2021-07-22".into()))]);
    }

    #[test]
    fn ok_summary_lead_takes_the_next_paragraph_date() {
        let text = "Liên minh HTX tỉnh vừa tổ chức hội nghị tổng kết công tác năm 2023.\nSáng 12/1/2024, tại hội trường, các đại biểu đã nghe báo cáo.";
        let paras: Vec<std::ops::Range<usize>> = crate::text::lines(text);
        let (d, _) = dates::extract(text, &paras, &dates::Context::default());
        let ev = extract(text, None, &paras, &d);
        assert_eq!(ev[0].kind, "conference");
        assert_eq!(ev[0].date.as_deref(), Some("2024-01-12"));
    }

    #[test]
    fn ok_anniversary_ceremony_is_other() {
        let ev = run(
            "",
            "Ngày 20/4/2024, Hợp tác xã Tân Hòa tổ chức lễ kỷ niệm 10 năm thành lập.",
        );
        assert_eq!(ev, vec![("other", Some("2024-04-20".into()))]);
    }

    #[test]
    fn err_future_and_background_report_nothing() {
        let ev = run("600 đại biểu sẽ dự Đại hội toàn quốc", "Đại hội đại biểu lần thứ VI sẽ được tổ chức trong 2 ngày 21 - 22/12. Nội dung khác.\nĐoạn sau nói về hội thảo đã qua.");
        assert!(ev.is_empty(), "{ev:?}");
    }
}
