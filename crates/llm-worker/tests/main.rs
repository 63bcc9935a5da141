//! The worker with the real default model, driven through the supervisor as the app drives it:
//! streaming, KV-cache reuse, cancel during the prompt, a SIGKILL in the middle of an answer,
//! a prompt longer than the context, and model files that are not usable.

mod cpu;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use llm_protocol::{ErrorCode, Message, Role, Sampling, StopReason};
use supervisor::{Config, LlmClient};

fn client() -> LlmClient {
    LlmClient::new(Config::new(env!("CARGO_BIN_EXE_ustad-llm-worker").into()))
}

fn loaded(n_ctx: u32) -> LlmClient {
    let mut client = client();
    client.load(testkit::default_model(), n_ctx, 2).expect("the default model loads");
    client
}

fn message(role: Role, content: &str) -> Message {
    Message { role, content: content.to_owned() }
}

fn greedy() -> Sampling {
    Sampling { temperature: 0.0, ..Sampling::default() }
}

const SYSTEM: &str = "You are a kind tutor for a 10-year-old child. Answer in two short sentences. \
    Lesson: Light travels in straight lines. An opaque object blocks light and makes a shadow.";

#[test]
fn answers_stream_and_the_next_turn_reuses_the_kv_cache() {
    let mut client = loaded(2048);
    let mut streamed = String::new();
    let first_turn = vec![message(Role::System, SYSTEM), message(Role::User, "What makes a shadow?")];
    let first = client.chat(first_turn.clone(), greedy(), 48, &mut |t| streamed.push_str(t)).unwrap();
    assert!(first.generated_tokens > 0 && !streamed.trim().is_empty());
    assert_eq!(first.cached_tokens, 0);
    assert!(first.decode_tokens_per_s > 0.0 && first.ttft_ms > 0.0);

    let mut second_turn = first_turn;
    second_turn.push(message(Role::Assistant, &streamed));
    second_turn.push(message(Role::User, "Why is it dark?"));
    let second = client.chat(second_turn, greedy(), 16, &mut |_| {}).unwrap();
    // The system prompt and the first turn are not computed again.
    assert!(second.cached_tokens >= first.prompt_tokens, "cached {} of {}", second.cached_tokens, first.prompt_tokens);
}

#[test]
fn cancel_during_the_prompt_stops_the_request_and_the_worker_stays_usable() {
    let mut client = loaded(2048);
    let long_question = "Tell me about shadows and light. ".repeat(200);
    let handle = client.cancel_handle();
    let canceller = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        let at = Instant::now();
        handle.cancel();
        at
    });
    let mut tokens = 0;
    let stats = client
        .chat(vec![message(Role::System, SYSTEM), message(Role::User, &long_question)], greedy(), 64, &mut |_| {
            tokens += 1
        })
        .unwrap();
    let cancelled_at = canceller.join().unwrap();
    assert_eq!(stats.stop, StopReason::Cancelled);
    assert_eq!(tokens, 0, "nothing is shown after a cancel during the prompt");
    eprintln!("cancel took effect after {:?}", cancelled_at.elapsed());
    let after = client.chat(vec![message(Role::User, "Hello")], greedy(), 8, &mut |_| {}).unwrap();
    assert!(after.generated_tokens > 0);
}

#[test]
fn cancel_while_the_model_writes_stops_the_answer_and_the_worker_stays_usable() {
    // Nothing polls for the cancel while the model writes: the cancel itself wakes the client.
    let mut client = loaded(2048);
    let handle = client.cancel_handle();
    let mut cancelled_at = None;
    let mut pieces_after = 0;
    let stats = client
        .chat(vec![message(Role::User, "Tell me a long story about a river and a kite.")], greedy(), 400, &mut |_| {
            match cancelled_at {
                None => {
                    cancelled_at = Some(Instant::now());
                    handle.cancel();
                }
                Some(_) => pieces_after += 1,
            }
        })
        .unwrap();
    assert_eq!(stats.stop, StopReason::Cancelled);
    assert_eq!(pieces_after, 0, "nothing is shown after the cancel");
    assert!(stats.generated_tokens < 400, "stopped after {} tokens", stats.generated_tokens);
    eprintln!(
        "cancel took effect after {:?}, {} tokens",
        cancelled_at.expect("the model wrote").elapsed(),
        stats.generated_tokens
    );
    let after = client.chat(vec![message(Role::User, "Hello")], greedy(), 8, &mut |_| {}).unwrap();
    assert!(after.generated_tokens > 0);
}

#[test]
fn a_prefilled_opening_is_not_computed_again_and_a_question_cancels_a_prefill() {
    let mut client = loaded(2048);
    let other = "You are a patient teacher. Explain with one example. The lesson is about magnets and iron.";
    let prefilled =
        client.prefill_now(vec![vec![message(Role::System, SYSTEM)], vec![message(Role::System, other)]]).unwrap();
    assert_eq!(prefilled.stop, StopReason::EndOfText);
    assert!(prefilled.prompt_tokens > 40 && prefilled.cached_tokens < prefilled.prompt_tokens, "{prefilled:?}");
    // The cache now ends on the second opening; the first comes back from its kept state.
    let answer = client.chat(
        vec![message(Role::System, SYSTEM), message(Role::User, "Why is it dark?")],
        greedy(),
        8,
        &mut |_| {},
    );
    let answer = answer.unwrap();
    assert!(answer.generated_tokens > 0);
    assert!(answer.cached_tokens >= 20, "the system prompt came from the prefill: {answer:?}");
    // Asking again does not reuse it beyond the common chat-template opening.
    let fresh = client
        .chat(vec![message(Role::System, "Be brief."), message(Role::User, "Hello")], greedy(), 4, &mut |_| {})
        .unwrap();
    assert!(fresh.cached_tokens < 10, "{fresh:?}");

    // A question that arrives during a background prefill cancels it and is answered.
    let long: Vec<Vec<Message>> = (0..6)
        .map(|i| vec![message(Role::System, &format!("Lesson {i}. {}", "Shadows are long. ".repeat(60)))])
        .collect();
    client.prefill(long);
    let answer = client.chat(vec![message(Role::User, "Hello")], greedy(), 4, &mut |_| {}).unwrap();
    assert_ne!(answer.stop, StopReason::Cancelled);
    assert!(answer.generated_tokens > 0);
}

