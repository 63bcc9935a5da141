//! Reading a CTranslate2 `model.bin`.

use std::collections::BTreeMap;
use std::path::Path;

use crate::{ConvertError, Result};

/// CTranslate2's data types, by their numbers in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DType {
    F32,
    I8,
    I16,
    I32,
    F16,
    Other(u8),
}

impl DType {
    fn from_byte(byte: u8) -> DType {
        match byte {
            0 => DType::F32,
            1 => DType::I8,
            2 => DType::I16,
            3 => DType::I32,
            4 => DType::F16,
            other => DType::Other(other),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Variable {
    pub dims: Vec<u32>,
    pub dtype: DType,
    pub data: Vec<u8>,
    name: String,
}

impl Variable {
    /// The values as f16 bits (f32 values are converted).
    pub fn f16_bits(&self) -> Result<Vec<u16>> {
        match self.dtype {
            DType::F16 => Ok(self.data.chunks_exact(2).map(|b| u16::from_le_bytes([b[0], b[1]])).collect()),
            DType::F32 => Ok(self
                .data
                .chunks_exact(4)
                .map(|b| half::f16::from_f32(f32::from_le_bytes([b[0], b[1], b[2], b[3]])).to_bits())
                .collect()),
            dtype => Err(ConvertError::Unsupported { name: self.name.clone(), dtype }),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Ct2Model {
    pub spec: String,
    pub variables: BTreeMap<String, Variable>,
    pub aliases: BTreeMap<String, String>,
}

struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        let end = self.at.checked_add(n).filter(|end| *end <= self.bytes.len());
        let end = end.ok_or_else(|| ConvertError::Damaged(format!("the file ends at byte {}", self.bytes.len())))?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }

    fn u8(&mut self) -> Result<u8> {
        Ok(self.take(1)?[0])
    }

    fn u16(&mut self) -> Result<u16> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }

    fn u32(&mut self) -> Result<u32> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// A string: u16 length (with its trailing NUL), then the bytes.
    fn string(&mut self) -> Result<String> {
        let len = self.u16()? as usize;
        let bytes = self.take(len)?;
        let text = bytes.strip_suffix(&[0]).unwrap_or(bytes);
        String::from_utf8(text.to_vec()).map_err(|_| ConvertError::Damaged("a name that is not UTF-8".into()))
    }
}

/// Reads `model.bin`.
pub fn read_ct2(path: &Path) -> Result<Ct2Model> {
    let bytes = std::fs::read(path).map_err(|source| ConvertError::Io { path: path.to_owned(), source })?;
    let mut cursor = Cursor { bytes: &bytes, at: 0 };
    let not_whisper = |why: &str| ConvertError::NotWhisper(path.to_owned(), why.to_owned());
    let version = cursor.u32().map_err(|_| not_whisper("too short"))?;
    if !(2..=10).contains(&version) {
        return Err(not_whisper(&format!("unknown format version {version}")));
    }
    let spec = cursor.string().map_err(|_| not_whisper("no model spec"))?;
    if spec != "WhisperSpec" {
        return Err(not_whisper(&format!("it holds a `{spec}`")));
    }
    let _revision = cursor.u32()?;
    let n_variables = cursor.u32()?;
    if n_variables > 100_000 {
        return Err(ConvertError::Damaged(format!("{n_variables} variables")));
    }
    let mut variables = BTreeMap::new();
    for _ in 0..n_variables {
        let name = cursor.string()?;
        let rank = cursor.u8()? as usize;
        let dims = (0..rank).map(|_| cursor.u32()).collect::<Result<Vec<u32>>>()?;
        let dtype = DType::from_byte(cursor.u8()?);
        let n_bytes = cursor.u32()? as usize;
        let data = cursor.take(n_bytes)?.to_vec();
        variables.insert(name.clone(), Variable { dims, dtype, data, name });
    }
    let mut aliases = BTreeMap::new();
    if cursor.at < bytes.len() {
        let n_aliases = cursor.u32()?;
        for _ in 0..n_aliases {
            let alias = cursor.string()?;
            let target = cursor.string()?;
            aliases.insert(alias, target);
        }
    }
    Ok(Ct2Model { spec, variables, aliases })
}

impl Ct2Model {
    pub fn get(&self, name: &str) -> Result<&Variable> {
        let name = self.aliases.get(name).map_or(name, String::as_str);
        self.variables.get(name).ok_or_else(|| ConvertError::Missing(name.to_owned()))
    }

    /// A scalar integer variable (int8/16/32).
    pub fn scalar_int(&self, name: &str) -> Result<u32> {
        let var = self.get(name)?;
        let d = &var.data;
        Ok(match var.dtype {
            DType::I8 => u32::from(d[0]),
            DType::I16 => u32::from(u16::from_le_bytes([d[0], d[1]])),
            DType::I32 => u32::from_le_bytes([d[0], d[1], d[2], d[3]]),
            dtype => return Err(ConvertError::Unsupported { name: name.to_owned(), dtype }),
        })
    }

    /// Layers of the encoder or decoder.
    pub fn count_layers(&self, side: &str) -> u32 {
        (0..)
            .take_while(|i| self.variables.contains_key(&format!("{side}/layer_{i}/self_attention/linear_0/weight")))
            .count() as u32
    }
}
