//! `ustad bench search`: builds a pack of 10,000 lessons made from the installed pack's lessons
//! (each copy with its own title words and a paragraph of its own vocabulary, so that the index
//! has the size and spread of a large library), then times a fixed set of children's questions.

use std::time::Instant;

use anyhow::Result;
use clap::Subcommand;
use curriculum::{Curriculum, Lesson, PackMeta, Section};
use serde::Serialize;

use crate::context::Context;

#[derive(Subcommand)]
pub enum BenchCommand {
    /// Search latency over a generated pack of many lessons
    Search {
        /// Lessons in the generated pack
        #[arg(long, default_value_t = 10_000)]
        lessons: usize,
        /// Timed runs of the whole query set
        #[arg(long, default_value_t = 20)]
        runs: usize,
        /// Keep the generated pack at this path (it is deleted otherwise)
        #[arg(long, value_name = "FILE")]
        keep: Option<std::path::PathBuf>,
    },
    /// LLM speed: load, prompt processing, decode, time to first token, memory; compared with
    /// llama.cpp's own llama-bench when it is available
    Llm(crate::bench_llm::LlmBenchArgs),
    /// The desktop app: cold start to a usable window, and its memory without a model
    App(crate::bench_app::AppBenchArgs),
    /// Speech recognition: load, real-time factor on a 30 s clip, memory, word error rates;
    /// compared with whisper.cpp's own whisper-cli when it is available
    Asr(crate::bench_asr::AsrBenchArgs),
}

/// The middle value (the upper one of an even count); 0 for none.
pub(crate) fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(0.0)
}

/// Peak resident memory of a process, in MB; 0 where /proc does not tell.
pub(crate) fn peak_rss_mb(pid: u32) -> f64 {
    system::peak_memory_bytes(pid) as f64 / (1024.0 * 1024.0)
}

/// Target from the issue: p95 under 5 ms on a 2-core machine.
const TARGET_P95_MS: f64 = 5.0;

/// Children's questions in English and Urdu, some misspelled or typed on an Arabic keyboard.
const QUERIES: &[&str] = &[
    "how do plants make food",
    "why are leaves green",
    "fotosynthesis",
    "what is a magnet",
    "magnit poles",
    "how does sound travel",
    "why do we see our shadow",
    "what happens to food in the stomach",
    "what is a balanced diet",
    "how to find the lcm of two numbers",
    "hcf of 12 and 18",
    "adding fractions with different denominators",
    "what is percent",
    "area of a rectangle field",
    "how many lakh in a crore",
    "speed time distance formula",
    "price of one egg",
    "what is the water cycle",
    "why is the river dirty pollution",
    "angles of a triangle add up",
    "پودے اپنی خوراک کیسے بناتے ہیں",
    "مقناطیس کیا ہے",
    "پاني كيسے بخارات بنتا ہے",
    "آواز کیسے سفر کرتی ہے",
    "متوازن غذا",
    "کسر کو کیسے جمع کرتے ہیں",
    "ذو اضعاف اقل",
    "مستطیل کا رقبہ",
    "رفتار فاصلہ اور وقت",
    "نظام شمسی کے سیارے",
];

#[derive(Serialize)]
struct SearchBench {
    lessons: usize,
    passages: usize,
    pack_bytes: u64,
    build_s: f64,
    queries: usize,
    runs: usize,
    p50_ms: f64,
    p95_ms: f64,
    max_ms: f64,
    mean_ms: f64,
    target_p95_ms: f64,
    meets_target: bool,
}

/// A small deterministic generator (xorshift64*), so every run builds the same pack.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Roughly Zipf-distributed index below `n`: a few words are common, most are rare.
    fn zipf(&mut self, n: usize) -> usize {
        let uniform = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        ((n as f64).powf(uniform) as usize).saturating_sub(1).min(n - 1)
    }
}

fn pseudo_word(rng: &mut Rng, alphabet: &[char]) -> String {
    let len = 3 + (rng.next() % 7) as usize;
    (0..len).map(|_| alphabet[(rng.next() % alphabet.len() as u64) as usize]).collect()
}

