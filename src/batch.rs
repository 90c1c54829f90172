//! Batch runs: many inputs, every core, flat memory, output in input order, exactly one
//! record or error record per input.
//!
//! Shape of a run ([`run`]):
//! - a *reader* thread walks the inputs in order (sorted paths, then lines of a JSON Lines
//!   dump) and hands out numbered jobs: a file to read, or one line of a dump (read here,
//!   line by line, so a dump is never held whole);
//! - `jobs` *workers* read, hash, decode and extract, each article inside
//!   `catch_unwind` (a panic becomes that article's error record, code `panic`), and
//!   serialise the record;
//! - the calling thread *writes* records in job order through a reorder buffer. The reader
//!   never runs more than [`Options::window`] jobs ahead of the writer, so memory is bounded
//!   by the window, not by the number of articles.
//!
//! Limits: an article (file or line) larger than [`Options::max_bytes`] gives an error
//! record `too_large` without being read into memory.
//!
//! Incremental runs: with a set of known content hashes ([`Manifest`]), an article whose
//! SHA-256 is known is skipped (no output line, counted in [`Summary::skipped`]) and no
//! extraction runs for it. Every article that gave a record or was skipped is written to the
//! new manifest, in input order.
//!
//! Manifest format (version 1): UTF-8 text; a first line `# htx-extract manifest 1`; then one
//! line per article: `SHA256<TAB>PATH` for a file, `SHA256<TAB>PATH<TAB>LINE` for a line of a
//! JSON Lines dump. Only the first field is read back; lines starting with `#` are comments.

use std::collections::{BTreeMap, HashSet};
use std::io::{BufRead, Read, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use crate::error::Error;
use crate::input::{self, Article, Format};
use crate::jsonl::{self, Line, LineReader};
use crate::record::{ErrorInfo, ErrorRecord, Output, Record, Source, SCHEMA_VERSION};

/// The default size limit of one article, in bytes.
pub const DEFAULT_MAX_BYTES: u64 = 4 * 1024 * 1024;

/// How a run behaves.
#[derive(Clone)]
pub struct Options {
    /// Worker threads (at least 1).
    pub jobs: usize,
    /// Articles larger than this (bytes) give an error record `too_large`.
    pub max_bytes: u64,
    /// The format of standard input (`-`).
    pub stdin_format: Format,
    /// Jobs the reader may run ahead of the writer.
    pub window: usize,
    /// Show a progress bar on stderr.
    pub progress: bool,
    /// The per-article pipeline (replaceable for tests).
    pub extractor: fn(&Article) -> Record,
}

impl Default for Options {
    fn default() -> Self {
        let jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
        Options {
            jobs,
            max_bytes: DEFAULT_MAX_BYTES,
            stdin_format: Format::Text,
            window: 64 * jobs.max(1),
            progress: false,
            extractor: crate::extract,
        }
    }
}

/// Totals of a run.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Articles seen (files, JSON Lines lines): `records + errors + skipped`.
    pub inputs: usize,
    pub records: usize,
    pub errors: usize,
    /// Articles skipped because the manifest knew their content.
    pub skipped: usize,
    /// Raw bytes of all articles read.
    pub bytes: u64,
    pub errors_by_code: BTreeMap<String, usize>,
    pub warnings_by_code: BTreeMap<String, usize>,
}

impl Summary {
    /// One human line: counts, errors and warnings by code.
    pub fn describe(&self, elapsed: Duration) -> String {
        let secs = elapsed.as_secs_f64().max(1e-9);
        let mb = self.bytes as f64 / 1e6;
        let list = |m: &BTreeMap<String, usize>| {
            m.iter()
                .map(|(k, v)| format!("{k} {v}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut s = format!(
            "{} articles: {} records, {} errors",
            self.inputs, self.records, self.errors
        );
        if self.errors > 0 {
            s.push_str(&format!(" ({})", list(&self.errors_by_code)));
        }
        if self.skipped > 0 {
            s.push_str(&format!(
                ", {} skipped (known to the manifest)",
                self.skipped
            ));
        }
        if !self.warnings_by_code.is_empty() {
            s.push_str(&format!("; warnings: {}", list(&self.warnings_by_code)));
        }
        s.push_str(&format!(
            "; {mb:.1} MB in {secs:.2} s ({:.1} MB/s, {:.0} articles/s)",
            mb / secs,
            self.inputs as f64 / secs
        ));
        s
    }
}

/// Content hashes of articles already extracted (see the module docs for the format).
#[derive(Clone, Debug, Default)]
pub struct Manifest {
    known: HashSet<[u8; 32]>,
}

/// The header line of a manifest.
pub const MANIFEST_HEADER: &str = "# htx-extract manifest 1";

fn parse_hex32(s: &str) -> Option<[u8; 32]> {
    let b = s.as_bytes();
    if b.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, pair) in b.chunks(2).enumerate() {
        let hex = std::str::from_utf8(pair).ok()?;
        out[i] = u8::from_str_radix(hex, 16).ok()?;
    }
    Some(out)
}

impl Manifest {
    /// Reads a manifest; a missing file is an empty manifest.
    pub fn load(path: &Path) -> std::io::Result<Manifest> {
        let f = match std::fs::File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Manifest::default()),
            Err(e) => return Err(e),
        };
        let mut known = HashSet::new();
        for line in std::io::BufReader::new(f).lines() {
            let line = line?;
            if line.starts_with('#') {
                continue;
            }
            if let Some(h) = line.split('\t').next().and_then(parse_hex32) {
                known.insert(h);
            }
        }
        Ok(Manifest { known })
    }

    pub fn len(&self) -> usize {
        self.known.len()
    }

    pub fn is_empty(&self) -> bool {
        self.known.is_empty()
    }

    fn contains_hex(&self, hex: &str) -> bool {
        parse_hex32(hex).is_some_and(|h| self.known.contains(&h))
    }
}

