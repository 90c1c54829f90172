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
    }
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
