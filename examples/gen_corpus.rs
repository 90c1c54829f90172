//! Builds a synthetic corpus for throughput and memory measurements from the bundled
//! `corpus/*.txt` articles, with variations: years and days changed, body lines dropped,
//! repeated or taken from another article; about 75% plain `.txt` files, 10% `.html` pages and
//! 15% of the articles in `.jsonl` dumps of 500 lines.
//!
//! Usage: `cargo run --release --example gen_corpus -- OUT_DIR [MEGABYTES]` (default 100).
//! The output is deterministic (fixed seed). Nothing is written outside OUT_DIR.

use std::io::Write;
use std::path::PathBuf;

/// xorshift64*: deterministic and dependency-free.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Changes years (20xx) and some day numbers so that articles differ in content.
fn vary_numbers(line: &str, rng: &mut Rng) -> String {
    let shift = rng.below(7) as i32 - 3;
    let mut out = String::with_capacity(line.len());
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let is_year = i + 4 <= chars.len()
            && chars[i] == '2'
            && chars[i + 1] == '0'
            && chars[i + 2].is_ascii_digit()
            && chars[i + 3].is_ascii_digit()
            && (i == 0 || !chars[i - 1].is_ascii_digit())
            && !chars.get(i + 4).is_some_and(|c| c.is_ascii_digit());
        if is_year {
            let y: i32 = chars[i..i + 4]
                .iter()
                .collect::<String>()
                .parse()
                .unwrap_or(2020);
            out.push_str(&(y + shift).to_string());
            i += 4;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

fn article(seeds: &[Vec<String>], rng: &mut Rng) -> String {
    let main = &seeds[rng.below(seeds.len())];
    let mut lines: Vec<String> = Vec::new();
    for (n, l) in main.iter().enumerate() {
        if n > 3 && rng.below(10) == 0 {
            continue; // drop a body line
        }
        lines.push(vary_numbers(l, rng));
        if n > 3 && rng.below(12) == 0 {
            let other = &seeds[rng.below(seeds.len())];
            let pick = &other[rng.below(other.len())];
            lines.push(vary_numbers(pick, rng));
        }
    }
    lines.join("\n")
}

fn html_page(text: &str) -> String {
    let mut lines = text.lines();
    let title = lines.next().unwrap_or_default();
    let mut s = String::from("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">\n");
    s.push_str(&format!("<title>{title} | Báo điện tử</title>\n"));
    s.push_str("<script>var x = 1 < 2 && '</p>';</script><style>p { margin: 0 }</style></head>\n");
    s.push_str(
        "<body><nav><a href=\"/\">Trang chủ</a> | <a href=\"/htx\">Kinh tế tập thể</a></nav>\n",
    );
    s.push_str(&format!(
        "<article><h1>{}</h1>\n",
        title.replace('&', "&amp;")
    ));
    for l in lines {
        s.push_str(&format!(
            "<p>{}</p>\n",
            l.replace('&', "&amp;").replace('<', "&lt;")
        ));
    }
    s.push_str("</article><footer>© Bản quyền thuộc về Báo điện tử</footer></body></html>\n");
    s
}

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(args.next().expect("usage: gen_corpus OUT_DIR [MEGABYTES]"));
    let mb: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(100);
    let target = mb * 1_000_000;
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut seeds = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(&root)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    for p in names {
        let t = std::fs::read_to_string(&p)?;
        seeds.push(t.lines().map(str::to_owned).collect::<Vec<_>>());
    }
    assert!(!seeds.is_empty(), "no corpus/*.txt articles");
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut written = 0u64;
    let mut n = 0usize;
    let mut dump: Option<(std::io::BufWriter<std::fs::File>, usize)> = None;
    let mut dumps = 0usize;
    while written < target {
        let text = article(&seeds, &mut rng);
        let dir = out.join(format!("{:03}", n / 1000));
        std::fs::create_dir_all(&dir)?;
        match rng.below(20) {
            0..=14 => {
                let p = dir.join(format!("a{n:07}.txt"));
                std::fs::write(&p, &text)?;
                written += text.len() as u64;
            }
            15..=16 => {
                let page = html_page(&text);
                std::fs::write(dir.join(format!("a{n:07}.html")), &page)?;
                written += page.len() as u64;
            }
            _ => {
                if !dump.as_ref().is_some_and(|(_, lines)| *lines < 500) {
                    let f = std::fs::File::create(out.join(format!("dump{dumps:04}.jsonl")))?;
                    dumps += 1;
                    dump = Some((std::io::BufWriter::new(f), 0));
                }
                if let Some((w, lines)) = dump.as_mut() {
                    let line = serde_json::json!({
                        "id": format!("j{n:07}"),
                        "url": format!("https://example.invalid/{n}"),
                        "published": "2023-03-31T16:17:00+07:00",
                        "text": text,
                    })
                    .to_string();
                    writeln!(w, "{line}")?;
                    written += line.len() as u64 + 1;
                    *lines += 1;
                }
            }
        }
        n += 1;
    }
    eprintln!(
        "gen_corpus: {n} articles, {:.1} MB in {}",
        written as f64 / 1e6,
        out.display()
    );
    Ok(())
}