/// A unit of work, numbered by the reader.
enum Job {
    File(PathBuf),
    /// Standard input read whole, in a text format.
    Bytes {
        id: String,
        path: String,
        format: Format,
        bytes: Vec<u8>,
    },
    Line {
        stem: Arc<str>,
        path: Arc<str>,
        line_no: usize,
        bytes: Vec<u8>,
    },
    Failed(Box<Output>),
}

/// What became of one job.
#[derive(Default)]
struct Done {
    /// The JSON line (no newline); `None` when skipped.
    json: Option<String>,
    /// The manifest line (no newline), when the article gave a record or was skipped.
    manifest: Option<String>,
    error_code: Option<String>,
    warning_codes: Vec<String>,
    bytes: u64,
}

fn error_output(id: String, source: Source, code: &str, message: String) -> Output {
    Output::Error(ErrorRecord {
        schema: SCHEMA_VERSION.into(),
        id,
        source,
        error: ErrorInfo {
            code: code.into(),
            message,
        },
    })
}

fn empty_source(path: &str, format: Format, line: Option<usize>) -> Source {
    Source {
        path: path.to_owned(),
        sha256: String::new(),
        bytes: 0,
        encoding: String::new(),
        line,
        format: Some(format.name().into()),
        url: None,
        title: None,
        published: None,
    }
}

fn done_from_output(out: Output) -> Done {
    let mut d = Done {
        json: Some(out.to_json_line()),
        ..Done::default()
    };
    match &out {
        Output::Error(e) => {
            d.error_code = Some(e.error.code.clone());
            d.bytes = e.source.bytes as u64;
        }
        Output::Record(r) => {
            d.warning_codes = r.warnings.iter().map(|w| w.code.clone()).collect();
            d.bytes = r.source.bytes as u64;
            d.manifest = Some(manifest_line(&r.source));
        }
    }
    d
}

fn manifest_line(s: &Source) -> String {
    let path = s.path.replace(['\t', '\n'], " ");
    match s.line {
        Some(n) => format!("{}\t{}\t{}", s.sha256, path, n),
        None => format!("{}\t{}", s.sha256, path),
    }
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic payload".to_owned()
    }
}

/// Decodes and extracts one article from its bytes, catching panics.
fn extract_guarded(
    opts: &Options,
    source: &Source,
    id: &str,
    build: impl FnOnce() -> Result<Article, (Source, Error)>,
) -> Output {
    let extractor = opts.extractor;
    match catch_unwind(AssertUnwindSafe(|| match build() {
        Ok(article) => Output::Record(Box::new(extractor(&article))),
        Err((src, e)) => error_output(id.to_owned(), src, e.code(), e.to_string()),
    })) {
        Ok(out) => out,
        Err(payload) => error_output(
            id.to_owned(),
            source.clone(),
            "panic",
            format!("extraction panicked: {}", panic_message(payload.as_ref())),
        ),
    }
}

fn path_warning(path: &Path) -> Option<input::InputWarning> {
    path.to_str().is_none().then(|| input::InputWarning {
        code: "path_not_utf8".into(),
        message: "the file name is not valid UTF-8; U+FFFD stands for the bad bytes in source.path and id"
            .into(),
    })
}

