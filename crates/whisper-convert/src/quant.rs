//! ggml's block quantization formats that whisper.cpp loads, written as ggml's reference
//! quantizer writes them (`quantize_row_q8_0_ref`, `quantize_row_q5_0_ref` in ggml-quants.c),
//! so that a converted file is the same byte for byte as one made by whisper.cpp's `quantize`.
//! Each block holds 32 values of one row with an f16 scale.

/// Values per block.
pub const BLOCK: usize = 32;

/// A weight format of the converted file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quantization {
    /// Half precision, no quantization.
    F16,
    /// 8-bit values with a scale per block: 34 bytes for 32 values.
    Q8_0,
    /// 5-bit values with a scale per block: 22 bytes for 32 values.
    Q5_0,
}

impl Quantization {
    pub fn parse(name: &str) -> Option<Quantization> {
        match name.to_ascii_lowercase().as_str() {
            "f16" => Some(Quantization::F16),
            "q8_0" => Some(Quantization::Q8_0),
            "q5_0" => Some(Quantization::Q5_0),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Quantization::F16 => "f16",
            Quantization::Q8_0 => "q8_0",
            Quantization::Q5_0 => "q5_0",
        }
    }

    /// ggml's tensor type (`enum ggml_type`).
    pub fn ggml_type(self) -> i32 {
        match self {
            Quantization::F16 => 1,
            Quantization::Q8_0 => 8,
            Quantization::Q5_0 => 6,
        }
    }

    /// The file's `ftype` (`enum ggml_ftype`, with ggml's quantization version 2 × 1000 for
    /// quantized files, as whisper.cpp's `quantize` writes it).
    pub fn file_type(self) -> i32 {
        match self {
            Quantization::F16 => 1,
            Quantization::Q8_0 => 2000 + 7,
            Quantization::Q5_0 => 2000 + 8,
        }
    }

    /// Bytes of one block of [`BLOCK`] values.
    pub fn block_bytes(self) -> usize {
        match self {
            Quantization::F16 => 2 * BLOCK,
            Quantization::Q8_0 => 2 + BLOCK,
            Quantization::Q5_0 => 2 + 4 + BLOCK / 2,
        }
    }

    /// Quantizes `values` (a whole number of blocks) into this format.
    pub fn quantize(self, values: &[f32]) -> Vec<u8> {
        assert!(values.len().is_multiple_of(BLOCK), "a whole number of blocks");
        let mut out = Vec::with_capacity(values.len() / BLOCK * self.block_bytes());
        match self {
            Quantization::F16 => {
                values.iter().for_each(|v| out.extend(half::f16::from_f32(*v).to_bits().to_le_bytes()));
            }
            Quantization::Q8_0 => values.chunks_exact(BLOCK).for_each(|block| q8_0(block, &mut out)),
            Quantization::Q5_0 => values.chunks_exact(BLOCK).for_each(|block| q5_0(block, &mut out)),
        }
        out
    }

    /// The values `bytes` stand for (ggml's `dequantize_row_*`).
    pub fn dequantize(self, bytes: &[u8]) -> Vec<f32> {
        let scale = |b: &[u8]| half::f16::from_bits(u16::from_le_bytes([b[0], b[1]])).to_f32();
        match self {
            Quantization::F16 => bytes.chunks_exact(2).map(scale).collect(),
            Quantization::Q8_0 => bytes
                .chunks_exact(self.block_bytes())
                .flat_map(|block| {
                    let d = scale(block);
                    block[2..].iter().map(move |q| f32::from(*q as i8) * d)
                })
                .collect(),
            Quantization::Q5_0 => bytes
                .chunks_exact(self.block_bytes())
                .flat_map(|block| {
                    let d = scale(block);
                    let qh = u32::from_le_bytes([block[2], block[3], block[4], block[5]]);
                    let qs = &block[6..];
                    let value = move |j: usize| {
                        let (nibble, high) = if j < BLOCK / 2 {
                            (qs[j] & 0x0F, (qh >> j) & 1)
                        } else {
                            (qs[j - BLOCK / 2] >> 4, (qh >> j) & 1)
                        };
                        (i32::from(nibble) | (high << 4) as i32) - 16
                    };
                    (0..BLOCK).map(move |j| value(j) as f32 * d)
                })
                .collect(),
        }
    }
}

