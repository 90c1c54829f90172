//! The `htx-extract` command line: parses arguments and calls the library.

use std::io::{Read, Write};
use std::path::PathBuf;
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
        /// Write to FILE instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Worker threads (default: all cores).
        #[arg(long, short)]
        jobs: Option<usize>,
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

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Extract {
            paths,
            output,
            jobs,
        } => {
            if let Some(n) = jobs {
                rayon::ThreadPoolBuilder::new()
                    .num_threads(n.max(1))
                    .build_global()
                    .context("cannot set up worker threads")?;
            }
            let started = Instant::now();
            let summary = match &output {
                Some(path) => {
                    let mut f = std::io::BufWriter::new(
                        std::fs::File::create(path)
                            .with_context(|| format!("cannot create {}", path.display()))?,
                    );
                    let s = htx_extract::batch::run(&paths, &mut f)?;
                    f.flush()?;
                    s
                }
                None => {
                    let stdout = std::io::stdout();
                    let mut lock = std::io::BufWriter::new(stdout.lock());
                    let s = htx_extract::batch::run(&paths, &mut lock)?;
                    lock.flush()?;
                    s
                }
            };
            let secs = started.elapsed().as_secs_f64();
            eprintln!(
                "htx-extract: {} articles, {} records, {} errors, {:.2} s",
                summary.inputs, summary.records, summary.errors, secs
            );
            Ok(if summary.errors > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
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