#[test]
fn a_worker_killed_mid_answer_fails_that_answer_and_the_next_question_works() {
    let mut client = loaded(2048);
    let pid = client.worker_pid().unwrap();
    let mut killed = false;
    let result = client.chat(
        vec![message(Role::System, SYSTEM), message(Role::User, "Tell me a long story about the Sun.")],
        greedy(),
        120,
        &mut |_| {
            if !killed {
                killed = true;
                Command::new("kill").args(["-9", &pid.to_string()]).status().unwrap();
            }
        },
    );
    let err = result.expect_err("the answer in flight fails");
    assert_eq!(err.code, ErrorCode::WorkerCrashed);
    let next = client.chat(vec![message(Role::User, "What is light?")], greedy(), 16, &mut |_| {}).unwrap();
    assert!(next.generated_tokens > 0, "a new worker answered");
    assert_eq!(client.restarts(), 1);
    assert_ne!(client.worker_pid(), Some(pid));
}

#[test]
fn a_worker_that_died_while_idle_is_replaced_without_failing_the_next_question() {
    let mut client = loaded(2048);
    let pid = client.worker_pid().unwrap();
    Command::new("kill").args(["-9", &pid.to_string()]).status().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(200));
    let next = client.chat(vec![message(Role::User, "What is light?")], greedy(), 16, &mut |_| {}).unwrap();
    assert!(next.generated_tokens > 0, "a new worker answered");
    assert_eq!(client.restarts(), 1);
    assert_ne!(client.worker_pid(), Some(pid));
}

#[test]
fn a_prompt_longer_than_the_context_is_refused() {
    let mut client = loaded(512);
    let huge = "shadow ".repeat(2000);
    let err = client.chat(vec![message(Role::User, &huge)], greedy(), 32, &mut |_| {}).unwrap_err();
    assert_eq!(err.code, ErrorCode::ContextOverflow);
    assert!(client.chat(vec![message(Role::User, "Hi")], greedy(), 4, &mut |_| {}).is_ok(), "the worker is still fine");
}

fn write_header(path: &Path, strings: &[(&str, &str)], numbers: &[(&str, u32)]) {
    catalog::gguf::write_minimal_header(path, strings, numbers).unwrap();
}

#[test]
fn llama_cpp_says_on_standard_error_what_went_wrong_and_nothing_else() {
    // The worker alone, given a model cut short: llama.cpp's reason comes as `llama.cpp:` lines
    // (the supervisor keeps them and writes them to the log), its loading chatter does not.
    let dir = tempfile::tempdir().unwrap();
    let truncated = dir.path().join("truncated.gguf");
    let real = std::fs::read(testkit::default_model()).unwrap();
    std::fs::write(&truncated, &real[..real.len() / 3]).unwrap();
    let load = llm_protocol::Request::Load { model_path: truncated, n_ctx: 512, n_threads: 1 };
    let shutdown = llm_protocol::Request::Shutdown;
    let input = format!("{}\n{}\n", llm_protocol::encode(&load), llm_protocol::encode(&shutdown));
    let mut worker = Command::new(env!("CARGO_BIN_EXE_ustad-llm-worker"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    worker.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = worker.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("MODEL_INVALID"), "{stdout}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert!(!lines.is_empty(), "llama.cpp said why");
    assert!(lines.iter().all(|l| l.starts_with("llama.cpp: ")), "{stderr}");
    assert!(lines.len() < 40, "warnings and errors only, not the loading chatter: {stderr}");
}

#[test]
fn unusable_model_files_get_clear_codes() {
    let dir = tempfile::tempdir().unwrap();
    let code = |path: &Path, n_ctx: u32| client().load(path, n_ctx, 2).unwrap_err().code;
    assert_eq!(code(&dir.path().join("missing.gguf"), 2048), ErrorCode::ModelNotFound);
    let random = dir.path().join("random.gguf");
    std::fs::write(&random, (0..200_000u32).map(|i| (i.wrapping_mul(2654435761) >> 24) as u8).collect::<Vec<_>>())
        .unwrap();
    assert_eq!(code(&random, 2048), ErrorCode::ModelInvalid);
    let truncated = dir.path().join("truncated.gguf");
    let real = std::fs::read(testkit::default_model()).unwrap();
    std::fs::write(&truncated, &real[..real.len() / 3]).unwrap();
    assert_eq!(code(&truncated, 2048), ErrorCode::ModelInvalid, "the header reads, llama.cpp refuses the rest");
    let base = dir.path().join("base.gguf");
    write_header(&base, &[("general.architecture", "gemma3")], &[]);
    assert_eq!(code(&base, 2048), ErrorCode::ModelNotChat);
    let giant = dir.path().join("giant.gguf");
    write_header(
        &giant,
        &[("general.architecture", "llama"), ("tokenizer.chat_template", "{{ x }}")],
        &[
            ("llama.block_count", 400),
            ("llama.embedding_length", 65536),
            ("llama.attention.head_count", 64),
            ("llama.attention.head_count_kv", 64),
        ],
    );
    assert_eq!(code(&giant, 131072), ErrorCode::ModelTooLarge);
}
