//! Unit tests of the pieces; the conversion of the real model is tested with whisper.cpp in the
//! ASR worker's tests.

use super::*;

#[test]
fn mel_filters_match_librosa_slaney() {
    let filters = mel_filters(16_000, 400, 80);
    assert_eq!(filters.len(), 80);
    assert_eq!(filters[0].len(), 201);
    // Reference values from Whisper's own assets/mel_filters.npz (mel_80), which is
    // librosa.filters.mel(sr=16000, n_fft=400, n_mels=80); the whole matrix agrees to 1e-8.
    assert!((filters[0][1] - 0.024_862_595).abs() < 1e-7, "{}", filters[0][1]);
    assert!((filters[1][2] - 0.022_871_772).abs() < 1e-7, "{}", filters[1][2]);
    assert!(filters[0][0].abs() < 1e-9 && filters[0][2].abs() < 1e-9);
    assert!(filters[79][150..153].iter().all(|w| w.abs() < 1e-9));
    // Every filter is a triangle: non-negative, with one peak.
    for row in &filters {
        assert!(row.iter().all(|w| *w >= 0.0) && row.iter().any(|w| *w > 0.0));
    }
}

#[test]
fn gpt2_byte_spelling_is_undone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vocabulary.txt");
    std::fs::write(&path, "!\nĠthe\nĊ\nØ§ÙĦ\n<|endoftext|>\n<|startoftranscript|>\n").unwrap();
    let tokens = read_vocabulary(&path).unwrap();
    assert_eq!(tokens.len(), 4, "special tokens are left to whisper.cpp");
    assert_eq!(tokens[0], b"!");
    assert_eq!(tokens[1], b" the");
    assert_eq!(tokens[2], b"\n");
    assert_eq!(tokens[3], "ال".as_bytes());
}

#[test]
fn files_that_are_not_ct2_whisper_models_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("model.bin");
    std::fs::write(&path, b"hello").unwrap();
    assert!(matches!(read_ct2(&path), Err(ConvertError::NotWhisper(..))));
    let mut other = 6u32.to_le_bytes().to_vec();
    other.extend(12u16.to_le_bytes());
    other.extend(b"OtherSpec!!\0");
    std::fs::write(&path, other).unwrap();
    assert!(matches!(read_ct2(&path), Err(ConvertError::NotWhisper(..))));
}

#[test]
fn an_int8_or_unknown_model_is_refused_by_name_and_type() {
    let dir = tempfile::tempdir().unwrap();
    let string = |out: &mut Vec<u8>, text: &str| {
        out.extend((text.len() as u16 + 1).to_le_bytes());
        out.extend(text.as_bytes());
        out.push(0);
    };
    for (byte, dtype) in [(1u8, DType::I8), (9, DType::Other(9))] {
        let mut model = 6u32.to_le_bytes().to_vec();
        string(&mut model, "WhisperSpec");
        model.extend(3u32.to_le_bytes()); // revision
        model.extend(1u32.to_le_bytes()); // one variable
        string(&mut model, "encoder/conv1/weight");
        model.push(1);
        model.extend(4u32.to_le_bytes());
        model.push(byte);
        model.extend(4u32.to_le_bytes());
        model.extend([1, 2, 3, 4]);
        std::fs::write(dir.path().join("model.bin"), &model).unwrap();
        std::fs::write(dir.path().join("vocabulary.txt"), "!\n<|endoftext|>\n").unwrap();
        let err = convert_to(dir.path(), &dir.path().join("out.bin"), Quantization::Q8_0).unwrap_err();
        assert!(
            matches!(&err, ConvertError::Unsupported { name, dtype: d } if name == "encoder/conv1/weight" && *d == dtype),
            "{err}"
        );
        assert!(err.to_string().contains("only float16 and float32"), "{err}");
        assert!(!dir.path().join("out.bin").exists(), "nothing is written");
    }
}