/// Reads a file, refusing files over `max` bytes before reading them.
fn read_capped(path: &Path, max: u64) -> Result<Vec<u8>, (u64, Error)> {
    let io = |e| {
        (
            0,
            Error::Io {
                path: path.to_path_buf(),
                source: e,
            },
        )
    };
    let f = std::fs::File::open(path).map_err(io)?;
    let size = f.metadata().map_err(io)?.len();
    if size > max {
        return Err((size, Error::TooLarge { size, limit: max }));
    }
    let mut buf = Vec::with_capacity(size as usize + 1);
    f.take(max + 1).read_to_end(&mut buf).map_err(io)?;
    if buf.len() as u64 > max {
        let size = buf.len() as u64;
        return Err((size, Error::TooLarge { size, limit: max }));
    }
    Ok(buf)
}

#[allow(clippy::result_large_err)]
fn process(job: Job, opts: &Options, manifest: Option<&Manifest>) -> Done {
    match job {
        Job::Failed(out) => done_from_output(*out),
        Job::File(path) => {
            let shown = path.to_string_lossy().into_owned();
            let id = input::id_for_path(&path);
            let format = Format::of_path(&path);
            match read_capped(&path, opts.max_bytes) {
                Ok(bytes) => {
                    let warn = path_warning(&path);
                    process_bytes(opts, manifest, id, &shown, format, &bytes, warn)
                }
                Err((size, e)) => {
                    let mut src = empty_source(&shown, format, None);
                    src.bytes = size as usize;
                    done_from_output(error_output(id, src, e.code(), e.to_string()))
                }
            }
        }
        Job::Bytes {
            id,
            path,
            format,
            bytes,
        } => process_bytes(opts, manifest, id, &path, format, &bytes, None),
        Job::Line {
            stem,
            path,
            line_no,
            bytes,
        } => {
            // Hashing is done once: here only when a manifest needs it before extraction.
            let mut source = empty_source(&path, Format::Jsonl, Some(line_no));
            source.bytes = bytes.len();
            if let Some(m) = manifest {
                source = input::source_for(&path, &bytes, Format::Jsonl, Some(line_no));
                if m.contains_hex(&source.sha256) {
                    return skipped(&source);
                }
            }
            let id = format!("{stem}:{line_no}");
            let out = extract_guarded(opts, &source, &id, || {
                jsonl::article_from_line(&stem, &path, line_no, &bytes)
            });
            done_from_output(out)
        }
    }
}

fn skipped(source: &Source) -> Done {
    Done {
        json: None,
        manifest: Some(manifest_line(source)),
        bytes: source.bytes as u64,
        ..Done::default()
    }
}

#[allow(clippy::result_large_err)]
fn process_bytes(
    opts: &Options,
    manifest: Option<&Manifest>,
    id: String,
    shown: &str,
    format: Format,
    bytes: &[u8],
    warn: Option<input::InputWarning>,
) -> Done {
    let mut source = empty_source(shown, format, None);
    source.bytes = bytes.len();
    if let Some(m) = manifest {
        source = input::source_for(shown, bytes, format, None);
        if m.contains_hex(&source.sha256) {
            return skipped(&source);
        }
    }
    let out = extract_guarded(opts, &source, &id, || {
        let mut a = input::article_from_bytes_as(id.clone(), shown, bytes, format)?;
        a.warnings.extend(warn);
        Ok(a)
    });
    done_from_output(out)
}

/// Shared state between the reader and the writer: how far the writer got.
struct Window {
    written: Mutex<usize>,
    moved: Condvar,
    abort: AtomicBool,
}

impl Window {
    /// Blocks until job `seq` is within `size` of the writer; false when the run aborts.
    fn wait_for(&self, seq: usize, size: usize) -> bool {
        let mut w = self.written.lock().unwrap_or_else(|e| e.into_inner());
        while seq >= *w + size {
            if self.abort.load(Ordering::Relaxed) {
                return false;
            }
            w = self
                .moved
                .wait_timeout(w, Duration::from_millis(100))
                .map(|(g, _)| g)
                .unwrap_or_else(|e| e.into_inner().0);
        }
        !self.abort.load(Ordering::Relaxed)
    }

    fn advance(&self, to: usize) {
        *self.written.lock().unwrap_or_else(|e| e.into_inner()) = to;
        self.moved.notify_all();
    }
}

