//! The `htx-extract` command line: parses arguments and calls the library.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "htx-extract",
    version,
    about = "Structured, grounded facts from Vietnamese cooperative news"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract one JSON record per article (JSON Lines).
    Extract {
        /// Files or folders (walked recursively, sorted); `-` reads standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Write to FILE instead of standard output (atomically: a temporary file in the same
        /// folder, renamed at the end).
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Worker threads (default: all cores).
        #[arg(long, short)]
        jobs: Option<usize>,
        /// Format of standard input (`-`): text, html or jsonl.
        #[arg(long, default_value = "text")]
        stdin_format: htx_extract::input::Format,
        /// Skip articles whose content hash is in FILE, then write the new manifest to FILE.
        #[arg(long, value_name = "FILE")]
        since_manifest: Option<PathBuf>,
        /// Size limit of one article in bytes; larger ones give an error record `too_large`.
        #[arg(long, default_value_t = htx_extract::batch::DEFAULT_MAX_BYTES)]
        max_bytes: u64,
    },
    /// Print the canonical form of the text on standard input.
    Normalize {
        /// Also expand the domain's abbreviations (HTX, LMHTX, UBND, ...).
        #[arg(long)]
        expand: bool,
    },
    /// Compare each article of DIR with its NAME.expected.json (exit 1 on any difference).
    Check {
        /// Folder of articles (NAME.txt, .html, .jsonl) and expected records.
        dir: PathBuf,
        /// (Re)write the expected records instead of comparing.
        #[arg(long)]
        bless: bool,
    },
    /// Write a self-contained HTML page showing each article with its spans highlighted.
    Review {
        /// Records (JSON Lines) written by `extract`.
        records: PathBuf,
        /// The page to write.
        #[arg(long, value_name = "OUT.html")]
        html: PathBuf,
        /// Folder that relative `source.path`s are resolved against.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Counts per event type, province, award, year, error and warning; field coverage.
    Stats {
        /// Records (JSON Lines) written by `extract`.
        records: PathBuf,
        /// Print one JSON object instead of tables.
        #[arg(long)]
        json: bool,
    },
    /// Write one CSV per fact kind (dates, parties, periods, awards, people, ...).
    Export {
        /// Records (JSON Lines) written by `extract`.
        records: PathBuf,
        /// Folder to write the CSV files into.
        #[arg(long, value_name = "DIR")]
        csv: PathBuf,
    },
}

/// Where `--output` (or the manifest) goes: a temporary file beside a regular file, renamed
/// over it at the end; or, for a device, FIFO or other non-regular file (`/dev/null`,
/// `/dev/stdout`), that file itself, written in place (renaming over it would replace it).
enum Sink {
    Atomic(tempfile::NamedTempFile, PathBuf),
    Direct(std::fs::File),
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Sink::Atomic(t, _) => t.write(buf),
            Sink::Direct(f) => f.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Sink::Atomic(t, _) => t.flush(),
            Sink::Direct(f) => f.flush(),
        }
    }
}

fn open_sink(path: &Path) -> anyhow::Result<Sink> {
    if let Ok(m) = std::fs::metadata(path) {
        if !m.is_file() {
            let f = std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .with_context(|| format!("cannot open {}", path.display()))?;
            return Ok(Sink::Direct(f));
        }
    }
    // A symbolic link to a regular file: replace the file it points to, not the link.
    let target = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let tmp = tempfile::Builder::new()
        .prefix(".htx-extract-")
        .suffix(".tmp")
        .tempfile_in(&dir)
        .with_context(|| format!("cannot create a temporary file in {}", dir.display()))?;
    Ok(Sink::Atomic(tmp, target))
}

fn commit(sink: Sink) -> anyhow::Result<()> {
    match sink {
        Sink::Atomic(tmp, target) => {
            tmp.as_file().sync_all().ok();
            tmp.persist(&target)
                .with_context(|| format!("cannot write {}", target.display()))?;
        }
        Sink::Direct(mut f) => f.flush()?,
    }
    Ok(())
}

