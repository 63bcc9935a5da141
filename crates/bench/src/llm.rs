//! `ustad bench llm`: the tutor model's speed on this laptop, through the same worker and
//! supervisor the tutor uses: load time, prompt processing (a ~512-token prompt), decode
//! (128 tokens), time to first token for a grounded question and for a follow-up turn, and the
//! worker's peak memory. With `--llama-bench PATH` (llama.cpp's own benchmark, built from the
//! same model family of sources), it runs that too on the same model and threads, and prints the
//! ratios; decode is compared with tg128 after as many tokens as the worker's prompt holds (the
//! same work: each token attends to all before it). It also opens a lesson as the app does (the tutor prefills the lesson's sections)
//! and times the first question on it. Targets: decode and prompt processing at least 0.95 of
//! llama-bench; grounded first answer within 1.5 s; follow-up within 0.5 s; the first question
//! on a prefilled lesson within 0.3 s; cancel within 200 ms.

use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

use anyhow::{Context as _, Result};
use catalog::{Catalog, Role};
use clap::Args;
use llm_protocol::{Message, Role as ChatRole, Sampling};
use serde::Serialize;
use supervisor::{Config, LlmClient};
use tutor::{Generator, Question, Turn, Tutor};

use crate::{median, peak_rss_mb};
use session::Paths;
use session::{WorkerGenerator, TUTOR_CONTEXT};

#[derive(Args)]
pub struct LlmBenchArgs {
    /// Threads [default: physical cores, at most 4]
    #[arg(long)]
    pub threads: Option<u32>,
    /// llama.cpp's llama-bench program, for the comparison
    #[arg(long, env = "USTAD_LLAMA_BENCH", value_name = "PATH")]
    pub llama_bench: Option<PathBuf>,
    /// Repetitions of each measurement (the median is reported)
    #[arg(long, default_value_t = 5)]
    pub runs: usize,
}

#[derive(Serialize)]
struct LlamaBench {
    program: PathBuf,
    pp512_tokens_per_s: f64,
    tg128_tokens_per_s: f64,
    /// tg128 after as many tokens as the worker's decode request has in its prompt
    /// (`depth`): each token attends to all before it, which costs this small model about 8 %
    /// at 64 tokens, so that is the same work as the worker's.
    tg128_at_depth_tokens_per_s: f64,
    depth: u32,
    /// Decode against tg128 at the same depth.
    decode_ratio: f64,
    /// Decode against tg128 on an empty context (llama-bench's default).
    decode_ratio_at_depth_0: f64,
    prompt_ratio: f64,
    /// Both ratios have the same target: decoding, and prompt processing in one decode call
    /// with the abort callback (a Stop still within 200 ms, see `cancel_ms`).
    decode_target_ratio: f64,
    meets_decode_target: bool,
    meets_prompt_target: bool,
}

#[derive(Serialize)]
pub struct LlmBench {
    model: String,
    threads: u32,
    load_ms: f64,
    prompt_tokens: u32,
    prompt_tokens_per_s: f64,
    decode_tokens: u32,
    decode_tokens_per_s: f64,
    grounded_ttft_ms: f64,
    followup_ttft_ms: f64,
    followup_cached_tokens: u32,
    /// Opening a lesson: its sections computed in the background (time and tokens).
    prefill_ms: f64,
    prefill_tokens: u32,
    /// The first question on that lesson: the model's first token, and the first text the child
    /// sees (a whole checked sentence), measured from the question.
    prefilled_ttft_ms: f64,
    prefilled_cached_tokens: u32,
    prefilled_first_text_ms: f64,
    cancel_ms: f64,
    peak_rss_mb: f64,
    targets: serde_json::Value,
    llama_bench: Option<LlamaBench>,
}

/// llama-bench's figures for one run (tokens/s).
struct Reference {
    pp512: f64,
    tg128: f64,
    tg128_at_depth: f64,
}

/// Runs llama-bench once on `model` with `threads`: pp512 and tg128, then tg128 after `depth`
/// tokens.
fn run_llama_bench(program: &PathBuf, model: &std::path::Path, threads: u32, depth: u32) -> Result<Reference> {
    let (pp512, tg128) = llama_bench_rates(program, model, threads, &["-p", "512", "-n", "128"])?;
    let (_, tg128_at_depth) =
        llama_bench_rates(program, model, threads, &["-p", "0", "-n", "128", "-d", &depth.to_string()])?;
    Ok(Reference { pp512, tg128, tg128_at_depth })
}