/// `n_lessons` lessons: copies of `templates`, each with its own title word and paragraph.
fn generate(templates: &[Lesson], n_lessons: usize) -> Vec<Lesson> {
    let latin: Vec<char> = "abcdefghijklmnoprstuvwyz".chars().collect();
    let urdu: Vec<char> = "ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنوہیے".chars().collect();
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let vocab_en: Vec<String> = (0..20_000).map(|_| pseudo_word(&mut rng, &latin)).collect();
    let vocab_ur: Vec<String> = (0..20_000).map(|_| pseudo_word(&mut rng, &urdu)).collect();
    (0..n_lessons)
        .map(|idx| {
            let mut lesson = templates[idx % templates.len()].clone();
            lesson.id = format!("{}-{idx:05}", lesson.id);
            for (locale, text) in lesson.texts.iter_mut() {
                let vocab = if locale == "en" { &vocab_en } else { &vocab_ur };
                let topic = &vocab[rng.zipf(vocab.len())];
                text.title = format!("{} {topic}", text.title);
                let paragraph: Vec<&str> = (0..80).map(|_| vocab[rng.zipf(vocab.len())].as_str()).collect();
                text.sections.push(Section { id: "more".into(), heading: topic.clone(), body: paragraph.join(" ") });
                // Drop one section so copies of a template differ in their text too.
                if text.sections.len() > 3 {
                    let drop = 1 + (idx / templates.len()) % (text.sections.len() - 2);
                    text.sections.remove(drop);
                }
            }
            lesson
        })
        .collect()
}

fn percentile(sorted: &[f64], fraction: f64) -> f64 {
    let rank = ((sorted.len() as f64 - 1.0) * fraction).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

fn round3(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}

pub fn run(ctx: &Context, cmd: BenchCommand) -> Result<()> {
    match cmd {
        BenchCommand::Search { lessons, runs, keep } => search(ctx, lessons, runs, keep),
        BenchCommand::Llm(args) => crate::bench_llm::run(ctx, &args),
        BenchCommand::Asr(args) => crate::bench_asr::run(ctx, &args),
        BenchCommand::App(args) => crate::bench_app::run(ctx, &args),
    }
}

fn search(ctx: &Context, n_lessons: usize, runs: usize, keep: Option<std::path::PathBuf>) -> Result<()> {
    let source = ctx.open_pack()?;
    let ids: Vec<String> = source.lessons(&Default::default(), "en")?.into_iter().map(|l| l.id).collect();
    let templates: Vec<Lesson> = ids.iter().map(|id| source.lesson(id)).collect::<Result<_, _>>()?;
    anyhow::ensure!(!templates.is_empty(), "the pack has no lessons to copy");
    let curriculum = Curriculum {
        pack: PackMeta {
            id: "bench.generated".into(),
            version: "0".into(),
            publisher: "ustad bench".into(),
            title: [("en".to_owned(), "Generated".to_owned()), ("ur".to_owned(), "مصنوعی".to_owned())].into(),
        },
        lessons: generate(&templates, n_lessons),
        content_hash: "generated".into(),
    };
    let dir = tempfile_dir()?;
    let path = dir.join("bench.ustadpack");
    let started = Instant::now();
    let report = pack::build_pack(&curriculum, &path, "1970-01-01T00:00:00Z")?;
    let build_s = started.elapsed().as_secs_f64();
    let pack = pack::Pack::open(&path)?;
    let options = search::SearchOptions { limit: 5, locale: None };
    for query in QUERIES {
        search::search(&pack, query, &options)?;
    }
    let mut timings = Vec::with_capacity(QUERIES.len() * runs);
    for _ in 0..runs {
        for query in QUERIES {
            let started = Instant::now();
            let hits = search::search(&pack, query, &options)?;
            timings.push(started.elapsed().as_secs_f64() * 1000.0);
            std::hint::black_box(hits);
        }
    }
    timings.sort_by(f64::total_cmp);
    let p95 = percentile(&timings, 0.95);
    let result = SearchBench {
        lessons: report.n_lessons,
        passages: report.n_passages,
        pack_bytes: report.bytes,
        build_s: round3(build_s),
        queries: QUERIES.len(),
        runs,
        p50_ms: round3(percentile(&timings, 0.5)),
        p95_ms: round3(p95),
        max_ms: round3(*timings.last().unwrap_or(&0.0)),
        mean_ms: round3(timings.iter().sum::<f64>() / timings.len().max(1) as f64),
        target_p95_ms: TARGET_P95_MS,
        meets_target: p95 < TARGET_P95_MS,
    };
    drop(pack);
    if let Some(keep) = keep {
        std::fs::rename(&path, &keep).or_else(|_| std::fs::copy(&path, &keep).map(|_| ()))?;
    }
    let _ = std::fs::remove_dir_all(&dir);
    if ctx.json {
        return ctx.print_json(&result);
    }
    println!(
        "search over {} lessons ({} passages, {} MB pack, built in {:.1} s)",
        result.lessons,
        result.passages,
        result.pack_bytes / 1_000_000,
        result.build_s
    );
    println!(
        "{} queries x {} runs: p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        result.queries, result.runs, result.p50_ms, result.p95_ms, result.max_ms
    );
    println!("target p95 < {TARGET_P95_MS} ms: {}", if result.meets_target { "met" } else { "NOT met" });
    Ok(())
}

fn tempfile_dir() -> Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("ustad-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}
