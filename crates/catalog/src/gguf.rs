//! Reading the header of a GGUF file: magic, version, and the metadata a model import needs
//! (architecture, name, context length, chat template). Tensor data is never read. Every length
//! is bounded, so a random or truncated file fails with an error instead of a huge allocation.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

use serde::Serialize;

/// Architectures llama.cpp runs that Ustad accepts as a tutor model.
pub const SUPPORTED_ARCHITECTURES: &[&str] = &[
    "llama", "mistral", "gemma", "gemma2", "gemma3", "qwen2", "qwen3", "phi3", "smollm3", "granite", "olmo2",
    "stablelm",
];

const MAGIC: [u8; 4] = *b"GGUF";
const MAX_STRING: u64 = 64 << 20;
const MAX_KV: u64 = 100_000;
const MAX_ARRAY: u64 = 10_000_000;

#[derive(Debug, thiserror::Error)]
pub enum GgufError {
    #[error("not a GGUF file (it does not start with the GGUF magic)")]
    NotGguf,
    #[error("GGUF version {0} is not supported (1 to 3 are known; Ustad reads 2 and 3)")]
    Version(u32),
    #[error("the GGUF header is damaged or cut short: {0}")]
    Damaged(String),
    #[error("cannot read {path}: {source}")]
    Io { path: String, source: std::io::Error },
}

/// What the header says about a model.
#[derive(Debug, Clone, Serialize)]
pub struct GgufInfo {
    pub version: u32,
    pub n_tensors: u64,
    pub architecture: Option<String>,
    pub name: Option<String>,
    pub file_type: Option<u32>,
    pub context_length: Option<u64>,
    pub chat_template: Option<String>,
    pub n_vocab: Option<u64>,
    /// Transformer layers, model width, attention heads and key/value heads: what the KV cache
    /// of a context costs.
    pub n_layer: Option<u64>,
    pub n_embd: Option<u64>,
    pub n_head: Option<u64>,
    pub n_head_kv: Option<u64>,
    /// Width of each key and value head (`attention.key_length`, `attention.value_length`);
    /// when absent, the model width over the heads. Qwen3 and Gemma 3 set them apart from it.
    pub n_embd_head_k: Option<u64>,
    pub n_embd_head_v: Option<u64>,
}

impl GgufInfo {
    /// Bytes of an f16 KV cache for `n_ctx` tokens, when the header says enough to tell: every
    /// layer keeps, per token, a key and a value of each KV head, two bytes a number.
    pub fn kv_cache_bytes(&self, n_ctx: u64) -> Option<u64> {
        let (n_layer, n_embd, n_head) = (self.n_layer?, self.n_embd?, self.n_head?.max(1));
        let n_head_kv = self.n_head_kv.unwrap_or(n_head);
        let head_width = n_embd / n_head;
        let (key_width, value_width) =
            (self.n_embd_head_k.unwrap_or(head_width), self.n_embd_head_v.unwrap_or(head_width));
        Some(n_layer * n_ctx * n_head_kv * (key_width + value_width) * 2)
    }

    /// Bytes the model needs loaded with a context of `n_ctx` tokens: its weights (the file's
    /// size), its KV cache (a quarter of the weights when the header does not say enough) and
    /// [`RUNTIME_HEADROOM_BYTES`]. The catalogue's `ram_mb` figures are this estimate.
    pub fn ram_bytes(&self, weights_bytes: u64, n_ctx: u32) -> u64 {
        weights_bytes + self.kv_cache_bytes(u64::from(n_ctx)).unwrap_or(weights_bytes / 4) + RUNTIME_HEADROOM_BYTES
    }
}

/// Memory for llama.cpp's compute buffers and the worker process, beyond weights and KV cache.
pub const RUNTIME_HEADROOM_BYTES: u64 = 256 << 20;

