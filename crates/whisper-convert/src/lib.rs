//! Converts a Whisper model in CTranslate2 format (`model.bin` + `vocabulary.txt`) into the
//! ggml file whisper.cpp loads. What it does:
//! - reads the CTranslate2 variables (little-endian: version, spec name, revision, then each
//!   variable's name, rank, dims, dtype, byte size and data; then aliases);
//! - maps the names onto OpenAI Whisper's tensor names, splitting the fused self-attention
//!   projection (query, key, value; key has no bias) and the fused cross-attention key/value;
//! - writes whisper.cpp's header (hyper-parameters), the 80-bin Slaney mel filterbank for
//!   n_fft 400 at 16 kHz, the vocabulary as raw bytes (GPT-2's byte-to-unicode mapping undone),
//!   and the tensors (f16 for matrices, f32 for vectors, conv biases and position embeddings);
//! - or quantizes the matrices (not the convolutions) to Q8_0 or Q5_0 as whisper.cpp's
//!   `quantize` does ([`quant`]).
//!
//! The output is deterministic, so its SHA-256 can stand in the model catalogue.

mod ct2;
mod mel;
pub mod quant;
mod vocab;

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

pub use ct2::{read_ct2, Ct2Model, DType, Variable};
pub use mel::mel_filters;
pub use quant::Quantization;
pub use vocab::read_vocabulary;

const GGML_MAGIC: u32 = 0x6767_6d6c;

#[derive(Debug, thiserror::Error)]
pub enum ConvertError {
    #[error("cannot read {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{0} is not a CTranslate2 Whisper model: {1}")]
    NotWhisper(PathBuf, String),
    #[error("the model is damaged or cut short: {0}")]
    Damaged(String),
    #[error("variable `{0}` is missing")]
    Missing(String),
    #[error("variable `{name}` has type {dtype:?}; only float16 and float32 models can be converted")]
    Unsupported { name: String, dtype: DType },
    #[error("tensor `{name}` has rows of {row} values, not a multiple of {block}: it cannot be quantized")]
    NotBlocks { name: String, row: u32, block: usize },
}

pub type Result<T> = std::result::Result<T, ConvertError>;

/// What a conversion produced.
#[derive(Debug, Clone)]
pub struct Report {
    pub n_vocab: u32,
    pub n_layers: u32,
    pub n_state: u32,
    pub n_tensors: usize,
    pub bytes: u64,
}

/// One tensor to write: whisper.cpp name, shape (outermost first, as PyTorch), f32 values or
/// f16 bits.
struct Tensor {
    name: String,
    shape: Vec<u32>,
    data: TensorData,
}

enum TensorData {
    F16(Vec<u16>),
    F32(Vec<f32>),
    Quantized(Quantization, Vec<u8>),
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> ConvertError + '_ {
    move |source| ConvertError::Io { path: path.to_owned(), source }
}

/// Converts the CTranslate2 model in `dir` into `out` (written beside, then renamed), with
/// f16 matrices.
pub fn convert(dir: &Path, out: &Path) -> Result<Report> {
    convert_to(dir, out, Quantization::F16)
}