fn extract(
    paths: Vec<PathBuf>,
    output: Option<PathBuf>,
    jobs: Option<usize>,
    stdin_format: htx_extract::input::Format,
    since_manifest: Option<PathBuf>,
    max_bytes: u64,
) -> anyhow::Result<ExitCode> {
    let mut opts = htx_extract::batch::Options::default();
    if let Some(n) = jobs {
        opts.jobs = n.max(1);
        opts.window = 64 * opts.jobs;
    }
    opts.stdin_format = stdin_format;
    opts.max_bytes = max_bytes;
    opts.progress = std::io::stderr().is_terminal();
    let manifest = match &since_manifest {
        Some(p) => Some(
            htx_extract::batch::Manifest::load(p)
                .with_context(|| format!("cannot read the manifest {}", p.display()))?,
        ),
        None => None,
    };
    let mut manifest_tmp = match &since_manifest {
        Some(p) => Some(std::io::BufWriter::new(open_sink(p)?)),
        None => None,
    };
    let started = Instant::now();
    let summary = {
        let m_out = manifest_tmp.as_mut().map(|w| w as &mut dyn Write);
        match &output {
            Some(path) => {
                let mut f = std::io::BufWriter::with_capacity(1 << 16, open_sink(path)?);
                let s =
                    htx_extract::batch::run_with(&paths, &mut f, &opts, manifest.as_ref(), m_out)?;
                commit(f.into_inner().map_err(|e| e.into_error())?)?;
                s
            }
            None => {
                let stdout = std::io::stdout();
                let mut lock = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
                let s = htx_extract::batch::run_with(
                    &paths,
                    &mut lock,
                    &opts,
                    manifest.as_ref(),
                    m_out,
                )?;
                lock.flush()?;
                s
            }
        }
    };
    if let Some(w) = manifest_tmp {
        commit(w.into_inner().map_err(|e| e.into_error())?)?;
    }
    eprintln!("htx-extract: {}", summary.describe(started.elapsed()));
    Ok(if summary.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Extract {
            paths,
            output,
            jobs,
            stdin_format,
            since_manifest,
            max_bytes,
        } => extract(paths, output, jobs, stdin_format, since_manifest, max_bytes),
        Command::Normalize { expand } => {
            let mut buf = Vec::new();
            std::io::stdin().read_to_end(&mut buf)?;
            let decoded = htx_extract::input::decode(&buf).context("cannot decode input")?;
            let mut text = htx_extract::normalise::normalise(&decoded.text).text;
            if expand {
                text = htx_extract::abbrev::expand(&text);
            }
            std::io::stdout().write_all(text.as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { dir, bless } => run_check(&dir, bless),
        Command::Review {
            records,
            html,
            root,
        } => run_review(&records, &html, root),
        Command::Stats { records, json } => run_stats(&records, json),
        Command::Export { records, csv } => run_export(&records, &csv),
    }
}

fn run_check(dir: &std::path::Path, bless: bool) -> anyhow::Result<ExitCode> {
    let report = htx_extract::check::check_dir(dir, bless)
        .with_context(|| format!("cannot check {}", dir.display()))?;
    print!("{}", report.render());
    Ok(if report.ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn run_review(
    records: &std::path::Path,
    html: &std::path::Path,
    root: PathBuf,
) -> anyhow::Result<ExitCode> {
    let outputs = htx_extract::review::read_outputs(records)?;
    let opts = htx_extract::review::ReviewOptions {
        root,
        title: format!("htx-extract review: {}", records.display()),
    };
    let (page, sum) = htx_extract::review::render_page(&outputs, &opts);
    std::fs::write(html, page).with_context(|| format!("cannot write {}", html.display()))?;
    eprintln!(
        "htx-extract: {} articles, {} highlighted spans, {} articles not readable -> {}",
        sum.articles,
        sum.marks,
        sum.unreadable,
        html.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn run_stats(records: &std::path::Path, json: bool) -> anyhow::Result<ExitCode> {
    let outputs = htx_extract::review::read_outputs(records)?;
    let stats = htx_extract::stats::compute(&outputs);
    let text = if json {
        stats.to_json()
    } else {
        stats.render()
    };
    writeln!(std::io::stdout(), "{text}")?;
    Ok(ExitCode::SUCCESS)
}

fn run_export(records: &std::path::Path, dir: &std::path::Path) -> anyhow::Result<ExitCode> {
    let outputs = htx_extract::review::read_outputs(records)?;
    let files = htx_extract::export::export_csv(&outputs, dir)?;
    eprintln!(
        "htx-extract: {} records -> {} CSV files in {}",
        outputs.len(),
        files.len(),
        dir.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            if let Some(io) = e.downcast_ref::<std::io::Error>() {
                if io.kind() == std::io::ErrorKind::BrokenPipe {
                    return ExitCode::SUCCESS;
                }
            }
            eprintln!("htx-extract: {e:#}");
            ExitCode::from(2)
        }
    }
}