impl GgufInfo {
    pub fn is_supported_architecture(&self) -> bool {
        self.architecture.as_deref().is_some_and(|arch| SUPPORTED_ARCHITECTURES.contains(&arch))
    }

    /// A chat model carries a chat template; a base model does not.
    pub fn is_chat_model(&self) -> bool {
        self.chat_template.as_deref().is_some_and(|t| !t.trim().is_empty())
    }
}

struct Reader<R: Read> {
    inner: R,
}

impl<R: Read> Reader<R> {
    fn bytes<const N: usize>(&mut self) -> Result<[u8; N], GgufError> {
        let mut buf = [0u8; N];
        self.inner.read_exact(&mut buf).map_err(|e| GgufError::Damaged(e.to_string()))?;
        Ok(buf)
    }

    fn u32(&mut self) -> Result<u32, GgufError> {
        Ok(u32::from_le_bytes(self.bytes()?))
    }

    fn u64(&mut self) -> Result<u64, GgufError> {
        Ok(u64::from_le_bytes(self.bytes()?))
    }

    fn string(&mut self) -> Result<String, GgufError> {
        let len = self.u64()?;
        if len > MAX_STRING {
            return Err(GgufError::Damaged(format!("a string of {len} bytes")));
        }
        let mut buf = vec![0u8; len as usize];
        self.inner.read_exact(&mut buf).map_err(|e| GgufError::Damaged(e.to_string()))?;
        String::from_utf8(buf).map_err(|_| GgufError::Damaged("a string that is not UTF-8".into()))
    }

    fn skip(&mut self, n_bytes: u64) -> Result<(), GgufError> {
        let copied = std::io::copy(&mut (&mut self.inner).take(n_bytes), &mut std::io::sink())
            .map_err(|e| GgufError::Damaged(e.to_string()))?;
        if copied == n_bytes {
            Ok(())
        } else {
            Err(GgufError::Damaged("the file ends inside the header".into()))
        }
    }

    /// Reads a value of `kind`; scalars come back as numbers or text, arrays as their length.
    fn value(&mut self, kind: u32) -> Result<Value, GgufError> {
        Ok(match kind {
            0 | 1 | 7 => Value::Int(u64::from(self.bytes::<1>()?[0])),
            2 | 3 => Value::Int(u64::from(u16::from_le_bytes(self.bytes()?))),
            4 | 5 => Value::Int(u64::from(self.u32()?)),
            6 => Value::Other(self.skip(4)?),
            10 | 11 => Value::Int(self.u64()?),
            12 => Value::Other(self.skip(8)?),
            8 => Value::Text(self.string()?),
            9 => {
                let item_kind = self.u32()?;
                let len = self.u64()?;
                if len > MAX_ARRAY {
                    return Err(GgufError::Damaged(format!("an array of {len} items")));
                }
                match item_kind {
                    0 | 1 | 7 => self.skip(len)?,
                    2 | 3 => self.skip(len * 2)?,
                    4..=6 => self.skip(len * 4)?,
                    10..=12 => self.skip(len * 8)?,
                    8 => {
                        for _ in 0..len {
                            let n = self.u64()?;
                            if n > MAX_STRING {
                                return Err(GgufError::Damaged(format!("a string of {n} bytes")));
                            }
                            self.skip(n)?;
                        }
                    }
                    other => return Err(GgufError::Damaged(format!("arrays of type {other}"))),
                }
                Value::Array(len)
            }
            other => return Err(GgufError::Damaged(format!("value type {other}"))),
        })
    }
}

enum Value {
    Int(u64),
    Text(String),
    Array(u64),
    Other(()),
}

