//! `cargo run -p asr-engine --example once -- MODEL.bin CLIP.wav LANG`: one window, for trying.
use std::io::Read;
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut raw = Vec::new();
    std::fs::File::open(&args[2]).unwrap().read_to_end(&mut raw).unwrap();
    // 16 kHz mono s16 WAV with a 44-byte header.
    let samples: Vec<f32> =
        raw[44..].chunks_exact(2).map(|b| f32::from(i16::from_le_bytes([b[0], b[1]])) / 32768.0).collect();
    let t = asr_engine::Transcriber::load(args[1].as_ref(), 2).unwrap();
    let started = std::time::Instant::now();
    let out = t.transcribe_window(&samples, &args[3], Default::default()).unwrap();
    println!("{:?} {:?} in {:?}", out.text, out.language, started.elapsed());
}