/// Converts the CTranslate2 model in `dir` into `out`, its matrices in `quantization`.
pub fn convert_to(dir: &Path, out: &Path, quantization: Quantization) -> Result<Report> {
    let model = read_ct2(&dir.join("model.bin"))?;
    let vocabulary = read_vocabulary(&dir.join("vocabulary.txt"))?;
    let mut tensors = map_tensors(&model)?;
    if quantization != Quantization::F16 {
        for tensor in &mut tensors {
            quantize(tensor, quantization)?;
        }
    }
    let embeddings = model.get("decoder/embeddings/weight")?;
    let n_vocab = embeddings.dims[0];
    let n_state = embeddings.dims[1];
    let n_audio_layer = model.count_layers("encoder");
    let n_text_layer = model.count_layers("decoder");
    let conv1 = model.get("encoder/conv1/weight")?;
    let hparams = [
        n_vocab,
        model.get("encoder/position_encodings/encodings")?.dims[0],
        model.get("encoder/conv1/bias")?.dims[0],
        model.scalar_int("encoder/num_heads")?,
        n_audio_layer,
        model.get("decoder/position_encodings/encodings")?.dims[0],
        n_state,
        model.scalar_int("decoder/num_heads")?,
        n_text_layer,
        conv1.dims[1],
        quantization.file_type() as u32,
    ];
    let n_mels = conv1.dims[1] as usize;
    let filters = mel_filters(16_000, 400, n_mels);

    let tmp = out.with_extension("bin.partial");
    let file = File::create(&tmp).map_err(io(&tmp))?;
    let mut writer = BufWriter::new(file);
    let mut write = |bytes: &[u8]| writer.write_all(bytes).map_err(io(&tmp));
    write(&GGML_MAGIC.to_le_bytes())?;
    for value in hparams {
        write(&(value as i32).to_le_bytes())?;
    }
    write(&(n_mels as i32).to_le_bytes())?;
    write(&(201i32).to_le_bytes())?;
    for value in filters.iter().flatten() {
        write(&value.to_le_bytes())?;
    }
    write(&(vocabulary.len() as i32).to_le_bytes())?;
    for token in &vocabulary {
        write(&(token.len() as i32).to_le_bytes())?;
        write(token)?;
    }
    for tensor in &tensors {
        let ftype: i32 = match &tensor.data {
            TensorData::F32(_) => 0,
            TensorData::F16(_) => 1,
            TensorData::Quantized(q, _) => q.ggml_type(),
        };
        write(&(tensor.shape.len() as i32).to_le_bytes())?;
        write(&(tensor.name.len() as i32).to_le_bytes())?;
        write(&ftype.to_le_bytes())?;
        for dim in tensor.shape.iter().rev() {
            write(&(*dim as i32).to_le_bytes())?;
        }
        write(tensor.name.as_bytes())?;
        match &tensor.data {
            TensorData::F32(values) => {
                for value in values {
                    write(&value.to_le_bytes())?;
                }
            }
            TensorData::F16(bits) => {
                for value in bits {
                    write(&value.to_le_bytes())?;
                }
            }
            TensorData::Quantized(_, bytes) => write(bytes)?,
        }
    }
    let file = writer.into_inner().map_err(|e| ConvertError::Io { path: tmp.clone(), source: e.into_error() })?;
    file.sync_all().map_err(io(&tmp))?;
    std::fs::rename(&tmp, out).map_err(io(out))?;
    let bytes = std::fs::metadata(out).map(|m| m.len()).unwrap_or(0);
    Ok(Report { n_vocab, n_layers: n_audio_layer, n_state, n_tensors: tensors.len(), bytes })
}

/// Quantizes a matrix (an f16 tensor of two dimensions; the convolutions have three), as
/// whisper.cpp's `quantize` does: whisper.cpp makes those tensors in the file's type.
fn quantize(tensor: &mut Tensor, quantization: Quantization) -> Result<()> {
    let TensorData::F16(bits) = &tensor.data else { return Ok(()) };
    if tensor.shape.len() != 2 {
        return Ok(());
    }
    let row = tensor.shape[1];
    if !(row as usize).is_multiple_of(quant::BLOCK) {
        return Err(ConvertError::NotBlocks { name: tensor.name.clone(), row, block: quant::BLOCK });
    }
    let values: Vec<f32> = bits.iter().map(|b| half::f16::from_bits(*b).to_f32()).collect();
    tensor.data = TensorData::Quantized(quantization, quantization.quantize(&values));
    Ok(())
}

/// Rows `range` of a 2-D (or 1-D) variable.
fn rows(var: &Variable, range: std::ops::Range<u32>) -> Result<(Vec<u32>, Vec<u16>)> {
    let bits = var.f16_bits()?;
    let row_len: usize = var.dims.iter().skip(1).map(|d| *d as usize).product::<usize>().max(1);
    let data = bits[range.start as usize * row_len..range.end as usize * row_len].to_vec();
    let mut shape = var.dims.clone();
    shape[0] = range.end - range.start;
    Ok((shape, data))
}

