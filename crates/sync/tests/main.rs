//! Sync between laptops: each laptop is its own data folder (database, key) opened as its
//! own machine; bundles travel as files between them, as on a USB stick.

mod bad_bundles;
mod kill_safety;
mod merge;
mod school;

pub use sync::fixtures::{add_learner, add_teacher, attempt, school, Machine, School};
