//! The converter's block formats (`whisper_convert::quant`) against whisper.cpp's own ggml: the
//! same bytes as `ggml_quantize_chunk` (what whisper.cpp's `quantize` writes), and the same
//! values back through ggml's `to_float` (what whisper.cpp computes with).

// The test calls ggml's C functions to compare with them.
#![allow(unsafe_code)]

use whisper_convert::Quantization;
use whisper_rs::whisper_rs_sys as sys;

/// Weights like a model's: mostly small, some large, a few exact zeros and ties at half steps.
fn weights(rows: usize, row: usize) -> Vec<f32> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..rows * row)
        .map(|i| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let unit = (state >> 11) as f32 / (1u64 << 53) as f32 - 0.5;
            match i % 97 {
                0 => 0.0,
                1 => 3.5,
                2 => -0.25,
                _ => unit * if i % 11 == 0 { 4.0 } else { 0.2 },
            }
        })
        .collect()
}

fn ggml_type(q: Quantization) -> sys::ggml_type {
    match q {
        Quantization::Q8_0 => sys::ggml_type_GGML_TYPE_Q8_0,
        Quantization::Q5_0 => sys::ggml_type_GGML_TYPE_Q5_0,
        Quantization::F16 => sys::ggml_type_GGML_TYPE_F16,
    }
}

#[test]
fn blocks_are_written_and_read_as_whisper_cpp_does() {
    let (rows, row) = (6, 768);
    let mut values = weights(rows, row);
    // A row of zeros too: its scale is 0 and so is every value.
    values[..row].iter_mut().for_each(|v| *v = 0.0);
    for q in [Quantization::Q8_0, Quantization::Q5_0] {
        let ours = q.quantize(&values);
        let mut theirs = vec![0u8; ours.len()];
        // SAFETY: `values` holds rows × row floats and `theirs` the bytes of as many blocks.
        let written = unsafe {
            sys::ggml_quantize_init(ggml_type(q));
            sys::ggml_quantize_chunk(
                ggml_type(q),
                values.as_ptr(),
                theirs.as_mut_ptr().cast(),
                0,
                rows as i64,
                row as i64,
                std::ptr::null(),
            )
        };
        assert_eq!(written, ours.len(), "{q:?}: bytes written");
        assert!(ours == theirs, "{q:?}: the converter's blocks differ from ggml's");

        let mut restored = vec![0f32; values.len()];
        // SAFETY: the traits are static; `to_float` reads the blocks and writes as many floats.
        unsafe {
            let traits = &*sys::ggml_get_type_traits(ggml_type(q));
            let to_float = traits.to_float.expect("a quantized type converts back");
            to_float(theirs.as_ptr().cast(), restored.as_mut_ptr(), values.len() as i64);
        }
        assert_eq!(q.dequantize(&ours), restored, "{q:?}: the values the blocks stand for");
        let worst = values.iter().zip(&restored).map(|(a, b)| (a - b).abs()).fold(0.0f32, f32::max);
        eprintln!("{q:?}: largest error {worst:.5} on weights up to 3.5");
    }
}
