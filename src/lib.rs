//! 督办清单: turns pasted government task documents into an outline of who does what.
//!
//! `parser` is pure Rust (no web types) and is tested natively; `app` is the Leptos UI,
//! compiled only for the browser.

pub mod checklist;
pub mod corpus;
pub mod decimal;
pub mod docx;
pub mod export;
pub mod filter;
pub mod parse_job;
pub mod parser;
pub mod sort;
pub mod text_file;
pub mod unit_list;
pub mod units;
pub mod web_page;

#[cfg(target_arch = "wasm32")]
pub mod app;
