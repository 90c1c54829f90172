//! The review page in a real browser (issue 5: "Test it in headless Chromium ... the page
//! loads, shows the expected number of highlights for a fixture, and a screenshot is
//! produced").
//!
//! Needs Debian's `chromium` (`apt-get install -y chromium`; `.ci/run` installs it). Without
//! it the test fails when `CI` is set and is skipped otherwise.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use htx_extract::record::*;

const ARTICLE: &str = "Ký kết hợp tác <script>alert(1)</script>\n\
Sáng ngày 30 tháng 9 năm 2022, Liên minh HTX tỉnh Đăk Nông và Liên minh HTX tỉnh Bình Phước \
ký kết chương trình phối hợp giai đoạn 2022-2025. UBND tỉnh trao Cờ thi đua cho HTX Công Bằng \
Thuận An.\nTrần Xuân Bắc\n";

fn chromium() -> Option<&'static str> {
    ["chromium", "chromium-browser"].into_iter().find(|c| {
        Command::new(c)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    })
}

/// Character span of the `nth` occurrence of `needle` in ARTICLE.
fn span_of(needle: &str) -> [usize; 2] {
    let byte = ARTICLE
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} not in article"));
    let start = ARTICLE[..byte].chars().count();
    [start, start + needle.chars().count()]
}

fn g(needle: &str) -> (String, [usize; 2]) {
    (needle.to_owned(), span_of(needle))
}

fn record(dir: &Path) -> Record {
    let (t_title, s_title) = g("Ký kết hợp tác <script>alert(1)</script>");
    let (t_date, s_date) = g("Sáng ngày 30 tháng 9 năm 2022");
    let (t_p1, s_p1) = g("Liên minh HTX tỉnh Đăk Nông");
    let (t_p2, s_p2) = g("Liên minh HTX tỉnh Bình Phước");
    let (t_ev, s_ev) = g("ký kết chương trình phối hợp");
    let (t_per, s_per) = g("giai đoạn 2022-2025");
    let (t_aw, s_aw) = g("HTX Công Bằng Thuận An");
    let (t_au, s_au) = g("Trần Xuân Bắc");
    // A span crossing the end of the party mark ("Nông và Liên"), to exercise clipping.
    let (t_w, s_w) = g("Nông và Liên");
    let _ = dir;
    Record {
        schema: SCHEMA_VERSION.into(),
        id: "browser".into(),
        source: Source {
            path: "browser.txt".into(),
            sha256: htx_extract::input::sha256_hex(ARTICLE.as_bytes()),
            bytes: ARTICLE.len(),
            encoding: "utf-8".into(),
            line: None,
            format: None,
            url: None,
            title: None,
            published: None,
        },
        title: Some(Grounded {
            text: t_title,
            span: s_title,
        }),
        published: None,
        events: vec![Event {
            kind: "signing".into(),
            date: Some("2022-09-30".into()),
            text: t_ev,
            span: s_ev,
        }],
        dates: vec![DateItem {
            value: "2022-09-30".into(),
            role: "event".into(),
            part_of_day: Some("morning".into()),
            year_inferred: false,
            text: t_date,
            span: s_date,
        }],
        parties: vec![
            Party {
                name: "Liên minh Hợp tác xã tỉnh Đắk Nông".into(),
                kind: "cooperative_alliance".into(),
                province: Some("Đắk Nông".into()),
                province_2025: None,
                text: t_p1,
                span: s_p1,
            },
            Party {
                name: "Liên minh Hợp tác xã tỉnh Bình Phước".into(),
                kind: "cooperative_alliance".into(),
                province: Some("Bình Phước".into()),
                province_2025: None,
                text: t_p2,
                span: s_p2,
            },
        ],
        periods: vec![Period {
            start: Some(2022),
            end: 2025,
            kind: "program".into(),
            text: t_per,
            span: s_per,
        }],
        awards: vec![Award {
            award: "Cờ thi đua".into(),
            issuer: Some("Ủy ban nhân dân tỉnh".into()),
            recipient: Recipient {
                name: "Hợp tác xã Công Bằng Thuận An".into(),
                kind: "cooperative".into(),
                text: t_aw,
                span: s_aw,
            },
        }],
        award_counts: vec![],
        people: vec![],
        authors: vec![Author {
            name: "Trần Xuân Bắc".into(),
            text: t_au,
            span: s_au,
        }],
        references: vec![],
        warnings: vec![Warning {
            code: "test_overlap".into(),
            message: "a span that crosses a party <b>mark</b>".into(),
            text: Some(t_w),
            span: Some(s_w),
        }],
    }
}

