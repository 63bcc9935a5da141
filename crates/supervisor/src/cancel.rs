//! Cancelling a request from another thread. The thread that follows a request waits on its
//! worker's events; a cancel puts a wake-up among them, so the request is cancelled at once
//! without that thread polling a flag. Polling every 10 ms woke the app a hundred times a
//! second for the whole of an answer, and on a two-core laptop a wake-up takes a core from one
//! of llama.cpp's two compute threads, which then wait for each other: measured here,
//! llama-bench decoded 4-11 % slower beside a process waking 90 times a second.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use crate::{Incoming, Worker};

/// How long the thread following a request waits for an event before it checks whether the
/// worker went silent; cancels and events wake it sooner.
pub(crate) const QUIET_WAIT: Duration = Duration::from_millis(250);

/// How often the cancel's grace period is checked once a cancel was sent.
pub(crate) const GRACE_WAIT: Duration = Duration::from_millis(10);

/// A cancel request and the way to wake the thread waiting on the worker's events.
pub(crate) struct Signal<E> {
    requested: Arc<AtomicBool>,
    wake: Arc<Mutex<Option<Sender<Incoming<E>>>>>,
}

impl<E> Clone for Signal<E> {
    fn clone(&self) -> Self {
        Signal { requested: self.requested.clone(), wake: self.wake.clone() }
    }
}

impl<E> std::fmt::Debug for Signal<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Signal").field("requested", &self.is_raised()).finish()
    }
}

impl<E> Default for Signal<E> {
    fn default() -> Self {
        Signal { requested: Arc::default(), wake: Arc::default() }
    }
}

impl<E> Signal<E> {
    /// Asks for the request in flight to stop, and wakes the thread following it.
    pub(crate) fn raise(&self) {
        self.requested.store(true, Ordering::SeqCst);
        if let Some(wake) = self.wake.lock().unwrap_or_else(PoisonError::into_inner).as_ref() {
            // The worker may be gone; then there is nothing to wake.
            let _ = wake.send(Incoming::Wake);
        }
    }

    pub(crate) fn is_raised(&self) -> bool {
        self.requested.load(Ordering::SeqCst)
    }

    /// Whether a cancel was asked for, clearing it.
    pub(crate) fn take(&self) -> bool {
        self.requested.swap(false, Ordering::SeqCst)
    }

    pub(crate) fn clear(&self) {
        self.requested.store(false, Ordering::SeqCst);
    }

    /// From now on a cancel wakes whoever waits on `worker`'s events.
    pub(crate) fn follow(&self, worker: &Worker<E>) {
        *self.wake.lock().unwrap_or_else(PoisonError::into_inner) = Some(worker.wake.clone());
    }
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc;

    use super::*;

    #[test]
    fn a_cancel_wakes_the_waiting_thread_at_once() {
        let signal = Signal::<()>::default();
        let (tx, rx) = mpsc::channel();
        *signal.wake.lock().unwrap() = Some(tx);
        let raiser = signal.clone();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(50));
            raiser.raise();
        });
        // Woken by the cancel: nothing else is sent on this channel.
        assert!(matches!(rx.recv_timeout(Duration::from_secs(30)), Ok(Incoming::Wake)));
        assert!(signal.is_raised());
        assert!(signal.take());
        assert!(!signal.is_raised());
    }

    #[test]
    fn a_cancel_without_a_worker_is_only_remembered() {
        let signal = Signal::<()>::default();
        signal.raise();
        assert!(signal.is_raised());
        signal.clear();
        assert!(!signal.take());
    }
}