fn map_tensors(model: &Ct2Model) -> Result<Vec<Tensor>> {
    let mut out: Vec<Tensor> = Vec::new();
    // Matrices stay f16; vectors, conv biases and position embeddings become f32, as whisper.cpp
    // expects them.
    let mut push = |name: String, shape: Vec<u32>, bits: Vec<u16>| {
        let as_f32 = shape.len() < 2
            || name.ends_with("conv1.bias")
            || name.ends_with("conv2.bias")
            || name.contains("positional_embedding");
        let data = if as_f32 {
            TensorData::F32(bits.iter().map(|b| half::f16::from_bits(*b).to_f32()).collect())
        } else {
            TensorData::F16(bits)
        };
        out.push(Tensor { name, shape, data });
    };
    let plain = |ct2: &str| -> Result<(Vec<u32>, Vec<u16>)> {
        let var = model.get(ct2)?;
        Ok((var.dims.clone(), var.f16_bits()?))
    };
    for conv in ["conv1", "conv2"] {
        let (shape, bits) = plain(&format!("encoder/{conv}/weight"))?;
        push(format!("encoder.{conv}.weight"), shape, bits);
        let (shape, bits) = plain(&format!("encoder/{conv}/bias"))?;
        push(format!("encoder.{conv}.bias"), vec![shape[0], 1], bits);
    }
    let (shape, bits) = plain("encoder/position_encodings/encodings")?;
    push("encoder.positional_embedding".into(), shape, bits);
    let (shape, bits) = plain("decoder/position_encodings/encodings")?;
    push("decoder.positional_embedding".into(), shape, bits);
    let (shape, bits) = plain("decoder/embeddings/weight")?;
    push("decoder.token_embedding.weight".into(), shape, bits);
    for (ct2, name) in [("encoder/layer_norm", "encoder.ln_post"), ("decoder/layer_norm", "decoder.ln")] {
        let (shape, bits) = plain(&format!("{ct2}/gamma"))?;
        push(format!("{name}.weight"), shape, bits);
        let (shape, bits) = plain(&format!("{ct2}/beta"))?;
        push(format!("{name}.bias"), shape, bits);
    }
    for side in ["encoder", "decoder"] {
        for layer in 0..model.count_layers(side) {
            let ct2 = format!("{side}/layer_{layer}");
            let name = format!("{side}.blocks.{layer}");
            let mut linear = |from: &str, to: &str, range: Option<std::ops::Range<u32>>, bias: bool| -> Result<()> {
                let weight = model.get(&format!("{ct2}/{from}/weight"))?;
                let range = range.unwrap_or(0..weight.dims[0]);
                let (shape, bits) = rows(weight, range.clone())?;
                push(format!("{name}.{to}.weight"), shape, bits);
                if bias {
                    let (shape, bits) = rows(model.get(&format!("{ct2}/{from}/bias"))?, range)?;
                    push(format!("{name}.{to}.bias"), shape, bits);
                }
                Ok(())
            };
            let n_state = model.get(&format!("{ct2}/self_attention/linear_1/weight"))?.dims[0];
            linear("self_attention/linear_0", "attn.query", Some(0..n_state), true)?;
            linear("self_attention/linear_0", "attn.key", Some(n_state..2 * n_state), false)?;
            linear("self_attention/linear_0", "attn.value", Some(2 * n_state..3 * n_state), true)?;
            linear("self_attention/linear_1", "attn.out", None, true)?;
            linear("ffn/linear_0", "mlp.0", None, true)?;
            linear("ffn/linear_1", "mlp.2", None, true)?;
            if side == "decoder" {
                linear("attention/linear_0", "cross_attn.query", None, true)?;
                linear("attention/linear_1", "cross_attn.key", Some(0..n_state), false)?;
                linear("attention/linear_1", "cross_attn.value", Some(n_state..2 * n_state), true)?;
                linear("attention/linear_2", "cross_attn.out", None, true)?;
            }
            let mut norm = |from: &str, to: &str| -> Result<()> {
                let (shape, bits) = plain(&format!("{ct2}/{from}/gamma"))?;
                push(format!("{name}.{to}.weight"), shape, bits);
                let (shape, bits) = plain(&format!("{ct2}/{from}/beta"))?;
                push(format!("{name}.{to}.bias"), shape, bits);
                Ok(())
            };
            norm("self_attention/layer_norm", "attn_ln")?;
            norm("ffn/layer_norm", "mlp_ln")?;
            if side == "decoder" {
                norm("attention/layer_norm", "cross_attn_ln")?;
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
