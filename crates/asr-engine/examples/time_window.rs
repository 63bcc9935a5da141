use std::sync::atomic::AtomicBool;
use std::sync::Arc;
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let t = asr_engine::Transcriber::load(std::path::Path::new(&args[1]), 2).unwrap();
    let mut samples = Vec::new();
    audio::decode_windows(std::path::Path::new(&args[2]), 480000, &mut |w| {
        samples.extend_from_slice(w);
        true
    })
    .unwrap();
    for _ in 0..3 {
        let started = std::time::Instant::now();
        let r = t.transcribe_window(&samples, "en", Arc::new(AtomicBool::new(false))).unwrap();
        eprintln!("{:.2} s {}", started.elapsed().as_secs_f64(), r.text.len());
    }
}
