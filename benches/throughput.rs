//! Single-thread throughput on in-memory articles (the bundled `corpus/*.txt`), end to end:
//! decode, build the article, normalise, extract, serialise. Also the stages alone, to show
//! where the time goes.
//!
//! Run: `cargo bench --bench throughput` (criterion reports MB/s as "thrpt").

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn corpus() -> Vec<(String, Vec<u8>)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut v: Vec<_> = std::fs::read_dir(root)
        .expect("corpus/")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    v.sort();
    v.into_iter()
        .map(|p| {
            (
                p.to_string_lossy().into_owned(),
                std::fs::read(&p).expect("read"),
            )
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let articles = corpus();
    let total: usize = articles.iter().map(|(_, b)| b.len()).sum();
    let html: Vec<String> = articles
        .iter()
        .map(|(_, b)| {
            let t = String::from_utf8_lossy(b);
            let body: String = t.lines().map(|l| format!("<p>{l}</p>\n")).collect();
            format!("<html><head><title>x</title><script>var a=1<2;</script></head><body><nav>menu</nav><article>{body}</article></body></html>")
        })
        .collect();
    let html_total: usize = html.iter().map(String::len).sum();

    let mut g = c.benchmark_group("single_thread");
    g.throughput(Throughput::Bytes(total as u64));
    g.bench_function("end_to_end", |b| {
        b.iter(|| {
            let mut out = 0usize;
            for (path, bytes) in &articles {
                let a = htx_extract::input::article_from_bytes("id".into(), path, bytes)
                    .expect("decodes");
                let r = htx_extract::extract(&a);
                out += htx_extract::Output::Record(Box::new(r))
                    .to_json_line()
                    .len();
            }
            out
        })
    });
    g.bench_function("decode_only", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|(p, bytes)| {
                    htx_extract::input::article_from_bytes("id".into(), p, bytes)
                        .map(|a| a.text.len())
                        .unwrap_or(0)
                })
                .sum::<usize>()
        })
    });
    g.bench_function("normalise_only", |b| {
        let texts: Vec<String> = articles
            .iter()
            .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
            .collect();
        b.iter(|| {
            texts
                .iter()
                .map(|t| htx_extract::normalise::normalise(t).text.len())
                .sum::<usize>()
        })
    });
    g.throughput(Throughput::Bytes(html_total as u64));
    g.bench_function("html_page_text", |b| {
        b.iter(|| {
            html.iter()
                .map(|h| htx_extract::html::page_text(h).text.len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);