/// ggml's f32-to-f16 conversion of a scale (round to nearest even), as stored.
fn f16_bytes(value: f32) -> [u8; 2] {
    half::f16::from_f32(value).to_bits().to_le_bytes()
}

fn q8_0(block: &[f32], out: &mut Vec<u8>) {
    let amax = block.iter().fold(0.0f32, |m, v| m.max(v.abs()));
    let d = amax / 127.0;
    let id = if d != 0.0 { 1.0 / d } else { 0.0 };
    out.extend(f16_bytes(d));
    // C's roundf: halves away from zero, as Rust's `round`.
    out.extend(block.iter().map(|v| (v * id).round() as i8 as u8));
}

fn q5_0(block: &[f32], out: &mut Vec<u8>) {
    // The value of largest magnitude, with its sign.
    let (mut amax, mut max) = (0.0f32, 0.0f32);
    for v in block {
        if v.abs() > amax {
            amax = v.abs();
            max = *v;
        }
    }
    let d = max / -16.0;
    let id = if d != 0.0 { 1.0 / d } else { 0.0 };
    out.extend(f16_bytes(d));
    let mut qh: u32 = 0;
    let mut qs = [0u8; BLOCK / 2];
    for j in 0..BLOCK / 2 {
        // C truncates the float to int8_t, then caps at 31.
        let xi0 = ((block[j] * id + 16.5) as i8).min(31) as u8;
        let xi1 = ((block[j + BLOCK / 2] * id + 16.5) as i8).min(31) as u8;
        qs[j] = (xi0 & 0x0F) | ((xi1 & 0x0F) << 4);
        qh |= u32::from((xi0 & 0x10) >> 4) << j;
        qh |= u32::from((xi1 & 0x10) >> 4) << (j + BLOCK / 2);
    }
    out.extend(qh.to_le_bytes());
    out.extend(qs);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ramp(n: usize) -> Vec<f32> {
        (0..n).map(|i| ((i * 37 % 101) as f32 - 50.0) / 7.0).collect()
    }

    #[test]
    fn blocks_round_trip_within_their_step() {
        let values = ramp(4 * BLOCK);
        // Q5_0 has 16 steps on the side of the largest value and 15 on the other, so a value
        // there may be a whole step off.
        for (q, bits, off) in [(Quantization::Q8_0, 127.0, 0.51), (Quantization::Q5_0, 16.0, 1.01)] {
            let bytes = q.quantize(&values);
            assert_eq!(bytes.len(), 4 * q.block_bytes());
            let back = q.dequantize(&bytes);
            for (block, restored) in values.chunks(BLOCK).zip(back.chunks(BLOCK)) {
                let step = block.iter().fold(0.0f32, |m, v| m.max(v.abs())) / bits;
                for (v, r) in block.iter().zip(restored) {
                    assert!((v - r).abs() <= step * off + 1e-3, "{q:?}: {v} came back as {r}");
                }
            }
        }
    }

    #[test]
    fn a_block_of_zeros_stays_zero() {
        for q in [Quantization::Q8_0, Quantization::Q5_0] {
            assert!(q.dequantize(&q.quantize(&[0.0; BLOCK])).iter().all(|v| *v == 0.0));
        }
    }

    #[test]
    fn names_parse() {
        assert_eq!(Quantization::parse("Q8_0"), Some(Quantization::Q8_0));
        assert_eq!(Quantization::parse("q4_k"), None);
        assert_eq!(Quantization::Q5_0.file_type(), 2008);
    }
}
