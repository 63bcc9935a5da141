//! The mel filterbank Whisper computes its log-mel spectrogram with: librosa's
//! `filters.mel(sr, n_fft, n_mels)` with the Slaney mel scale and Slaney area normalisation.

const F_SP: f64 = 200.0 / 3.0;
const MIN_LOG_HZ: f64 = 1000.0;
const MIN_LOG_MEL: f64 = MIN_LOG_HZ / F_SP;

fn log_step() -> f64 {
    6.4f64.ln() / 27.0
}

fn hz_to_mel(hz: f64) -> f64 {
    if hz >= MIN_LOG_HZ {
        MIN_LOG_MEL + (hz / MIN_LOG_HZ).ln() / log_step()
    } else {
        hz / F_SP
    }
}

fn mel_to_hz(mel: f64) -> f64 {
    if mel >= MIN_LOG_MEL {
        MIN_LOG_HZ * (log_step() * (mel - MIN_LOG_MEL)).exp()
    } else {
        F_SP * mel
    }
}

/// `n_mels` rows of `n_fft / 2 + 1` weights.
pub fn mel_filters(sample_rate: u32, n_fft: usize, n_mels: usize) -> Vec<Vec<f32>> {
    let n_bins = n_fft / 2 + 1;
    let nyquist = f64::from(sample_rate) / 2.0;
    let fft_freqs: Vec<f64> = (0..n_bins).map(|i| nyquist * i as f64 / (n_bins - 1) as f64).collect();
    let (mel_min, mel_max) = (hz_to_mel(0.0), hz_to_mel(nyquist));
    let mel_points: Vec<f64> =
        (0..n_mels + 2).map(|i| mel_to_hz(mel_min + (mel_max - mel_min) * i as f64 / (n_mels + 1) as f64)).collect();
    (0..n_mels)
        .map(|m| {
            let (left, center, right) = (mel_points[m], mel_points[m + 1], mel_points[m + 2]);
            let norm = 2.0 / (right - left);
            fft_freqs
                .iter()
                .map(|f| {
                    let lower = (f - left) / (center - left);
                    let upper = (right - f) / (right - center);
                    (lower.min(upper).max(0.0) * norm) as f32
                })
                .collect()
        })
        .collect()
}
