//! Batch runs: many inputs, every core, output in input order, one record or error record per
//! input.

use std::io::Write;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::Error;
use crate::input::{self, article_from_bytes};
use crate::record::{ErrorInfo, ErrorRecord, Output, Source, SCHEMA_VERSION};

/// Totals of a run.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub inputs: usize,
    pub records: usize,
    pub errors: usize,
    pub bytes: u64,
}

fn error_output(id: String, source: Source, e: &Error) -> Output {
    Output::Error(ErrorRecord {
        schema: SCHEMA_VERSION.into(),
        id,
        source,
        error: ErrorInfo {
            code: e.code().into(),
            message: e.to_string(),
        },
    })
}

fn empty_source(path: &str) -> Source {
    Source {
        path: path.to_owned(),
        sha256: String::new(),
        bytes: 0,
        encoding: String::new(),
        line: None,
        format: None,
    }
}

/// Reads and extracts one file (or `-` for standard input).
pub fn process_path(path: &Path) -> Output {
    let shown = path.to_string_lossy().into_owned();
    let id = if path.as_os_str() == "-" {
        "stdin".to_owned()
    } else {
        input::id_for_path(path)
    };
    let bytes = if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf).map(|_| buf)
    } else {
        std::fs::read(path)
    };
    let bytes = match bytes {
        Ok(b) => b,
        Err(e) => {
            let err = Error::Io {
                path: path.to_path_buf(),
                source: e,
            };
            return error_output(id, empty_source(&shown), &err);
        }
    };
    match article_from_bytes(id.clone(), &shown, &bytes) {
        Ok(article) => Output::Record(Box::new(crate::extract(&article))),
        Err((source, e)) => error_output(id, source, &e),
    }
}

/// Extracts every input under `paths` and writes one JSON line per input, in input order.
pub fn run<W: Write>(paths: &[PathBuf], out: &mut W) -> std::io::Result<Summary> {
    let inputs = input::collect_paths(paths);
    let outputs: Vec<Output> = inputs
        .par_iter()
        .map(|r| match r {
            Ok(p) => process_path(p),
            Err((p, e)) => {
                let shown = p.to_string_lossy().into_owned();
                error_output(input::id_for_path(p), empty_source(&shown), e)
            }
        })
        .collect();
    let mut summary = Summary {
        inputs: outputs.len(),
        ..Summary::default()
    };
    for o in &outputs {
        if o.is_error() {
            summary.errors += 1;
        } else {
            summary.records += 1;
        }
        if let Output::Record(r) = o {
            summary.bytes += r.source.bytes as u64;
        }
        writeln!(out, "{}", o.to_json_line())?;
    }
    Ok(summary)
}
