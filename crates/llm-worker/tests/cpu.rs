//! The LLM worker on the CPUs schools have, emulated by qemu-user: a Celeron-class CPU without
//! AVX ("Nehalem": SSE4.2) and an AVX2 one ("Haswell"). One build serves both: the worker loads
//! ggml's CPU variant for the CPU it finds, and says which in its greeting.

use std::time::Duration;

use llm_protocol::{Message, Role, Sampling};
use supervisor::{Config, LlmClient};

fn emulated(cpu: &str, dir: &std::path::Path) -> LlmClient {
    let script = testkit::under_qemu(dir, env!("CARGO_BIN_EXE_ustad-llm-worker").as_ref(), cpu);
    let mut config = Config::new(script);
    // Emulation is about 40 times slower than this CPU.
    config.load_timeout = Duration::from_secs(900);
    config.idle_timeout = Duration::from_secs(900);
    LlmClient::new(config)
}

fn answers_on(cpu: &str, expected_level: &str) {
    let dir = tempfile::tempdir().unwrap();
    let mut client = emulated(cpu, dir.path());
    client.load(testkit::default_model(), 256, 2).expect("the model loads on the emulated CPU");
    let used = client.cpu().expect("a worker runs").code.expect("the worker says which CPU code it runs");
    assert!(used.starts_with(expected_level), "{cpu}: {used}");
    let messages = vec![
        Message { role: Role::System, content: "Answer in one short sentence.".into() },
        Message { role: Role::User, content: "What is water?".into() },
    ];
    let mut text = String::new();
    let sampling = Sampling { temperature: 0.0, ..Sampling::default() };
    let stats = client.chat(messages, sampling, 6, &mut |t| text.push_str(t)).expect("an answer, not SIGILL");
    eprintln!(
        "{cpu} ({used}): {:?}, prompt {:.1} tok/s, decode {:.1} tok/s",
        text, stats.prompt_tokens_per_s, stats.decode_tokens_per_s
    );
    assert!(stats.generated_tokens > 0 && !text.trim().is_empty());
}

#[test]
fn answers_on_a_cpu_without_avx() {
    answers_on("Nehalem", "sse4.2");
}

#[test]
fn answers_on_an_avx2_cpu_with_its_avx2_code() {
    answers_on("Haswell", "avx2");
}