/// Reads the header of the GGUF file at `path`.
pub fn read_header(path: &Path) -> Result<GgufInfo, GgufError> {
    let file = File::open(path).map_err(|source| GgufError::Io { path: path.display().to_string(), source })?;
    let mut reader = Reader { inner: BufReader::new(file) };
    let magic: [u8; 4] = reader.bytes().map_err(|_| GgufError::NotGguf)?;
    if magic != MAGIC {
        return Err(GgufError::NotGguf);
    }
    let version = reader.u32()?;
    if !(2..=3).contains(&version) {
        return Err(GgufError::Version(version));
    }
    let n_tensors = reader.u64()?;
    let n_kv = reader.u64()?;
    if n_kv > MAX_KV || n_tensors > MAX_ARRAY {
        return Err(GgufError::Damaged(format!("{n_kv} metadata entries and {n_tensors} tensors")));
    }
    let mut info = GgufInfo {
        version,
        n_tensors,
        architecture: None,
        name: None,
        file_type: None,
        context_length: None,
        chat_template: None,
        n_vocab: None,
        n_layer: None,
        n_embd: None,
        n_head: None,
        n_head_kv: None,
        n_embd_head_k: None,
        n_embd_head_v: None,
    };
    let mut arch_numbers: Vec<(String, u64)> = Vec::new();
    for _ in 0..n_kv {
        let key = reader.string()?;
        let kind = reader.u32()?;
        let value = reader.value(kind)?;
        match (key.as_str(), value) {
            ("general.architecture", Value::Text(text)) => info.architecture = Some(text),
            ("general.name", Value::Text(text)) => info.name = Some(text),
            ("general.file_type", Value::Int(n)) => info.file_type = Some(n as u32),
            ("tokenizer.chat_template", Value::Text(text)) => info.chat_template = Some(text),
            ("tokenizer.ggml.tokens", Value::Array(n)) => info.n_vocab = Some(n),
            (key, Value::Int(n))
                if key.contains('.') && !key.starts_with("general.") && !key.starts_with("tokenizer.") =>
            {
                arch_numbers.push((key.to_owned(), n))
            }
            _ => {}
        }
    }
    if let Some(arch) = &info.architecture {
        let number = |name: &str| {
            let wanted = format!("{arch}.{name}");
            arch_numbers.iter().find(|(key, _)| *key == wanted).map(|(_, n)| *n)
        };
        info.context_length = number("context_length");
        info.n_layer = number("block_count");
        info.n_embd = number("embedding_length");
        info.n_head = number("attention.head_count");
        info.n_head_kv = number("attention.head_count_kv");
        info.n_embd_head_k = number("attention.key_length");
        info.n_embd_head_v = number("attention.value_length");
    }
    Ok(info)
}

/// Writes a GGUF v3 header with string and u32 metadata, a three-token vocabulary and no
/// tensors: a file that reads as a model header but holds no model. For tests and tools that
/// need GGUF files of a given kind (base model, unsupported architecture, absurd sizes).
pub fn write_minimal_header(path: &Path, strings: &[(&str, &str)], numbers: &[(&str, u32)]) -> std::io::Result<()> {
    let mut bytes = MAGIC.to_vec();
    bytes.extend(3u32.to_le_bytes());
    bytes.extend(0u64.to_le_bytes());
    bytes.extend(((strings.len() + numbers.len() + 1) as u64).to_le_bytes());
    let push_str = |bytes: &mut Vec<u8>, s: &str| {
        bytes.extend((s.len() as u64).to_le_bytes());
        bytes.extend(s.as_bytes());
    };
    for (key, value) in strings {
        push_str(&mut bytes, key);
        bytes.extend(8u32.to_le_bytes());
        push_str(&mut bytes, value);
    }
    for (key, value) in numbers {
        push_str(&mut bytes, key);
        bytes.extend(4u32.to_le_bytes());
        bytes.extend(value.to_le_bytes());
    }
    push_str(&mut bytes, "tokenizer.ggml.tokens");
    bytes.extend(9u32.to_le_bytes());
    bytes.extend(8u32.to_le_bytes());
    bytes.extend(3u64.to_le_bytes());
    for token in ["<s>", "hello", "سلام"] {
        push_str(&mut bytes, token);
    }
    std::fs::write(path, bytes)
}
