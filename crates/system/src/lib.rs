//! Facts about the laptop Ustad runs on: CPU features that decide which inference kernels can
//! run (AVX, AVX2, F16C, FMA, AVX-512, NEON), physical cores (the default thread count), and
//! memory (to refuse a model that would not fit). Linux reads `/proc`; elsewhere the standard
//! library's answers are used.

use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct CpuInfo {
    pub arch: &'static str,
    pub model: Option<String>,
    pub logical_cores: usize,
    pub physical_cores: usize,
    /// Features present, lower case, from: avx, avx2, f16c, fma, avx512f, neon.
    pub features: Vec<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MemoryInfo {
    pub total_bytes: u64,
    pub available_bytes: u64,
}

/// The CPU's architecture, cores and features.
pub fn cpu() -> CpuInfo {
    let logical_cores = std::thread::available_parallelism().map(usize::from).unwrap_or(1);
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    CpuInfo {
        arch: std::env::consts::ARCH,
        model: cpuinfo
            .lines()
            .find(|l| l.starts_with("model name") || l.starts_with("Model"))
            .and_then(|l| l.split_once(':'))
            .map(|(_, v)| v.trim().to_owned()),
        logical_cores,
        physical_cores: physical_cores(&cpuinfo).unwrap_or(logical_cores).min(logical_cores).max(1),
        features: features(),
    }
}

/// Distinct (physical id, core id) pairs; `None` when /proc/cpuinfo does not say.
fn physical_cores(cpuinfo: &str) -> Option<usize> {
    let mut cores = std::collections::BTreeSet::new();
    let (mut physical, mut core) = (None, None);
    for line in cpuinfo.lines().chain(std::iter::once("")) {
        if line.trim().is_empty() {
            if let Some(c) = core.take() {
                cores.insert((physical.take().unwrap_or(0), c));
            }
            continue;
        }
        let Some((key, value)) = line.split_once(':') else { continue };
        let value: Option<u32> = value.trim().parse().ok();
        match key.trim() {
            "physical id" => physical = value,
            "core id" => core = value,
            _ => {}
        }
    }
    (!cores.is_empty()).then_some(cores.len())
}

#[cfg(target_arch = "x86_64")]
fn features() -> Vec<&'static str> {
    let mut found = Vec::new();
    if std::arch::is_x86_feature_detected!("avx") {
        found.push("avx");
    }
    if std::arch::is_x86_feature_detected!("avx2") {
        found.push("avx2");
    }
    if std::arch::is_x86_feature_detected!("f16c") {
        found.push("f16c");
    }
    if std::arch::is_x86_feature_detected!("fma") {
        found.push("fma");
    }
    if std::arch::is_x86_feature_detected!("avx512f") {
        found.push("avx512f");
    }
    found
}

#[cfg(target_arch = "aarch64")]
fn features() -> Vec<&'static str> {
    if std::arch::is_aarch64_feature_detected!("neon") {
        vec!["neon"]
    } else {
        Vec::new()
    }
}

#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
fn features() -> Vec<&'static str> {
    Vec::new()
}

/// A `Name:   123 kB` field of a /proc file, in bytes; zero when absent.
fn kb_field(text: &str, name: &str) -> u64 {
    text.lines()
        .find(|l| l.starts_with(name))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

/// Total and available memory; zero when unknown.
pub fn memory() -> MemoryInfo {
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    MemoryInfo { total_bytes: kb_field(&meminfo, "MemTotal:"), available_bytes: kb_field(&meminfo, "MemAvailable:") }
}

/// The most memory process `pid` has had resident so far (VmHWM); zero when unknown.
pub fn peak_memory_bytes(pid: u32) -> u64 {
    kb_field(&std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default(), "VmHWM:")
}

/// The memory process `pid` has resident now (VmRSS); zero when unknown.
pub fn resident_memory_bytes(pid: u32) -> u64 {
    kb_field(&std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default(), "VmRSS:")
}

/// Threads for inference: the physical cores, at most `max`.
pub fn default_threads(max: usize) -> usize {
    cpu().physical_cores.clamp(1, max.max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_process_has_a_peak_memory() {
        assert!(peak_memory_bytes(std::process::id()) > 1 << 20);
        assert_eq!(kb_field("VmHWM:\t  2048 kB\n", "VmHWM:"), 2 << 20);
    }

    #[test]
    fn physical_cores_count_distinct_cores_not_hyperthreads() {
        let two_cores_four_threads = "processor\t: 0\nphysical id\t: 0\ncore id\t\t: 0\n\nprocessor\t: 1\nphysical id\t: 0\ncore id\t\t: 1\n\nprocessor\t: 2\nphysical id\t: 0\ncore id\t\t: 0\n\nprocessor\t: 3\nphysical id\t: 0\ncore id\t\t: 1\n";
        assert_eq!(physical_cores(two_cores_four_threads), Some(2));
        assert_eq!(physical_cores("processor : 0\n"), None);
    }

    #[test]
    fn this_machine_reports_sane_facts() {
        let cpu = cpu();
        assert!(cpu.logical_cores >= 1 && cpu.physical_cores >= 1 && cpu.physical_cores <= cpu.logical_cores);
        if cfg!(target_arch = "x86_64") && std::arch::is_x86_feature_detected!("avx2") {
            assert!(cpu.features.contains(&"avx2"));
        }
        let memory = memory();
        if cfg!(target_os = "linux") {
            assert!(memory.total_bytes > 0 && memory.available_bytes <= memory.total_bytes);
        }
        assert!((1..=4).contains(&default_threads(4)));
    }
}