/// (prompt, generation) tokens/s of one llama-bench run with `tests`.
fn llama_bench_rates(program: &PathBuf, model: &std::path::Path, threads: u32, tests: &[&str]) -> Result<(f64, f64)> {
    let output = Command::new(program)
        .args(["-m"])
        .arg(model)
        .args(["-t", &threads.to_string(), "-r", "1", "-o", "json"])
        .args(tests)
        .output()
        .with_context(|| format!("running {}", program.display()))?;
    anyhow::ensure!(output.status.success(), "llama-bench failed: {}", String::from_utf8_lossy(&output.stderr));
    let rows: serde_json::Value = serde_json::from_slice(&output.stdout).context("llama-bench JSON")?;
    let mut pp = 0.0;
    let mut tg = 0.0;
    for row in rows.as_array().into_iter().flatten() {
        let rate = row["avg_ts"].as_f64().unwrap_or(0.0);
        if row["n_prompt"].as_u64().unwrap_or(0) > 0 {
            pp = rate;
        } else if row["n_gen"].as_u64().unwrap_or(0) > 0 {
            tg = rate;
        }
    }
    Ok((pp, tg))
}

pub fn run(paths: &Paths, args: &LlmBenchArgs) -> Result<LlmBench> {
    let catalog = Catalog::load(&paths.models_dir)?;
    let entry = catalog.default_for(Role::Llm).context("no tutor model in the catalogue")?.clone();
    let path = catalog.path_of(&entry);
    anyhow::ensure!(path.is_file(), "the model {} is not installed; run `ustad models fetch`", entry.id);
    let threads = args.threads.unwrap_or_else(session::threads);
    let runs = args.runs.max(1);

    // Load: process start, greeting and model load, as the app sees it.
    let started = Instant::now();
    let mut client = LlmClient::new(Config::beside_current_exe());
    client.load(&path, TUTOR_CONTEXT, threads).map_err(|e| anyhow::anyhow!("{}: {}", e.code, e.message))?;
    let load_ms = started.elapsed().as_secs_f64() * 1000.0;

    // Prompt processing: a fresh ~512-token prompt each run (a different first word, so
    // nothing is reused from the KV cache), one token generated. Then decoding 128 tokens.
    let filler = "The water cycle moves water from rivers and seas into the sky and back again as rain. ";
    // Greedy with no penalty: like llama-bench, which measures decoding, not sampling.
    let greedy = Sampling { temperature: 0.0, repeat_penalty: 1.0, ..Sampling::default() };
    let mut prompt_rates = Vec::new();
    let mut prompt_tokens = 0;
    let mut decode_rates = Vec::new();
    let mut decode_tokens = 0;
    // llama-bench runs alternate with ours, so that drift in the machine's speed (which is
    // large on shared machines) falls on both sides alike.
    let mut reference = Vec::new();
    let mut depth = 0;
    for run in 0..runs {
        let text = format!("Run {run}. {}", filler.repeat(27));
        let stats = client
            .chat(vec![Message { role: ChatRole::User, content: text }], greedy.clone(), 1, &mut |_| {})
            .map_err(|e| anyhow::anyhow!("{}: {}", e.code, e.message))?;
        prompt_tokens = stats.prompt_tokens - stats.cached_tokens;
        prompt_rates.push(stats.prompt_tokens_per_s);
        // Decode: 128 tokens of a story.
        let ask = format!("Story {run}: tell me a long story about a boy, a river and a kite in a village.");
        let stats = client
            .chat(vec![Message { role: ChatRole::User, content: ask }], greedy.clone(), 128, &mut |_| {})
            .map_err(|e| anyhow::anyhow!("{}: {}", e.code, e.message))?;
        decode_tokens = stats.generated_tokens;
        decode_rates.push(stats.decode_tokens_per_s);
        depth = stats.prompt_tokens;
        if let Some(program) = &args.llama_bench {
            reference.push(run_llama_bench(program, &path, threads, depth)?);
        }
    }
    // Cancel during prompt processing: time from the cancel to the request's end (target 200 ms).
    let mut cancel_latencies = Vec::new();
    for run in 0..runs {
        let handle = client.cancel_handle();
        let canceller = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(120));
            handle.cancel();
            Instant::now()
        });
        let text = format!("Cancel {run}. {}", filler.repeat(60));
        client
            .chat(vec![Message { role: ChatRole::User, content: text }], greedy.clone(), 16, &mut |_| {})
            .map_err(|e| anyhow::anyhow!("{}: {}", e.code, e.message))?;
        let ended = Instant::now();
        let cancelled_at = canceller.join().expect("the canceller thread ends");
        cancel_latencies.push(ended.saturating_duration_since(cancelled_at).as_secs_f64() * 1000.0);
    }
    let worker_pid = client.worker_pid();
    drop(client);

    // Time to first token through the tutor: a grounded question, then a follow-up turn on the
    // same lesson, whose system prompt and passage are already in the KV cache.
    let pack = paths.open_pack()?;
    let tutor = Tutor::new(&pack);
    let mut generator =
        WorkerGenerator::start(entry.clone(), &path).map_err(|e| anyhow::anyhow!("{}: {}", e.code, e.message))?;
    let first_question = "Why is the noon shadow short?";
    let first = tutor.ask(
        &Question { text: first_question, lesson_id: Some("sci5-light"), locale: "en" },
        &[],
        Some(&mut generator as &mut dyn Generator),
        &mut |_| {},
    )?;
    let history = [Turn { question: first_question.to_owned(), answer: first.answer.clone() }];
    let followup = tutor.ask(
        &Question { text: "And why is the morning shadow long?", lesson_id: Some("sci5-light"), locale: "en" },
        &history,
        Some(&mut generator as &mut dyn Generator),
        &mut |_| {},
    )?;
    // A child opens another lesson and reads it: the tutor prefills it (waited for here), then
    // the first question.
    let opened = "sci5-magnets";
    let prefill_started = Instant::now();
    let mut prefill_tokens = 0;
    tutor.prefill(opened, "en", &mut Prefilled { generator: &mut generator, tokens: &mut prefill_tokens })?;
    let prefill_ms = prefill_started.elapsed().as_secs_f64() * 1000.0;
    let asked = Instant::now();
    let mut first_text_ms = None;
    let prefilled = tutor.ask(
        &Question { text: "Why does a compass needle point north?", lesson_id: Some(opened), locale: "en" },
        &[],
        Some(&mut generator as &mut dyn Generator),
        &mut |_| {
            first_text_ms.get_or_insert_with(|| asked.elapsed().as_secs_f64() * 1000.0);
        },
    )?;
    let peak = worker_pid.map_or(0.0, peak_rss_mb).max(generator.worker_pid().map_or(0.0, peak_rss_mb));

    let decode = median(decode_rates);
    let cancel_ms = median(cancel_latencies);
    let prompt = median(prompt_rates);
    let llama_bench = match &args.llama_bench {
        Some(program) => {
            let pp = median(reference.iter().map(|r| r.pp512).collect());
            let tg = median(reference.iter().map(|r| r.tg128).collect());
            let tg_at_depth = median(reference.iter().map(|r| r.tg128_at_depth).collect());
            let ratio = |ours: f64, theirs: f64| if theirs > 0.0 { ours / theirs } else { 0.0 };
            let decode_ratio = ratio(decode, tg_at_depth);
            let prompt_ratio = ratio(prompt, pp);
            Some(LlamaBench {
                program: program.clone(),
                pp512_tokens_per_s: pp,
                tg128_tokens_per_s: tg,
                tg128_at_depth_tokens_per_s: tg_at_depth,
                depth,
                decode_ratio,
                decode_ratio_at_depth_0: ratio(decode, tg),
                prompt_ratio,
                decode_target_ratio: 0.95,
                meets_decode_target: decode_ratio >= 0.95,
                meets_prompt_target: prompt_ratio >= 0.95,
            })
        }
        None => None,
    };
    let result = LlmBench {
        model: entry.id.clone(),
        threads,
        load_ms,
        prompt_tokens,
        prompt_tokens_per_s: prompt,
        decode_tokens,
        decode_tokens_per_s: decode,
        grounded_ttft_ms: first.ttft_ms.unwrap_or(0.0),
        followup_ttft_ms: followup.ttft_ms.unwrap_or(0.0),
        followup_cached_tokens: followup.cached_tokens,
        prefill_ms,
        prefill_tokens,
        prefilled_ttft_ms: prefilled.ttft_ms.unwrap_or(0.0),
        prefilled_cached_tokens: prefilled.cached_tokens,
        prefilled_first_text_ms: first_text_ms.unwrap_or(0.0),
        cancel_ms,
        peak_rss_mb: peak,
        targets: serde_json::json!({
            "grounded_ttft_ms": 1500, "followup_ttft_ms": 500, "decode_ratio_to_llama_bench": 0.95,
            "grounded_ttft_met": first.ttft_ms.unwrap_or(f64::MAX) <= 1500.0,
            "followup_ttft_met": followup.ttft_ms.unwrap_or(f64::MAX) <= 500.0,
            "cancel_ms": 200, "cancel_met": cancel_ms <= 200.0,
            "prefilled_ttft_ms": 300, "prefilled_ttft_met": prefilled.ttft_ms.unwrap_or(f64::MAX) <= 300.0,
        }),
        llama_bench,
    };
    Ok(result)
}

