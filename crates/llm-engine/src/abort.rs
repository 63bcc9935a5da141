//! llama.cpp's abort callback: a whole prompt is decoded in one call (as fast as llama.cpp's
//! own tools), and a Stop still takes effect within one step of the compute graph, because
//! llama.cpp asks the callback after every node. The safe wrapper (llama-cpp-2) does not expose
//! the callback, so it is set in the raw context parameters; this module holds the only unsafe
//! code of the engine.
#![allow(unsafe_code)]

use std::ffi::c_void;
use std::marker::PhantomData;
use std::ptr;
use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering};
use std::sync::Arc;

use llama_cpp_2::context::params::LlamaContextParams;
use llama_cpp_sys_2::llama_context_params;

/// Where a context's abort callback finds the cancel flag of the request it computes (none
/// between requests). Shared (`Arc`) by the session, so its address stays put while the
/// context lives.
#[derive(Debug, Default)]
pub(crate) struct AbortSlot(AtomicPtr<AtomicBool>);

// `LlamaContextParams` has one field, a `llama_context_params`: with equal size and alignment
// it can only sit at offset 0, so a pointer to the one is a pointer to the other.
const _: () = assert!(
    size_of::<LlamaContextParams>() == size_of::<llama_context_params>()
        && align_of::<LlamaContextParams>() == align_of::<llama_context_params>()
);

extern "C" fn abort_requested(data: *mut c_void) -> bool {
    // SAFETY: `data` is the session's boxed `AbortSlot`, which outlives the context that calls
    // this (the session drops its context first).
    let slot = unsafe { &*data.cast::<AbortSlot>() };
    let flag = slot.0.load(Ordering::Acquire);
    // SAFETY: a flag is stored only by `Armed`, which clears it before its borrow ends.
    !flag.is_null() && unsafe { &*flag }.load(Ordering::Relaxed)
}

/// `params` with the abort callback reading `slot`. `slot` must outlive the context made
/// from the parameters.
pub(crate) fn with_abort(mut params: LlamaContextParams, slot: &AbortSlot) -> LlamaContextParams {
    // SAFETY: same layout (see the assertion above); only the two callback fields are written.
    let raw = unsafe { &mut *ptr::from_mut(&mut params).cast::<llama_context_params>() };
    raw.abort_callback = Some(abort_requested);
    raw.abort_callback_data = ptr::from_ref(slot).cast_mut().cast();
    params
}

/// One request's cancel flag, seen by the abort callback for as long as this lives.
pub(crate) struct Armed<'a> {
    slot: Arc<AbortSlot>,
    cancel: PhantomData<&'a AtomicBool>,
}

impl<'a> Armed<'a> {
    pub(crate) fn new(slot: &Arc<AbortSlot>, cancel: &'a AtomicBool) -> Armed<'a> {
        slot.0.store(ptr::from_ref(cancel).cast_mut(), Ordering::Release);
        Armed { slot: Arc::clone(slot), cancel: PhantomData }
    }
}

impl Drop for Armed<'_> {
    fn drop(&mut self) {
        self.slot.0.store(ptr::null_mut(), Ordering::Release);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_callback_sees_the_armed_flag_only_while_armed() {
        let slot = Arc::new(AbortSlot::default());
        let data = ptr::from_ref(&*slot).cast_mut().cast();
        let cancel = AtomicBool::new(false);
        assert!(!abort_requested(data));
        {
            let _armed = Armed::new(&slot, &cancel);
            assert!(!abort_requested(data));
            cancel.store(true, Ordering::Relaxed);
            assert!(abort_requested(data));
        }
        assert!(!abort_requested(data), "disarmed after the request");
    }

    #[test]
    fn the_parameters_carry_the_callback_and_keep_the_rest() {
        let slot = AbortSlot::default();
        let params = with_abort(LlamaContextParams::default().with_n_batch(777), &slot);
        assert_eq!(params.n_batch(), 777);
        // SAFETY: as in `with_abort`.
        let raw = unsafe { &*ptr::from_ref(&params).cast::<llama_context_params>() };
        assert!(raw.abort_callback.is_some());
        assert_eq!(raw.abort_callback_data, ptr::from_ref(&slot).cast_mut().cast());
    }
}
