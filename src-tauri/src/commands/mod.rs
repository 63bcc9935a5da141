//! The commands the UI calls, grouped by feature. Each is a short call into the library crates;
//! errors become `{ code, message }` (see `crate::error`).

pub mod laptops;
pub mod learners;
pub mod lessons;
pub mod settings;
pub mod speech;
pub mod teacher;
pub mod tutor;
pub mod update;