/// Walks the inputs in order and sends numbered jobs.
fn read_inputs(
    paths: &[PathBuf],
    opts: &Options,
    window: &Window,
    tx: mpsc::SyncSender<(usize, Job)>,
) {
    let mut seq = 0usize;
    let mut send = |job: Job| -> bool {
        if !window.wait_for(seq, opts.window.max(1)) {
            return false;
        }
        let ok = tx.send((seq, job)).is_ok();
        seq += 1;
        ok
    };
    let cap = opts.max_bytes.min(usize::MAX as u64) as usize;
    for entry in input::walk_paths(paths) {
        let path = match entry {
            Ok(p) => p,
            Err((p, e)) => {
                let shown = p.to_string_lossy().into_owned();
                let out = error_output(
                    input::id_for_path(&p),
                    empty_source(&shown, Format::of_path(&p), None),
                    e.code(),
                    e.to_string(),
                );
                if !send(Job::Failed(Box::new(out))) {
                    return;
                }
                continue;
            }
        };
        let stdin = path.as_os_str() == "-";
        let format = if stdin {
            opts.stdin_format
        } else {
            Format::of_path(&path)
        };
        if format != Format::Jsonl {
            let job = if stdin {
                let mut bytes = Vec::new();
                let read = std::io::stdin()
                    .lock()
                    .take(opts.max_bytes + 1)
                    .read_to_end(&mut bytes);
                match read {
                    Ok(_) if bytes.len() as u64 > opts.max_bytes => {
                        let e = Error::TooLarge {
                            size: bytes.len() as u64,
                            limit: opts.max_bytes,
                        };
                        let out = error_output(
                            "stdin".into(),
                            empty_source("-", format, None),
                            e.code(),
                            format!("{e} (standard input, read up to the limit)"),
                        );
                        Job::Failed(Box::new(out))
                    }
                    Ok(_) => Job::Bytes {
                        id: "stdin".into(),
                        path: "-".into(),
                        format,
                        bytes,
                    },
                    Err(e) => {
                        let e = Error::Io {
                            path: path.clone(),
                            source: e,
                        };
                        Job::Failed(Box::new(error_output(
                            "stdin".into(),
                            empty_source("-", format, None),
                            e.code(),
                            e.to_string(),
                        )))
                    }
                }
            } else {
                Job::File(path)
            };
            if !send(job) {
                return;
            }
            continue;
        }
        // JSON Lines: one job per line.
        let shown: Arc<str> = Arc::from(path.to_string_lossy().as_ref());
        let stem: Arc<str> = Arc::from(if stdin {
            "stdin".to_owned()
        } else {
            input::id_for_path(&path)
        });
        let reader: std::io::Result<Box<dyn BufRead>> = if stdin {
            Ok(Box::new(std::io::BufReader::with_capacity(
                1 << 16,
                std::io::stdin(),
            )))
        } else {
            std::fs::File::open(&path).map(|f| {
                Box::new(std::io::BufReader::with_capacity(1 << 16, f)) as Box<dyn BufRead>
            })
        };
        let file_error = |e: std::io::Error, line: Option<usize>| {
            let e = Error::Io {
                path: path.clone(),
                source: e,
            };
            let id = match line {
                Some(n) => format!("{stem}:{n}"),
                None => stem.to_string(),
            };
            error_output(
                id,
                empty_source(&shown, format, line),
                e.code(),
                e.to_string(),
            )
        };
        let mut lines = match reader {
            Ok(r) => LineReader::new(r, cap),
            Err(e) => {
                if !send(Job::Failed(Box::new(file_error(e, None)))) {
                    return;
                }
                continue;
            }
        };
        let mut seen = 0usize;
        loop {
            let job = match lines.next_line() {
                Ok(None) => break,
                Ok(Some(Line::Text(line_no, bytes))) => Job::Line {
                    stem: stem.clone(),
                    path: shown.clone(),
                    line_no,
                    bytes,
                },
                Ok(Some(Line::TooLong(line_no, size))) => {
                    let e = Error::TooLarge {
                        size,
                        limit: opts.max_bytes,
                    };
                    let mut src = empty_source(&shown, format, Some(line_no));
                    src.bytes = size as usize;
                    Job::Failed(Box::new(error_output(
                        format!("{stem}:{line_no}"),
                        src,
                        e.code(),
                        e.to_string(),
                    )))
                }
                Err(e) => {
                    // A read error ends the file: one error record for the rest of it.
                    let job = Job::Failed(Box::new(file_error(e, Some(seen + 1))));
                    if !send(job) {
                        return;
                    }
                    break;
                }
            };
            seen += 1;
            if !send(job) {
                return;
            }
        }
        if seen == 0 {
            // An empty dump is an input that gave nothing: say so.
            let out = error_output(
                stem.to_string(),
                empty_source(&shown, format, None),
                "empty",
                Error::Empty.to_string(),
            );
            if !send(Job::Failed(Box::new(out))) {
                return;
            }
        }
    }
}

