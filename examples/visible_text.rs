//! Prints the text that extraction reads for each file given: the visible text of an HTML
//! page (scripts, navigation and footers dropped; legacy encodings repaired), or the decoded
//! text of a plain file. Useful to see why a page gives the record it gives.
//!
//! `cargo run --release --example visible_text -- PAGE.html [MORE…]`
//!
//! With `--segments`, prints instead how the normalised text is segmented: each line marked
//! `T` (title), `S` (publication stamp), `A` (byline: the authors read from it), `B` (body),
//! `C` (caption) or `-` (furniture, or past the end of the article).

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut status = ExitCode::SUCCESS;
    let args: Vec<String> = std::env::args().skip(1).collect();
    let segments = args.iter().any(|a| a == "--segments");
    for path in args.into_iter().filter(|a| a != "--segments") {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                status = ExitCode::FAILURE;
                continue;
            }
        };
        let format = htx_extract::input::Format::of_path(std::path::Path::new(&path));
        match htx_extract::input::article_from_bytes_as(path.clone(), &path, &bytes, format) {
            Ok(a) => {
                println!("==> {path} ({}, {})", a.source.encoding, format.name());
                let text = a.base.as_ref().map_or(a.text.as_str(), |b| &b.text);
                if segments {
                    print_segments(text);
                } else {
                    println!("{text}");
                }
            }
            Err((_, e)) => {
                eprintln!("{path}: {e}");
                status = ExitCode::FAILURE;
            }
        }
    }
    status
}

/// One line per line of the normalised text, marked with what segmentation made of it.
fn print_segments(text: &str) {
    let norm = htx_extract::normalise::normalise(text);
    let t = norm.text.as_str();
    let seg = htx_extract::segment::segment(t);
    let inside = |r: &std::ops::Range<usize>, line: &std::ops::Range<usize>| {
        r.start < line.end.max(line.start + 1) && line.start < r.end
    };
    for line in htx_extract::text::lines(t) {
        let has = |rs: &[std::ops::Range<usize>]| rs.iter().any(|r| inside(r, &line));
        let mark = if seg.title.as_ref().is_some_and(|r| inside(r, &line)) {
            "T"
        } else if seg
            .published
            .as_ref()
            .is_some_and(|s| inside(&s.span, &line))
        {
            "S"
        } else if has(&seg.authors) {
            "A"
        } else if has(&seg.body) {
            "B"
        } else if has(&seg.captions) {
            "C"
        } else {
            "-"
        };
        let authors: Vec<&str> = seg
            .authors
            .iter()
            .filter(|r| inside(r, &line))
            .map(|r| &t[r.clone()])
            .collect();
        let shown: String = t[line.clone()].chars().take(110).collect();
        if authors.is_empty() {
            println!("{mark} {shown}");
        } else {
            println!("{mark} {shown}    {authors:?}");
        }
    }
}
