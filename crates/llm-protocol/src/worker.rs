//! The worker side of the line protocols (LLM and speech alike): events written to stdout a
//! line at a time, and a reader thread that passes requests on and turns a `cancel` for the
//! request in flight into a flag at once, while the main thread is busy with that request.

use std::io::{BufRead, Write};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::{decode, encode, DecodeError};

const IDLE: u64 = u64::MAX;

/// Writes one event line to stdout. A closed stdout means the client is gone; the reader
/// thread then sees the end of stdin and the worker shuts down.
pub fn emit<T: Serialize>(event: &T) {
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{}", encode(event));
    let _ = stdout.flush();
}

/// Gathers an answer's pieces of text into fewer `token` lines: the first piece goes out at
/// once (the time to the first token is what a child waits for), and so does a piece that ends
/// a sentence (the tutor checks and shows whole sentences); others at most every
/// [`Coalesce::EVERY`]. Each line wakes the client, and on a two-core laptop a wake-up takes a
/// core from one of llama.cpp's two compute threads (see the supervisor's `cancel.rs`); twenty
/// lines a second read as smoothly as ninety.
#[derive(Debug, Default)]
pub struct Coalesce {
    pending: String,
    last: Option<Instant>,
}

impl Coalesce {
    pub const EVERY: Duration = Duration::from_millis(50);

    /// Adds `text`, generated at `now`; returns what to send now, if anything.
    pub fn push(&mut self, text: &str, now: Instant) -> Option<String> {
        self.pending.push_str(text);
        let ends_sentence = text.contains(['.', '!', '?', '\n', '۔', '؟']);
        let due = ends_sentence || self.last.is_none_or(|last| now.saturating_duration_since(last) >= Self::EVERY);
        (due && !self.pending.is_empty()).then(|| {
            self.last = Some(now);
            std::mem::take(&mut self.pending)
        })
    }

    /// What is left to send when the answer ends.
    pub fn finish(&mut self) -> Option<String> {
        (!self.pending.is_empty()).then(|| std::mem::take(&mut self.pending))
    }
}

/// The request in flight and its cancel flag, shared by the reader thread and the main thread.
#[derive(Clone)]
pub struct InFlight {
    cancel: Arc<AtomicBool>,
    current: Arc<AtomicU64>,
    /// The request in flight is background work that the next request cancels.
    yields: Arc<AtomicBool>,
}

impl InFlight {
    /// Request `id` starts; its cancel flag is cleared.
    pub fn begin(&self, id: u64) {
        self.yields.store(false, Ordering::SeqCst);
        self.cancel.store(false, Ordering::SeqCst);
        self.current.store(id, Ordering::SeqCst);
    }

    /// Background request `id` starts: it is cancelled as soon as another request arrives.
    pub fn begin_background(&self, id: u64) {
        self.begin(id);
        self.yields.store(true, Ordering::SeqCst);
    }

    pub fn end(&self) {
        self.yields.store(false, Ordering::SeqCst);
        self.current.store(IDLE, Ordering::SeqCst);
    }

    /// The flag the engine checks.
    pub fn flag(&self) -> &Arc<AtomicBool> {
        &self.cancel
    }
}

/// Reads requests from stdin on a thread of its own. `cancel_of` names the request a cancel is
/// for (None for other requests); `shutdown` is what the main thread receives when stdin ends;
/// `bad_line` reports a line that is not a request of this protocol.
pub fn spawn_reader<R: DeserializeOwned + Send + 'static>(
    cancel_of: fn(&R) -> Option<u64>,
    shutdown: fn() -> R,
    bad_line: fn(DecodeError),
) -> (Receiver<R>, InFlight) {
    let in_flight = InFlight {
        cancel: Arc::new(AtomicBool::new(false)),
        current: Arc::new(AtomicU64::new(IDLE)),
        yields: Arc::new(AtomicBool::new(false)),
    };
    let shared = in_flight.clone();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::stdin().lock().lines() {
            let Ok(line) = line else { break };
            if line.trim().is_empty() {
                continue;
            }
            match decode::<R>(&line) {
                Ok(request) => match cancel_of(&request) {
                    Some(id) => {
                        if shared.current.load(Ordering::SeqCst) == id {
                            shared.cancel.store(true, Ordering::SeqCst);
                        }
                    }
                    None => {
                        // Background work gives way to whatever comes next.
                        if shared.yields.load(Ordering::SeqCst) {
                            shared.cancel.store(true, Ordering::SeqCst);
                        }
                        if tx.send(request).is_err() {
                            break;
                        }
                    }
                },
                Err(err) => bad_line(err),
            }
        }
        let _ = tx.send(shutdown());
    });
    (rx, in_flight)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_piece_goes_at_once_and_later_ones_together() {
        let start = Instant::now();
        let at = |ms: u64| start + Duration::from_millis(ms);
        let mut lines = Coalesce::default();
        assert_eq!(lines.push("Plants", at(0)).as_deref(), Some("Plants"));
        assert_eq!(lines.push(" make", at(10)), None);
        assert_eq!(lines.push(" their", at(20)), None);
        assert_eq!(lines.push(" food", at(50)).as_deref(), Some(" make their food"));
        assert_eq!(lines.push(" in", at(60)), None);
        assert_eq!(lines.finish().as_deref(), Some(" in"));
        assert_eq!(lines.finish(), None);
    }

    #[test]
    fn a_piece_that_ends_a_sentence_goes_at_once() {
        let start = Instant::now();
        let at = |ms: u64| start + Duration::from_millis(ms);
        let mut lines = Coalesce::default();
        assert_eq!(lines.push("Leaves", at(0)).as_deref(), Some("Leaves"));
        assert_eq!(lines.push(" make food", at(10)), None);
        assert_eq!(lines.push(".", at(20)).as_deref(), Some(" make food."));
        assert_eq!(lines.push(" پتے", at(30)), None);
        assert_eq!(lines.push(" کھانا بناتے ہیں۔", at(40)).as_deref(), Some(" پتے کھانا بناتے ہیں۔"));
        assert_eq!(lines.finish(), None);
    }

    #[test]
    fn nothing_is_sent_for_pieces_without_text() {
        // A token that ends inside an Urdu letter gives no text until the letter is complete.
        let start = Instant::now();
        let mut lines = Coalesce::default();
        assert_eq!(lines.push("", start), None);
        assert_eq!(lines.push("پودے", start + Duration::from_millis(1)).as_deref(), Some("پودے"));
        assert_eq!(lines.finish(), None);
    }
}