/// Extracts every input under `paths` and writes one JSON line per input, in input order;
/// with a manifest, known articles are skipped and the new manifest is written to
/// `manifest_out`.
pub fn run_with<W: Write>(
    paths: &[PathBuf],
    out: &mut W,
    opts: &Options,
    manifest: Option<&Manifest>,
    mut manifest_out: Option<&mut dyn Write>,
) -> std::io::Result<Summary> {
    let jobs = opts.jobs.max(1);
    let window = Window {
        written: Mutex::new(0),
        moved: Condvar::new(),
        abort: AtomicBool::new(false),
    };
    let (job_tx, job_rx) = mpsc::sync_channel::<(usize, Job)>(jobs * 2);
    let job_rx = Mutex::new(job_rx);
    let (done_tx, done_rx) = mpsc::channel::<(usize, Done)>();
    let bar = opts.progress.then(|| {
        let b = indicatif::ProgressBar::new_spinner();
        b.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {elapsed} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        b.enable_steady_tick(Duration::from_millis(200));
        b
    });
    let mut summary = Summary::default();
    if let Some(m) = manifest_out.as_deref_mut() {
        writeln!(m, "{MANIFEST_HEADER}")?;
    }
    let result = std::thread::scope(|scope| -> std::io::Result<()> {
        let window = &window;
        scope.spawn(move || read_inputs(paths, opts, window, job_tx));
        for _ in 0..jobs {
            let done_tx = done_tx.clone();
            let job_rx = &job_rx;
            scope.spawn(move || loop {
                let next = job_rx.lock().unwrap_or_else(|e| e.into_inner()).recv();
                let Ok((seq, job)) = next else { break };
                let done = process(job, opts, manifest);
                if done_tx.send((seq, done)).is_err() {
                    break;
                }
            });
        }
        drop(done_tx);
        let mut pending: BTreeMap<usize, Done> = BTreeMap::new();
        let mut next = 0usize;
        let write_result = (|| -> std::io::Result<()> {
            for (seq, done) in done_rx.iter() {
                pending.insert(seq, done);
                let before = next;
                while let Some(d) = pending.remove(&next) {
                    summary.inputs += 1;
                    summary.bytes += d.bytes;
                    match (&d.json, &d.error_code) {
                        (None, _) => summary.skipped += 1,
                        (Some(_), Some(code)) => {
                            summary.errors += 1;
                            *summary.errors_by_code.entry(code.clone()).or_default() += 1;
                        }
                        (Some(_), None) => summary.records += 1,
                    }
                    for w in d.warning_codes {
                        *summary.warnings_by_code.entry(w).or_default() += 1;
                    }
                    if let Some(j) = d.json {
                        out.write_all(j.as_bytes())?;
                        out.write_all(b"\n")?;
                    }
                    if let (Some(m), Some(line)) = (manifest_out.as_deref_mut(), d.manifest) {
                        m.write_all(line.as_bytes())?;
                        m.write_all(b"\n")?;
                    }
                    next += 1;
                }
                if next != before {
                    window.advance(next);
                    if let Some(b) = &bar {
                        b.set_message(format!(
                            "{} articles, {} errors, {:.1} MB",
                            summary.inputs,
                            summary.errors,
                            summary.bytes as f64 / 1e6
                        ));
                    }
                }
            }
            Ok(())
        })();
        if write_result.is_err() {
            window.abort.store(true, Ordering::Relaxed);
            window.moved.notify_all();
            // Let the workers finish: drain what they still send.
            for _ in done_rx.iter() {}
        }
        write_result
    });
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    result?;
    Ok(summary)
}

/// Extracts every input under `paths` with default options (all cores).
pub fn run<W: Write>(paths: &[PathBuf], out: &mut W) -> std::io::Result<Summary> {
    run_with(paths, out, &Options::default(), None, None)
}

/// Reads and extracts one file (or `-` for standard input, as text).
pub fn process_path(path: &Path) -> Output {
    let opts = Options::default();
    let job = if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
            let e = Error::Io {
                path: path.to_path_buf(),
                source: e,
            };
            return error_output(
                "stdin".into(),
                empty_source("-", Format::Text, None),
                e.code(),
                e.to_string(),
            );
        }
        Job::Bytes {
            id: "stdin".into(),
            path: "-".into(),
            format: Format::Text,
            bytes,
        }
    } else {
        Job::File(path.to_path_buf())
    };
    let done = process(job, &opts, None);
    let json = done.json.unwrap_or_default();
    serde_json::from_str(&json).unwrap_or_else(|e| {
        error_output(
            input::id_for_path(path),
            empty_source(&path.to_string_lossy(), Format::Text, None),
            "serialise",
            e.to_string(),
        )
    })
}