impl LlmBench {
    /// The figures as lines of text.
    pub fn render(&self) -> String {
        let mut lines: Vec<String> = Vec::new();
        lines.push(format!("model {} on {} threads", self.model, self.threads));
        lines.push(format!(
            "load {:.0} ms, prompt {:.0} tok/s ({} tokens), decode {:.1} tok/s ({} tokens)",
            self.load_ms, self.prompt_tokens_per_s, self.prompt_tokens, self.decode_tokens_per_s, self.decode_tokens
        ));
        lines.push(format!(
            "first token: grounded {:.0} ms (target 1500), follow-up {:.0} ms (target 500)",
            self.grounded_ttft_ms, self.followup_ttft_ms
        ));
        lines.push(format!(
            "open a lesson: prefill {:.0} ms ({} tokens); first question on it: first token {:.0} ms (target 300, {} tokens \
             from the prefill), first text {:.0} ms",
            self.prefill_ms,
            self.prefill_tokens,
            self.prefilled_ttft_ms,
            self.prefilled_cached_tokens,
            self.prefilled_first_text_ms
        ));
        lines.push(format!("cancel during the prompt: {:.0} ms (target 200)", self.cancel_ms));
        lines.push(format!("peak worker memory {:.0} MB", self.peak_rss_mb));
        match &self.llama_bench {
            Some(lb) => lines.push(format!(
                "llama-bench: pp512 {:.0} tok/s, tg128 {:.1} tok/s, tg128 after {} tokens (as the worker's) {:.1} tok/s; \
                 ratio decode {:.2} (target 0.95; {:.2} of tg128 on an empty context), prompt {:.2} (target 0.95)",
                lb.pp512_tokens_per_s,
                lb.tg128_tokens_per_s,
                lb.depth,
                lb.tg128_at_depth_tokens_per_s,
                lb.decode_ratio,
                lb.decode_ratio_at_depth_0,
                lb.prompt_ratio
            )),
            None => lines.push("llama-bench: not run (pass --llama-bench PATH; scripts/build-llama-bench.sh builds it)".into()),
        }
        lines.push(String::new());
        lines.join("\n")
    }
}

/// The tutor's model with a prefill that is done when it returns: what the first question of a
/// child who has read the lesson for a while finds.
struct Prefilled<'g> {
    generator: &'g mut WorkerGenerator,
    tokens: &'g mut u32,
}

impl Generator for Prefilled<'_> {
    fn model(&self) -> tutor::ModelRef {
        self.generator.model()
    }

    fn languages(&self) -> Vec<String> {
        self.generator.languages()
    }

    fn generate(
        &mut self,
        messages: Vec<Message>,
        max_tokens: u32,
        on_token: &mut dyn FnMut(&str),
    ) -> std::result::Result<llm_protocol::Stats, tutor::GenerateError> {
        self.generator.generate(messages, max_tokens, on_token)
    }

    fn prefill(&mut self, openings: Vec<Vec<Message>>) {
        if let Ok(stats) = self.generator.prefill_now(openings) {
            *self.tokens = stats.prompt_tokens;
        }
    }
}
