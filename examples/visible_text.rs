//! Prints the text that extraction reads for each file given: the visible text of an HTML
//! page (scripts, navigation and footers dropped; legacy encodings repaired), or the decoded
//! text of a plain file. Useful to see why a page gives the record it gives.
//!
//! `cargo run --release --example visible_text -- PAGE.html [MORE…]`

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut status = ExitCode::SUCCESS;
    for path in std::env::args().skip(1) {
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
                println!("{}", a.base.as_ref().map_or(a.text.as_str(), |b| &b.text));
            }
            Err((_, e)) => {
                eprintln!("{path}: {e}");
                status = ExitCode::FAILURE;
            }
        }
    }
    status
}