/// title, event, date, 2 parties, period, award, author, warning.
const SPANS: usize = 9;

fn run_with_timeout(cmd: &mut Command, limit: Duration) -> std::process::Output {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot start chromium");
    let started = Instant::now();
    loop {
        if child.try_wait().expect("wait").is_some() {
            return child.wait_with_output().expect("output");
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let out = child.wait_with_output().expect("output");
            panic!(
                "chromium did not finish in {limit:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn browser(exe: &str, profile: &Path) -> Command {
    let mut c = Command::new(exe);
    c.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ])
    .arg(format!("--user-data-dir={}", profile.display()));
    c
}

#[test]
fn ok_review_page_in_headless_chromium() {
    let Some(exe) = chromium() else {
        if std::env::var_os("CI").is_some() {
            panic!("chromium is not installed: `apt-get install -y chromium` (CI installs it in .ci/run)");
        }
        eprintln!("skipped: chromium not installed");
        return;
    };
    let dir: PathBuf = Path::new(env!("CARGO_TARGET_TMPDIR")).join("research_review_browser");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("browser.txt"), ARTICLE).unwrap();
    let rec = record(&dir);
    assert_eq!(htx_extract::review::record_spans(&rec).len(), SPANS);
    let line = Output::Record(Box::new(rec)).to_json_line();
    std::fs::write(dir.join("records.jsonl"), line + "\n").unwrap();

    let page = dir.join("review.html");
    let out = Command::new(env!("CARGO_BIN_EXE_htx-extract"))
        .args(["review"])
        .arg(dir.join("records.jsonl"))
        .arg("--html")
        .arg(&page)
        .arg("--root")
        .arg(&dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let url = format!("file://{}", page.display());

    // The DOM as the browser built it.
    let dom = run_with_timeout(
        browser(exe, &dir.join("profile-dom"))
            .arg("--dump-dom")
            .arg(&url),
        Duration::from_secs(90),
    );
    let dom = String::from_utf8_lossy(&dom.stdout);
    assert!(
        dom.contains("<pre class=\"text\">"),
        "page did not load:\n{dom}"
    );
    assert_eq!(dom.matches("<mark ").count(), SPANS, "{dom}");
    assert_eq!(dom.matches("</mark>").count(), SPANS, "{dom}");
    // The article's script is text, in the article and in the record JSON, and never an element.
    assert!(
        dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{dom}"
    );
    assert!(!dom.contains("<script"), "{dom}");
    assert!(dom.contains("&lt;b&gt;mark&lt;/b&gt;"), "{dom}");
    assert!(dom.contains("class=\"f-dates\""), "{dom}");
    assert!(
        dom.contains(">Sáng ngày 30 tháng 9 năm 2022</mark>"),
        "{dom}"
    );
    assert!(
        dom.contains("title=\"Cờ thi đua → Hợp tác xã Công Bằng Thuận An"),
        "{dom}"
    );
    assert!(dom.contains("f-warnings clip"), "{dom}");
    assert!(dom.contains("class=\"warn\""), "{dom}");

    // A screenshot.
    let shot = dir.join("review.png");
    let _ = std::fs::remove_file(&shot);
    run_with_timeout(
        browser(exe, &dir.join("profile-shot"))
            .arg(format!("--screenshot={}", shot.display()))
            .arg("--window-size=1280,2000")
            .arg(&url),
        Duration::from_secs(90),
    );
    let png = std::fs::read(&shot).expect("no screenshot written");
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    assert!(
        png.len() > 10_000,
        "screenshot suspiciously small: {} bytes",
        png.len()
    );
    eprintln!("screenshot: {}", shot.display());
}
