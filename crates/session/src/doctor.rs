//! The checks of a laptop that `ustad doctor` prints and the app's settings show: one list, so
//! both say the same. A failed `required` check means Ustad cannot work as installed (no
//! content pack, a default model or a worker program missing, a damaged learner database); the
//! others say how well it will work (a CPU without AVX2, little memory, an optional model).

use std::path::Path;

use i18n::Translator;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Check {
    pub name: String,
    pub ok: bool,
    /// Ustad cannot work as installed while this check fails.
    pub required: bool,
    pub detail: String,
}

/// What the caller knows of the learner database (`ustad doctor` never creates one).
pub enum Database<'a> {
    Open(&'a learner::LearnerDb),
    Absent(&'a Path),
    Failed(&'a anyhow::Error),
}

fn check(name: &str, ok: bool, required: bool, detail: String) -> Check {
    Check { name: name.to_owned(), ok, required, detail }
}

/// What the caller has already read of the laptop (its callers show these too).
pub struct Laptop<'a> {
    pub cpu: &'a system::CpuInfo,
    pub memory: &'a system::MemoryInfo,
    pub catalog: &'a anyhow::Result<catalog::Catalog>,
}

/// Every check, in the order shown. `pack` is the pack's summary or why it cannot be opened.
pub fn checks(
    tr: &Translator,
    laptop: &Laptop<'_>,
    pack: Result<String, &anyhow::Error>,
    database: Database<'_>,
) -> Vec<Check> {
    let Laptop { cpu, memory, catalog } = laptop;
    let simd = cpu.features.iter().any(|f| *f == "avx2" || *f == "neon");
    let mut checks = vec![
        check(
            "cpu",
            simd,
            false,
            format!(
                "{} {}, {} cores, {}",
                cpu.arch,
                cpu.model.as_deref().unwrap_or_default(),
                cpu.logical_cores,
                cpu.features.join(" ")
            ),
        ),
        check(
            "memory",
            memory.total_bytes >= 3 << 30,
            false,
            format!("{} MB, {} MB available", memory.total_bytes >> 20, memory.available_bytes >> 20),
        ),
    ];
    checks.push(match pack {
        Ok(detail) => check("pack", true, true, detail),
        Err(err) => check("pack", false, true, crate::describe(tr, err).1),
    });
    // Which keys packs must be signed by: the development key is for developers only.
    let roots = signing::ROOT_KEYS.iter().map(|k| &k[..16]).collect::<Vec<_>>().join(", ");
    let trust = if signing::DEVELOPMENT_ROOT {
        tr.t("doctor-root-development", &[("keys", i18n::arg(roots))])
    } else {
        tr.t("doctor-root-ministry", &[("keys", i18n::arg(roots))])
    };
    checks.push(check("pack-signing", !signing::DEVELOPMENT_ROOT && !signing::ROOT_KEYS.is_empty(), false, trust));
    if let Database::Open(db) = &database {
        // The school this laptop was set up for by a provisioning file, if it was.
        let setting = |key: &str| db.setting(key).ok().flatten().unwrap_or_default();
        let id = setting(crate::provision::PROVISIONED);
        if !id.is_empty() {
            let place = [setting(crate::provision::SCHOOL_NAME), setting(crate::provision::DISTRICT)];
            let place = place.iter().filter(|p| !p.is_empty()).cloned().collect::<Vec<_>>().join(", ");
            checks.push(check("provisioned", true, false, format!("{place} ({id})")));
        }
    }
    checks.push(match database {
        Database::Open(db) => check(
            "database",
            true,
            true,
            format!("{} (schema {})", db.path().display(), db.schema_version().unwrap_or_default()),
        ),
        Database::Absent(path) => check("database", true, true, format!("{} (made on first use)", path.display())),
        Database::Failed(err) => check("database", false, true, crate::describe(tr, err).1),
    });
    match catalog {
        Ok(catalog) => {
            for model in catalog.status() {
                let name = format!("model {}", model.entry.id);
                checks.push(check(&name, model.installed, model.entry.default, model.path.display().to_string()));
            }
        }
        Err(err) => checks.push(check("models", false, true, crate::describe(tr, err).1)),
    }
    if let Ok(catalog) = catalog {
        checks.extend(speech_check(tr, catalog, memory));
    }
    for worker in ["ustad-llm-worker", "ustad-asr-worker"] {
        let program = supervisor::Config::worker_beside_current_exe(worker).program;
        checks.push(check(worker, program.is_file(), true, program.display().to_string()));
    }
    checks.extend(worker_cpus());
    checks
}

/// Which speech model this laptop loads, and why (its CPU tier and memory).
fn speech_check(tr: &Translator, catalog: &catalog::Catalog, memory: &system::MemoryInfo) -> Option<Check> {
    let (model, why) = crate::speech_model(catalog)?;
    let detail = tr.t(
        why.message_id(),
        &[
            ("name", i18n::arg(model.name.as_str())),
            ("id", i18n::arg(model.id.as_str())),
            ("memory", i18n::arg(memory.total_bytes >> 20)),
        ],
    );
    Some(check("speech-model", why != catalog::SpeechChoice::NotInstalled, false, detail))
}

/// Which CPU code each worker runs here, from the worker itself (started for a moment, no model):
/// the tier ("full": the best this CPU runs; "compat": SSE4.2 only, after a SIGILL or on a CPU
/// without AVX2) and the instruction sets. A speech worker for CPUs without AVX2 must be
/// installed where this CPU needs it.
fn worker_cpus() -> Vec<Check> {
    let mut checks = Vec::new();
    let asr = supervisor::Config::asr_beside_current_exe();
    if let Some(compat) = &asr.compat {
        if asr.tier() == supervisor::Tier::Compat {
            let ok = compat.program.is_file();
            checks.push(check("ustad-asr-worker-compat", ok, true, compat.program.display().to_string()));
        }
    }
    for (name, config) in [("tutor-cpu", supervisor::Config::beside_current_exe()), ("speech-cpu", asr)] {
        if !config.program.is_file() {
            continue;
        }
        checks.push(match supervisor::probe(&config) {
            Ok(cpu) => {
                let tier = match cpu.tier {
                    supervisor::Tier::Full => "full tier",
                    supervisor::Tier::Compat => "compatible tier",
                };
                check(name, true, false, format!("{tier}: {}", cpu.code.unwrap_or_default()))
            }
            Err(err) => check(name, false, false, format!("[{}] {}", err.code.as_str(), err.message)),
        });
    }
    checks
}

/// How the pack check describes an opened pack: id, version and number of lessons.
pub fn pack_summary(info: &pack::PackInfo) -> String {
    format!("{} {} ({} lessons)", info.pack_id, info.version, info.n_lessons)
}

/// The required checks that failed.
pub fn problems(checks: &[Check]) -> usize {
    checks.iter().filter(|c| c.required && !c.ok).count()
}
